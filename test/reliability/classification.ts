/**
 * How the reliability suite treats each public export. Every runtime export of every entry must
 * be listed here: a new export without a classification fails `classification.test.ts`.
 */
import fc from "fast-check";
import { comparatorLabels } from "../../src/quantity/comparator-labels";
import { createRegionIndex } from "../../src/region/create-region-index";
import {
  anyNumber,
  anyPeriodKey,
  anyRegionCode,
  anything,
  indicator,
  locale,
  localeValue,
  metricInput,
  metricOptions,
  number,
  observations,
  options,
  type Param,
  periodKey,
  periodObservations,
  quantityParam,
  regionCode,
  regions,
  text,
  typed,
  wellFormed,
} from "./arbitraries";

/**
 * - `formula`: `number | Quantity` in, a `MetricResult` out; never a throw, never NaN or
 *   ±Infinity, whatever the input.
 * - `constructor`: a validating constructor; a value or a `ShiliuError`, never another error.
 * - `text`: reads strings; never throws on any string (linear time is the benchmark's job).
 * - `safe`: reads a user's data and answers a `Result` (the `safe*` twins of the constructors,
 *   the period and code parsers, `validateReport`); never throws.
 * - `function`: any other function; a value, a `Result` or a `ShiliuError`.
 * Only an options object that is not one may make a formula, a text reader or a safe function
 * throw, and then only `ShiliuError` `INVALID_ARGUMENT`. See `judge` in hostile.ts.
 */
export type FunctionFamily = "formula" | "constructor" | "text" | "safe" | "function";

export interface FunctionTarget {
  readonly kind: "function";
  readonly family: FunctionFamily;
  /** A well-typed call, each of whose arguments the hostile catalogue replaces in turn. */
  readonly sample: () => readonly unknown[];
  /** Each parameter: what it must withstand and generated values for it. */
  readonly params: readonly Param[];
  /** Methods of the returned value to attack as well (the region index, the converter). */
  readonly methods?: Readonly<Record<string, FunctionTarget>>;
}

/** Data: must survive every function call unchanged. */
export interface ConstantTarget {
  readonly kind: "constant";
}

/** A class the library throws; constructed, never fed user data. */
export interface ClassTarget {
  readonly kind: "class";
}

/** A zod schema: `safeParse` returns, or rethrows only the hostile input's own error. */
export interface SchemaTarget {
  readonly kind: "schema";
}

/**
 * A report rule: `check` reads a report its schema has already accepted, and `validateReport`
 * turns a rule that throws into a diagnostic, so the rules are attacked through `validateReport`.
 */
export interface RuleTarget {
  readonly kind: "rule";
}

export type Target = FunctionTarget | ConstantTarget | ClassTarget | SchemaTarget | RuleTarget;

const schema: SchemaTarget = { kind: "schema" };
const constant: ConstantTarget = { kind: "constant" };
const rule: RuleTarget = { kind: "rule" };

const seedRegions = [
  { code: "150000", name: "内蒙古自治区", level: "province" },
  { code: "150100", name: "呼和浩特市", level: "prefecture", parentCode: "150000" },
  { code: "150105", name: "赛罕区", level: "county", parentCode: "150100" },
  { code: "150102", name: "新城区", level: "county", parentCode: "150100" },
  { code: "370103", name: "市中区", level: "county" },
] as const;

const sampleIndex = () => createRegionIndex(seedRegions);
/** One index for every draftReport call: building it per sample would dominate the suite. */
const draftRegionIndex = sampleIndex();

function fn(
  family: FunctionFamily,
  sample: () => readonly unknown[],
  ...params: Param[]
): FunctionTarget {
  return { kind: "function", family, sample, params };
}

const formula2 = (a: number, b: number) =>
  fn("formula", () => [a, b, { locale: "en" }], metricInput, metricInput, metricOptions);

