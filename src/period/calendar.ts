import { formatMessage, type LocalizedText } from "../core/labels";
import type { Locale } from "../core/locale";
import { type Failure, failure } from "../core/result";
import type { CalendarPeriod, PeriodFailureReason } from "./types";

/** The smallest and largest years a period key may name: four digits, no year 0–999. @internal */
export const MIN_YEAR = 1000;
/** @internal */
export const MAX_YEAR = 9999;

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Days in a month (1–12) of a year of the Gregorian calendar: February has 29 in a year divisible
 * by 4, except by 100 unless by 400. Arithmetic, not a `Date`: every date a report holds is
 * checked with it. @internal
 */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return monthDays[month - 1] ?? 0;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** `YYYY-MM-DD` from its parts. @internal */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The key of a calendar period, as `parsePeriod` reads it back (`2023-Q1`, `2023-03-05`). @internal */
export function keyOfPeriod(period: CalendarPeriod): string {
  const { kind, year, index = 1, day = 1 } = period;
  switch (kind) {
    case "year":
      return String(year);
    case "half":
      return `${year}-H${index}`;
    case "quarter":
      return `${year}-Q${index}`;
    case "month":
      return `${year}-${String(index).padStart(2, "0")}`;
    case "day":
      return isoDate(year, index, day);
  }
}

const messages: { readonly [reason in PeriodFailureReason]: LocalizedText } = {
  invalid_format: {
    "zh-CN":
      "无法识别的期间“{key}”，应为 2023、2023-H1、2023-Q3、2023-09、2023-09-20，或期间段 2021/2023、../2023-09-25、2021/..",
    "zh-TW":
      "無法識別的期間「{key}」，應為 2023、2023-H1、2023-Q3、2023-09、2023-09-20，或期間段 2021/2023、../2023-09-25、2021/..",
    en: 'unrecognised period "{key}"; expected 2023, 2023-H1, 2023-Q3, 2023-09 or 2023-09-20, or an interval such as 2021/2023, ../2023-09-25 or 2021/..',
  },
  year_out_of_range: {
    "zh-CN": "期间“{key}”的年份须在 1000 到 9999 之间",
    "zh-TW": "期間「{key}」的年份須在 1000 到 9999 之間",
    en: 'the year of period "{key}" must be from 1000 to 9999',
  },
  invalid_date: {
    "zh-CN": "期间“{key}”不是有效的日历日期",
    "zh-TW": "期間「{key}」不是有效的日曆日期",
    en: 'period "{key}" is not a valid calendar date',
  },
  reversed_interval: {
    "zh-CN": "期间段“{key}”的起点晚于终点",
    "zh-TW": "期間段「{key}」的起點晚於終點",
    en: 'the interval "{key}" starts after it ends',
  },
  overlapping_interval: {
    "zh-CN": "期间段“{key}”的两端重叠：前一期须在后一期开始之前结束（2023/2023 写作 2023）",
    "zh-TW": "期間段「{key}」的兩端重疊：前一期須在後一期開始之前結束（2023/2023 寫作 2023）",
    en: 'the interval "{key}" has overlapping ends: its first period must end before its last begins (write 2023/2023 as 2023)',
  },
  no_same_period: {
    "zh-CN": "期间“{key}”没有上年同期：开放或长于一年的期间段不能同比",
    "zh-TW": "期間「{key}」沒有上年同期：開放或長於一年的期間段不能同比",
    en: 'period "{key}" has no same period last year: an open interval, or one longer than a year, cannot be compared year on year',
  },
};

/** A period failure with its message in the locale. @internal */
export function periodFailure(
  reason: PeriodFailureReason,
  key: string,
  locale: Locale,
): Failure<PeriodFailureReason> {
  return failure(reason, formatMessage(messages[reason], locale, { key }));
}
