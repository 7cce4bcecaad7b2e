// The words zod's own error maps cannot find: messages of refinements and of format patterns,
// in every locale, so `validateReport` speaks the caller's language.
import { formatMessage, type LocalizedText } from "../core/labels";
import type { Locale } from "../core/locale";
import { parsePeriod } from "../period/parse-period";
import { parseRegionCode } from "../region/parse-region-code";
import { validateCreditCode } from "../unit/validate-credit-code";

/**
 * The format patterns of the schemas, shared so that messages can be found for their issues.
 *
 * @internal
 */
export const patterns = {
  region_code: /^\d{6}(?:\d{3}|\d{6})?$/,
  // One calendar key, or an ISO 8601 interval of two, or of one and an open end (..).
  period_key:
    /^(?:\d{4}(?:-(?:H[12]|Q[1-4]|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?))?|\.\.(?=\/\d))(?:\/(?:\d{4}(?:-(?:H[12]|Q[1-4]|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?))?|\.\.))?$/,
  iso_date: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
  credit_code: /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/,
  url: /^https?:\/\/\S+$/,
  // A name or title that is more than blank space: "   " names nothing.
  non_blank: /\S/,
} as const;

/**
 * What each pattern asks for, in every locale.
 *
 * @internal
 */
export const patternMessages: { readonly [K in keyof typeof patterns]: LocalizedText } = {
  region_code: {
    "zh-CN": "行政区划代码须为 6、9 或 12 位数字",
    "zh-TW": "行政區劃代碼須為 6、9 或 12 位數字",
    en: "a region code has 6, 9 or 12 digits",
  },
  period_key: {
    "zh-CN":
      "统计期须写作 2023、2023-H1、2023-Q3、2023-09 或 2023-09-20，期间段写作 2021/2023、../2023-09-25 或 2021/..",
    "zh-TW":
      "統計期須寫作 2023、2023-H1、2023-Q3、2023-09 或 2023-09-20，期間段寫作 2021/2023、../2023-09-25 或 2021/..",
    en: "a period is written 2023, 2023-H1, 2023-Q3, 2023-09 or 2023-09-20, an interval 2021/2023, ../2023-09-25 or 2021/..",
  },
  iso_date: {
    "zh-CN": "日期须写作 YYYY-MM-DD，如 2023-04-26",
    "zh-TW": "日期須寫作 YYYY-MM-DD，如 2023-04-26",
    en: "a date is written YYYY-MM-DD, such as 2023-04-26",
  },
  credit_code: {
    "zh-CN": "统一社会信用代码须为 18 位，由数字和大写字母（不含 I、O、S、V、Z）组成",
    "zh-TW": "統一社會信用代碼須為 18 位，由數字和大寫字母（不含 I、O、S、V、Z）組成",
    en: "a unified social credit code has 18 digits and capital letters (no I, O, S, V or Z)",
  },
  url: {
    "zh-CN": "网址须以 http:// 或 https:// 开头",
    "zh-TW": "網址須以 http:// 或 https:// 開頭",
    en: "a URL starts with http:// or https://",
  },
  non_blank: {
    "zh-CN": "不能为空，也不能只有空格",
    "zh-TW": "不能為空，也不能只有空格",
    en: "must not be empty or only spaces",
  },
};

/**
 * The messages of refinements, keyed by the `reason` each issue carries in its `params`.
 *
 * @internal
 */