const regionIndexMethods: Readonly<Record<string, FunctionTarget>> = {
  get: fn("function", () => ["150105"], regionCode),
  parent: fn("function", () => ["150105"], regionCode),
  children: fn("function", () => ["150100"], regionCode),
  ancestors: fn("function", () => ["150105"], regionCode),
  descendants: fn(
    "function",
    () => ["150000", { level: "county" }],
    regionCode,
    options({ level: fc.constantFrom("province", "county", "township") }),
  ),
  count: fn(
    "function",
    () => ["150000", { level: "county" }],
    regionCode,
    options({ level: fc.constantFrom("province", "county", "township") }),
  ),
  findByName: fn(
    "text",
    () => ["赛罕区", { within: "150000" }],
    text,
    options({ within: regionCode.arbitrary, prefix: fc.boolean() }),
  ),
  findOneByName: fn(
    "text",
    () => ["赛罕", { within: "150000", prefix: true }],
    text,
    options({ within: regionCode.arbitrary, prefix: fc.boolean() }),
  ),
};

const regionIndexOptions = options({
  normalizeName: fc.constantFrom(
    (name: string) => name.trim(),
    (name: string) => name.normalize("NFKC"),
  ),
  aliases: fc.constantFrom({ "150105": ["赛罕"] }, { "150299": ["无"] }),
});

const converterMethods: Readonly<Record<string, FunctionTarget>> = {
  toSimplified: fn("text", () => ["綏江縣"], text),
  toTraditional: fn("text", () => ["绥江县"], text),
};

