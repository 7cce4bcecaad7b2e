import type { Locale } from "../core/locale";
import { type Result, success } from "../core/result";
import { parsePeriod } from "./parse-period";
import type { CalendarPeriod, PeriodFailureReason } from "./types";

const chineseQuarters = ["一", "二", "三", "四"] as const;
const englishMonths = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * Names a period the way a report heading does (期间名称): zh-CN `2023年`, `2023年上半年`,
 * `2023年第三季度`, `2023年9月`, `2023年9月20日`; zh-TW the same with `2023年第三季`;
 * en `2023`, `H1 2023`, `Q3 2023`, `September 2023`, `20 September 2023`. An interval joins the
 * labels of its ends: `2021年至2023年` (en `2021 to 2023`); open at the start
 * `截至2023年9月25日` (en `up to 25 September 2023`); open at the end `2021年以来`
 * (zh-TW `2021年以來`, en `since 2021`).
 *
 * @param key - A period key.
 * @param locale - The language; defaults to `"zh-CN"`. Failure messages use it too.
 * @returns The label, or the failure of {@link parsePeriod}.
 * @category period
 * @example
 * ```ts
 * periodLabel("2023-H1") //=> { ok: true, value: "2023年上半年" }
 * periodLabel("2023-Q3", "en") //=> { ok: true, value: "Q3 2023" }
 * periodLabel("2021/2023") //=> { ok: true, value: "2021年至2023年" }
 * periodLabel("../2023-09-25", "en") //=> { ok: true, value: "up to 25 September 2023" }
 * periodLabel("2021/..", "zh-TW") //=> { ok: true, value: "2021年以來" }
 * ```
 */
export function periodLabel(
  key: string,
  locale: Locale = "zh-CN",
): Result<string, PeriodFailureReason> {
  const parsed = parsePeriod(key, { locale });
  if (!parsed.ok) return parsed;
  const period = parsed.value;
  if (period.kind !== "interval") return success(calendarLabel(period, locale));
  const { start, end } = period;
  const english = locale === "en";
  if (start === undefined) {
    const last = calendarLabel(end as CalendarPeriod, locale);
    return success(english ? `up to ${last}` : `截至${last}`);
  }
  const first = calendarLabel(start, locale);
  if (end === undefined) {
    return success(english ? `since ${first}` : `${first}${locale === "zh-TW" ? "以來" : "以来"}`);
  }
  const last = calendarLabel(end, locale);
  return success(english ? `${first} to ${last}` : `${first}至${last}`);
}

function calendarLabel(period: CalendarPeriod, locale: Locale): string {
  const { kind, year, index = 1, day = 1 } = period;
  if (locale === "en") {
    switch (kind) {
      case "year":
        return String(year);
      case "half":
        return `H${index} ${year}`;
      case "quarter":
        return `Q${index} ${year}`;
      case "month":
        return `${englishMonths[index - 1]} ${year}`;
      case "day":
        return `${day} ${englishMonths[index - 1]} ${year}`;
    }
  }
  switch (kind) {
    case "year":
      return `${year}年`;
    case "half":
      return `${year}年${index === 1 ? "上" : "下"}半年`;
    case "quarter":
      return `${year}年第${chineseQuarters[index - 1]}${locale === "zh-TW" ? "季" : "季度"}`;
    case "month":
      return `${year}年${index}月`;
    case "day":
      return `${year}年${index}月${day}日`;
  }
}