export const refinementMessages = {
  date_and_period: {
    "zh-CN": "日期 date 与统计期 period 只能填一个",
    "zh-TW": "日期 date 與統計期 period 只能填一個",
    en: "give at most one of date and period",
  },
  term_end_before_start: {
    "zh-CN": "期限的结束日期 {end} 早于开始日期 {start}",
    "zh-TW": "期限的結束日期 {end} 早於開始日期 {start}",
    en: "the term ends on {end}, before it starts on {start}",
  },
  value_xor_ratio: {
    "zh-CN": "须填写数值 value，或同时填写分子 numerator 与分母 denominator，二者只能取其一",
    "zh-TW": "須填寫數值 value，或同時填寫分子 numerator 與分母 denominator，二者只能取其一",
    en: "give either value, or both numerator and denominator, not both",
  },
  range_without_upper: {
    "zh-CN": "区间（comparator 为 range）须填写上限 upper",
    "zh-TW": "區間（comparator 為 range）須填寫上限 upper",
    en: "a range (comparator range) needs its upper end, upper",
  },
  upper_without_range: {
    "zh-CN": "只有区间（comparator 为 range）才能填写上限 upper",
    "zh-TW": "只有區間（comparator 為 range）才能填寫上限 upper",
    en: "only a range (comparator range) has an upper end, upper",
  },
  upper_not_above_value: {
    "zh-CN": "区间的上限 {upper} 须大于下限 {value}",
    "zh-TW": "區間的上限 {upper} 須大於下限 {value}",
    en: "the upper end {upper} of a range must be greater than its lower end {value}",
  },
  year_not_naming_year: {
    "zh-CN": "年份 {year} 与命名日期 {date} 的年份不一致",
    "zh-TW": "年份 {year} 與命名日期 {date} 的年份不一致",
    en: "the year {year} is not the year of the naming date {date}",
  },
  revoked_on_without_revoked: {
    "zh-CN": "只有已撤销（status 为 revoked）的命名才能填写撤销日期 revokedOn",
    "zh-TW": "只有已撤銷（status 為 revoked）的命名才能填寫撤銷日期 revokedOn",
    en: "only a revoked designation (status revoked) has a revocation date, revokedOn",
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * A stable reason a refinement reports in its issue's `params.reason`.
 *
 * @internal
 */
export type RefinementReason = keyof typeof refinementMessages;

const missingDay = {
  "zh-CN": "日期 {value} 无效：日历上没有这一天，或年份早于 1000 年",
  "zh-TW": "日期 {value} 無效：日曆上沒有這一天，或年份早於 1000 年",
  en: "the date {value} is not valid: no such day on the calendar, or a year before 1000",
};

/**
 * The refinements whose message a domain function words: the function is asked again in the
 * caller's locale, with the value the issue carries in `params.value`.
 *
 * @internal
 */
export const domainRefinements = {
  region_code: (value: string, locale: Locale) => {
    const result = parseRegionCode(value, { locale });
    return result.ok ? undefined : result.message;
  },
  period_key: (value: string, locale: Locale) => {
    const result = parsePeriod(value, { locale });
    return result.ok ? undefined : result.message;
  },
  // A date is a period key of one day, but a clerk calls it 日期, not 统计期.
  iso_date: (value: string, locale: Locale) => {
    const result = parsePeriod(value, { locale });
    return result.ok ? undefined : formatMessage(missingDay, locale, { value });
  },
  credit_code: (value: string, locale: Locale) => {
    const result = validateCreditCode(value, { locale });
    return result.ok ? undefined : result.message;
  },
} as const;

/**
 * The message of a refinement issue in a locale, from its `params`; `undefined` when the
 * issue is not one of shiliu's refinements.
 *
 * @internal
 */
export function refinementMessage(
  params: Readonly<Record<string, unknown>> | undefined,
  locale: Locale,
): string | undefined {
  const reason = params?.reason;
  if (typeof reason !== "string") return undefined;
  if (Object.hasOwn(domainRefinements, reason)) {
    const value = params?.value;
    if (typeof value !== "string") return undefined;
    return domainRefinements[reason as keyof typeof domainRefinements](value, locale);
  }
  if (!Object.hasOwn(refinementMessages, reason)) return undefined;
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value === "string" || typeof value === "number") values[key] = value;
  }
  return formatMessage(refinementMessages[reason as RefinementReason], locale, values);
}