/** The main entry, `shiliu`. */
export const mainTargets: Readonly<Record<string, Target>> = {
  // core
  labelOf: fn(
    "function",
    () => [comparatorLabels, "gt", "zh-CN"],
    wellFormed(fc.constant(comparatorLabels)),
    wellFormed(fc.constantFrom(...Object.keys(comparatorLabels))),
    locale,
  ),
  defaultLocale: { kind: "constant" },
  isLocale: fn("function", () => ["zh-CN"], anything(fc.oneof(localeValue, fc.string()))),
  locales: { kind: "constant" },
  roundHalfUp: fn(
    "constructor",
    () => [1.005, 2],
    anything(anyNumber),
    anything(fc.oneof(fc.integer({ min: -30, max: 120 }), anyNumber)),
  ),
  ShiliuError: { kind: "class" },
  // metric
  aggregateOverTime: fn(
    "formula",
    () => [
      [
        { indicatorId: "participants", regionCode: "150105", period: "2023-01", value: 5 },
        { indicatorId: "participants", regionCode: "150105", period: "2023-02", value: 6 },
        { indicatorId: "participants", regionCode: "150105", period: "2023-03", value: 7 },
      ],
      {
        id: "participants",
        name: { "zh-CN": "参与人数" },
        kind: "count",
        aggregation: "sum",
        temporal: "sum",
      },
      { period: "2023-Q1" },
    ],
    periodObservations,
    indicator,
    options({ locale: localeValue, period: periodKey.arbitrary, regionCode: regionCode.arbitrary }),
  ),
  cagr: fn("formula", () => [100, 121, 2], metricInput, metricInput, metricInput, metricOptions),
  completionRate: formula2(90, 100),
  coverage: formula2(90, 100),
  formatPercent: fn(
    "function",
    () => [0.0665, { decimals: 1 }],
    number,
    options({ decimals: fc.oneof(fc.integer({ min: -5, max: 40 }), anyNumber) }),
  ),
  growthRate: formula2(106.7, 100),
  perCapita: fn(
    "formula",
    () => [500, 20_000, { per: 10_000 }],
    metricInput,
    metricInput,
    options({ locale: localeValue, per: anyNumber }),
  ),
  previousFromGrowth: formula2(106.7, 0.067),
  ratio: formula2(1, 3),
  rollup: fn(
    "formula",
    () => [
      sampleIndex(),
      [{ indicatorId: "participants", regionCode: "150105", period: "2023", value: 5 }],
      { id: "participants", name: { "zh-CN": "参与人数" }, kind: "count", aggregation: "sum" },
    ],
    wellFormed(fc.constant(null).map(sampleIndex)),
    observations,
    indicator,
    options({ locale: localeValue, period: periodKey.arbitrary }),
  ),
  share: formula2(1, 4),
  standardIndicators: { kind: "constant" },
  surveyRate: fn(
    "formula",
    () => [99, 100, { confidence: 0.95 }],
    metricInput,
    metricInput,
    options({ locale: localeValue, confidence: anyNumber }),
  ),
  yearOnYear: fn(
    "formula",
    () => [
      [
        { indicatorId: "gdp", regionCode: "150105", period: "2023", value: 106.7 },
        { indicatorId: "gdp", regionCode: "150105", period: "2022", value: 100 },
      ],
      { indicatorId: "gdp", regionCode: "150105", period: "2023" },
    ],
    observations,
    typed(
      ["object"],
      fc.record(
        {
          indicatorId: fc.string(),
          regionCode: regionCode.arbitrary,
          period: periodKey.arbitrary,
          locale: localeValue,
        },
        { requiredKeys: [] },
      ),
    ),
  ),
  // period
  isIsoDate: fn("function", () => ["2023-09-20"], anyPeriodKey),
  isPeriodKey: fn("function", () => ["2023-H1"], anyPeriodKey),
  parsePeriod: fn("safe", () => ["2023-Q3"], periodKey, options({ locale: localeValue })),
  periodContains: fn(
    "safe",
    () => ["2023", "2023-09-20"],
    periodKey,
    periodKey,
    options({ locale: localeValue }),
  ),
  periodLabel: fn("safe", () => ["2023-H1", "en"], periodKey, locale),
  periodRange: fn("safe", () => ["2023-Q3"], periodKey, options({ locale: localeValue })),
  samePeriodLastYear: fn("safe", () => ["2024-02-29"], periodKey, options({ locale: localeValue })),
  // quantity
  addQuantities: fn(
    "constructor",
    () => [
      { value: 50_000, unit: "人", comparator: "gt" },
      { value: 10, unit: "人", comparator: "eq" },
    ],
    quantityParam,
    quantityParam,
    quantityParam,
  ),
  boundsOf: fn(
    "function",
    () => [{ value: 4000, unit: "人", comparator: "nearly" }],
    quantityParam,
  ),
  comparatorBounds: { kind: "constant" },
  comparatorLabels: { kind: "constant" },
  comparatorTable: { kind: "constant" },
  commonUnit: fn("function", () => ["万元", "元"], text, text),
  formatQuantity: fn(
    "function",
    () => [{ value: 50_000, unit: "人", comparator: "gt" }, { locale: "zh-TW" }],
    quantityParam,
    options({ locale: localeValue }),
  ),
  quantity: fn(
    "constructor",
    () => [625_000, "人次", "gt"],
    anything(anyNumber),
    anything(fc.string()),
    anything(fc.oneof(fc.constantFrom("eq", "gt", "lt", "approx"), fc.string())),
    options({ locale: localeValue }),
  ),
  precisionOf: fn(
    "function",
    () => [{ value: 36_310_000_000, unit: "元", comparator: "eq", precision: 1e7 }],
    quantityParam,
  ),
  safeQuantity: fn(
    "safe",
    () => [625_000, "人次", "gt"],
    anything(anyNumber),
    anything(fc.string()),
    anything(fc.oneof(fc.constantFrom("eq", "gt", "lt", "approx"), fc.string())),
    options({ locale: localeValue }),
  ),
  unitOf: fn("function", () => ["万元"], text),
  unitTable: { kind: "constant" },
  // region
  createRegionIndex: {
    ...fn("constructor", () => [seedRegions], regions, regionIndexOptions),
    methods: regionIndexMethods,
  },
  isRegionCode: fn("function", () => ["150105"], anyRegionCode),
  isWithin: fn("function", () => ["150105", "150000"], regionCode, regionCode),
  officialShortName: fn("text", () => ["肃南裕固族自治县"], text),
  parentCodeOf: fn("function", () => ["150105001"], regionCode),
  parseRegionCode: fn("safe", () => ["150105000000"], regionCode, options({ locale: localeValue })),
  regionLevelLabels: { kind: "constant" },
  regionLevelOf: fn("function", () => ["150105"], regionCode),
  safeCreateRegionIndex: fn(
    "safe",
    () => [[...seedRegions, seedRegions[0]]],
    regions,
    regionIndexOptions,
  ),
  // text
  extractQuantities: fn("text", () => ["知晓率达99%，参与5万余人"], text),
  normalizeText: fn("text", () => ["團結(jié)１２３"], text),
  parseChineseDate: fn(
    "text",
    () => ["4月26日", { year: 2023 }],
    text,
    options({ year: anyNumber }),
  ),
  parseChineseNumber: fn("text", () => ["一亿二千万"], text),
  parseQuantity: fn("text", () => ["5万余人"], text),
  // unit
  unitKindLabels: { kind: "constant" },
  unitKinds: { kind: "constant" },
  validateCreditCode: fn(
    "safe",
    () => ["91350100M000100Y43"],
    typed(["string"], fc.oneof(fc.stringMatching(/^[0-9A-HJ-NP-RTUW-Y]{18}$/), text.arbitrary)),
    options({ locale: localeValue }),
  ),
  // report
  auditFigures: fn(
    "function",
    () => ["知晓率达99%，参与5万余人", ["知晓率达99%"]],
    text,
    typed(["array"], fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 })),
  ),
  builtInReportRules: constant,
  agreementPartiesRule: rule,
  childrenExceedParentRule: rule,
  dateOutsidePeriodRule: rule,
  designationDateRule: rule,
  designationExpiryRule: rule,
  designationPrerequisiteRule: rule,
  designationRecipientRule: rule,
  designationStatusRule: rule,
  duplicateIdRule: rule,
  growthMismatchRule: rule,
  growthWithoutBaseRule: rule,
  invalidCountRule: rule,
  noRegionIndexRule: rule,
  percentOutOfRangeRule: rule,
  publicationDateRule: rule,
  quoteMismatchRule: rule,
  quoteNotInSourceRule: rule,
  ratioExceedsWholeRule: rule,
  reportRegionsRule: rule,
  unknownReferenceRule: rule,
  unitMismatchRule: rule,
  unknownRegionRule: rule,
  unquotedFigureRule: rule,
  draftReport: fn(
    "text",
    () => [
      "赛罕区2023年\n知晓率达99%，超62.5万人次",
      { regionIndex: draftRegionIndex, locale: "en" },
    ],
    text,
    options({
      locale: localeValue,
      publishedOn: fc.constantFrom("2023-09-20", "2024-02-29", "2023-02-30", ""),
      regionCode: fc.constantFrom("150105", "370103", "99", ""),
      regionIndex: fc.constant(draftRegionIndex),
    }),
  ),
  validateReport: fn(
    "safe",
    () => [{ id: "r" }, { locale: "en" }],
    anything(fc.jsonValue()),
    options({ locale: localeValue }),
  ),
  // schemas
  ActivityIdSchema: schema,
  ActivitySchema: schema,
  AgreementIdSchema: schema,
  AgreementPartySchema: schema,
  AgreementSchema: schema,
  BrandIdSchema: schema,
  BrandSchema: schema,
  CampaignIdSchema: schema,
  CampaignSchema: schema,
  CarrierIdSchema: schema,
  CarrierSchema: schema,
  ComparatorSchema: schema,
  ComponentIdSchema: schema,
  CreditCodeSchema: schema,
  DesignationIdSchema: schema,
  DesignationSchema: schema,
  IndicatorIdSchema: schema,
  IndicatorSchema: schema,
  IsoDateSchema: schema,
  ObservationSchema: schema,
  PeriodKeySchema: schema,
  QuantitySchema: schema,
  RegionCodeSchema: schema,
  RegionLevelSchema: schema,
  RegionSchema: schema,
  ReportedQuantitySchema: schema,
  ReportIdSchema: schema,
  ReportSchema: schema,
  TargetSchema: schema,
  UnitIdSchema: schema,
  UnitSchema: schema,
  // schema labels: the kinds each schema accepts and their names
  aboutKindLabels: constant,
  aboutKinds: constant,
  activityModalities: constant,
  activityModalityLabels: constant,
  aggregationLabels: constant,
  aggregations: constant,
  agreementKindLabels: constant,
  agreementKinds: constant,
  campaignKindLabels: constant,
  campaignKinds: constant,
  carrierKindLabels: constant,
  carrierKinds: constant,
  designationKindLabels: constant,
  designationKinds: constant,
  designationLevelLabels: constant,
  designationLevels: constant,
  designationStatusLabels: constant,
  designationStatuses: constant,
  indicatorKindLabels: constant,
  indicatorKinds: constant,
  issuerLevelLabels: constant,
  issuerLevels: constant,
  observationStatusLabels: constant,
  observationStatuses: constant,
  recipientTypeLabels: constant,
  recipientTypes: constant,
  signingModeLabels: constant,
  signingModes: constant,
  temporalAggregationLabels: constant,
  temporalAggregations: constant,
};

