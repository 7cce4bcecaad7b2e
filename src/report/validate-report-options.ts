import type { Locale } from "../core/locale";
import { type OptionChecks, type OptionsAssertion, optionChecker } from "../core/option-checker";
import type { Indicator } from "../metric/types";
import type { RegionHistory } from "../region/region-history";
import type { RegionIndex } from "../region/types";
import { dayOption, localeOption, regionIndexOption } from "./common-option-checks";
import type { ReportRule } from "./report-rule";

/**
 * Options of {@link validateReport}.
 *
 * @category report
 */
export interface ValidateReportOptions {
  /** The language of the messages; defaults to `"zh-CN"` (also for a locale shiliu does not speak). */
  readonly locale?: Locale;
  /**
   * A region catalogue, such as one built from `shiliu/cn-regions`. A region code is known when
   * it is in `report.regions` or in this index. Without it, codes are checked for their
   * structure only, and a `NO_REGION_INDEX` warning says so.
   */
  readonly regionIndex?: RegionIndex;
  /**
   * The indicators a report may refer to without defining them; defaults to the
   * `standardIndicators`. A report's own definition of an id takes precedence.
   */
  readonly knownIndicators?: readonly Indicator[];
  /**
   * The cross-record rules to run; defaults to {@link builtInReportRules}. Pass a subset to
   * skip rules, or add an app's own: `[...builtInReportRules, myRule]`.
   */
  readonly rules?: readonly ReportRule[];
  /**
   * The day of validation, `YYYY-MM-DD`, against which publication dates are checked; defaults
   * to today's date in China (UTC+8). Pass it to make validation reproducible.
   */
  readonly today?: string;
  /** Whether each `SCHEMA` diagnostic also carries the zod issue it was made from, as `issue`. */
  readonly zodIssues?: boolean;
  /**
   * A code history, such as `cnRegionHistory` from `shiliu/cn-regions/history`: with it, the
   * rules also warn (`RETIRED_REGION_CODE`) on a record that names a code which had left use by
   * its date, naming the codes that took its area.
   */
  readonly regionHistory?: RegionHistory;
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null;

/**
 * What each option must be. A new option adds one entry here and one field above.
 *
 * @internal
 */
export const optionChecks: OptionChecks<ValidateReportOptions> = {
  locale: localeOption,
  regionIndex: regionIndexOption,
  knownIndicators: {
    expected: {
      "zh-CN": "指标列表（每项有字符串 id）",
      "zh-TW": "指標列表（每項有字串 id）",
      en: "a list of indicators, each with a string id",
    },
    list: true,
    fits: (item) => isObject(item) && typeof item.id === "string",
  },
  rules: {
    expected: {
      "zh-CN": "规则列表（每项有 code 和 check 函数）",
      "zh-TW": "規則列表（每項有 code 和 check 函式）",
      en: "a list of rules, each with a code and a check function",
    },
    list: true,
    fits: (item) =>
      isObject(item) && typeof item.code === "string" && typeof item.check === "function",
  },
  today: dayOption,
  zodIssues: {
    expected: { "zh-CN": "true 或 false", "zh-TW": "true 或 false", en: "true or false" },
    fits: (value) => typeof value === "boolean",
  },
  regionHistory: {
    expected: {
      "zh-CN": "区划代码沿革（如 cnRegionHistory）",
      "zh-TW": "區劃代碼沿革（如 cnRegionHistory）",
      en: "a code history such as cnRegionHistory",
    },
    fits: (value) => isObject(value) && Array.isArray(value.records),
  },
};

/**
 * Throws when the options are not options {@link validateReport} takes: a programmer's error,
 * not a problem of the data.
 *
 * @throws {@link ShiliuError} `INVALID_ARGUMENT`, one issue per bad option.
 * @internal
 */
export const checkOptions: OptionsAssertion<ValidateReportOptions> = /* @__PURE__ */ optionChecker(
  "validateReport",
  optionChecks,
);
