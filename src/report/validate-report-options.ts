import { describeValue } from "../core/describe-value";
import { formatMessage, type LocalizedText } from "../core/labels";
import type { Locale } from "../core/locale";
import { ShiliuError, type ShiliuIssue } from "../core/shiliu-error";
import type { Indicator } from "../metric/types";
import { parsePeriod } from "../period/parse-period";
import type { RegionHistory } from "../region/region-history";
import type { RegionIndex } from "../region/types";
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

const messages = {
  notOptions: {
    "zh-CN": "validateReport 的选项应为对象，收到的是 {value}",
    "zh-TW": "validateReport 的選項應為物件，收到的是 {value}",
    en: "the options of validateReport must be an object, not {value}",
  },
  unknownOption: {
    "zh-CN": "validateReport 没有选项 {name}",
    "zh-TW": "validateReport 沒有選項 {name}",
    en: "validateReport has no option {name}",
  },
  badOption: {
    "zh-CN": "选项 {name} 应为{expected}，收到的是 {value}",
    "zh-TW": "選項 {name} 應為{expected}，收到的是 {value}",
    en: "the option {name} must be {expected}, not {value}",
  },
} satisfies Readonly<Record<string, LocalizedText>>;

interface OptionCheck {
  readonly expected: LocalizedText;
  /** The index of the first bad item of a list, `-1` for the value itself, `undefined` when it is valid. */
  readonly defect: (value: unknown) => number | undefined;
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null;

/** A check of a list option: `-1` when it is not a list, the first bad item otherwise. */
function everyItem(fits: (item: unknown) => boolean): (value: unknown) => number | undefined {
  return (value) => {
    if (!Array.isArray(value)) return -1;
    const bad = value.findIndex((item) => !fits(item));
    return bad === -1 ? undefined : bad;
  };
}

/**
 * What each option must be. A new option adds one entry here and one field above.
 *
 * @internal
 */
export const optionChecks: Readonly<Record<keyof ValidateReportOptions, OptionCheck>> = {
  // Like every entry point, an unknown locale falls back to zh-CN rather than failing.
  locale: { expected: { "zh-CN": "", "zh-TW": "", en: "" }, defect: () => undefined },
  regionIndex: {
    expected: {
      "zh-CN": "由 createRegionIndex 建立的区划索引",
      "zh-TW": "由 createRegionIndex 建立的區劃索引",
      en: "a region index made by createRegionIndex",
    },
    defect: (value) => (isObject(value) && typeof value.get === "function" ? undefined : -1),
  },
  knownIndicators: {
    expected: {
      "zh-CN": "指标列表（每项有字符串 id）",
      "zh-TW": "指標列表（每項有字串 id）",
      en: "a list of indicators, each with a string id",
    },
    defect: /* @__PURE__ */ everyItem((item) => isObject(item) && typeof item.id === "string"),
  },
  rules: {
    expected: {
      "zh-CN": "规则列表（每项有 code 和 check 函数）",
      "zh-TW": "規則列表（每項有 code 和 check 函式）",
      en: "a list of rules, each with a code and a check function",
    },
    defect: /* @__PURE__ */ everyItem(
      (item) => isObject(item) && typeof item.code === "string" && typeof item.check === "function",
    ),
  },
  today: {
    expected: {
      "zh-CN": "YYYY-MM-DD 格式的日期",
      "zh-TW": "YYYY-MM-DD 格式的日期",
      en: "a date written YYYY-MM-DD",
    },
    defect: (value) => {
      if (typeof value !== "string" || value.length !== 10) return -1;
      const parsed = parsePeriod(value);
      return parsed.ok && parsed.value.kind === "day" ? undefined : -1;
    },
  },
  zodIssues: {
    expected: { "zh-CN": "true 或 false", "zh-TW": "true 或 false", en: "true or false" },
    defect: (value) => (typeof value === "boolean" ? undefined : -1),
  },
  regionHistory: {
    expected: {
      "zh-CN": "区划代码沿革（如 cnRegionHistory）",
      "zh-TW": "區劃代碼沿革（如 cnRegionHistory）",
      en: "a code history such as cnRegionHistory",
    },
    defect: (value) => (isObject(value) && Array.isArray(value.records) ? undefined : -1),
  },
};

/**
 * Throws when the options are not options {@link validateReport} takes: a programmer's error,
 * not a problem of the data.
 *
 * @throws {@link ShiliuError} `INVALID_ARGUMENT`, one issue per bad option.
 * @internal
 */
export function checkOptions(options: unknown, locale: Locale): void {
  if (options === undefined) return;
  const issues: ShiliuIssue[] = [];
  if (!isObject(options) || Array.isArray(options)) {
    const message = formatMessage(messages.notOptions, locale, { value: describeValue(options) });
    throw new ShiliuError("INVALID_ARGUMENT", [{ path: [], message }]);
  }
  for (const name of Object.keys(options)) {
    if (!Object.hasOwn(optionChecks, name)) {
      issues.push({
        path: [name],
        message: formatMessage(messages.unknownOption, locale, { name }),
      });
      continue;
    }
    const value = options[name];
    if (value === undefined) continue;
    const check = optionChecks[name as keyof ValidateReportOptions];
    const bad = check.defect(value);
    if (bad === undefined) continue;
    const shown = bad === -1 ? value : (value as readonly unknown[])[bad];
    issues.push({
      path: bad === -1 ? [name] : [name, bad],
      message: formatMessage(messages.badOption, locale, {
        name: bad === -1 ? name : `${name}[${bad}]`,
        expected: check.expected[locale],
        value: describeValue(shown),
      }),
    });
  }
  if (issues.length > 0) throw new ShiliuError("INVALID_ARGUMENT", issues);
}