/** `shiliu/script`. */
export const scriptTargets: Readonly<Record<string, Target>> = {
  // The converter calls opencc-js lazily: creating one never fails; its functions are tested below.
  createScriptConverter: fn("function", () => [{}], anything(fc.object())),
  toSimplified: converterMethods.toSimplified as FunctionTarget,
  toTraditional: converterMethods.toTraditional as FunctionTarget,
};

/** `shiliu/cn-regions`. */
export const cnRegionsTargets: Readonly<Record<string, Target>> = {
  cnRegions: { kind: "constant" },
  cnRegionsSource: { kind: "constant" },
  createCnRegionIndex: {
    ...fn("constructor", () => [{}], regionIndexOptions),
    methods: regionIndexMethods,
  },
};

/** `shiliu/cn-regions/history`. */
export const cnRegionHistoryTargets: Readonly<Record<string, Target>> = {
  cnRegionHistory: constant,
  cnRegionHistorySource: constant,
  // Making the rule reads nothing of the history; the rule is attacked through validateReport.
  createRetiredRegionCodeRule: fn(
    "function",
    () => [{ firstYear: 1981, lastYear: 2024, records: [] }],
    anything(fc.object()),
  ),
  retiredRegionCodeRule: rule,
  findRegionsByNameAt: fn(
    "function",
    () => ["同仁县", 2015, { within: "630000" }],
    text,
    typed(["number"], fc.integer({ min: 1975, max: 2030 })),
    options({ within: regionCode.arbitrary, locale: localeValue }),
  ),
  regionNameAt: fn(
    "function",
    () => ["632321", 2015],
    regionCode,
    typed(["number"], fc.integer({ min: 1975, max: 2030 })),
    options({ locale: localeValue }),
  ),
  resolveRegionCode: fn(
    "function",
    () => ["632321", { year: 2015 }],
    regionCode,
    options({ year: fc.integer({ min: 1975, max: 2030 }), locale: localeValue }),
  ),
};

/** `shiliu/cn-regions/townships`. */
export const cnTownshipsTargets: Readonly<Record<string, Target>> = {
  cnTownships: constant,
  cnTownshipsSource: constant,
};

export { converterMethods };
