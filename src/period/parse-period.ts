import { describeValue } from "../core/describe-value";
import { resolveLocale } from "../core/locale";
import { type Result, success } from "../core/result";
import { daysInMonth, MAX_YEAR, MIN_YEAR, periodFailure } from "./calendar";
import type { Period, PeriodFailureReason, PeriodOptions } from "./types";

const KEY = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/;

/**
 * Reads a period key (期间): `2023` (year), `2023-H1` (上半年), `2023-Q3` (第三季度),
 * `2023-09` (month) or `2023-09-20` (day). Years run from 1000 to 9999; month and day must
 * exist on the calendar (`2024-02-29` is a day, `2023-02-29` is not).
 *
 * @param key - The key; anything else, including lower-case `h1` or a year like `0999`, is refused.
 * @param options - The locale of the failure message.
 * @returns The kind, year and index (half, quarter or month; plus `day` for a day), or a
 * failure with reason `invalid_format`, `year_out_of_range` or `invalid_date`.
 * @category period
 * @example
 * ```ts
 * parsePeriod("2023-Q3") //=> { ok: true, value: { kind: "quarter", year: 2023, index: 3 } }
 * parsePeriod("2023-02-30").ok //=> false
 * ```
 */
export function parsePeriod(
  key: string,
  options: PeriodOptions = {},
): Result<Period, PeriodFailureReason> {
  const locale = resolveLocale(options.locale);
  // What is not a string is no key: the message names it in words, never as String() prints it.
  if (typeof key !== "string") {
    return periodFailure("invalid_format", describeValue(key, locale), locale);
  }
  const text = key;
  const match = KEY.exec(text);
  if (match === null) return periodFailure("invalid_format", text, locale);
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return periodFailure("year_out_of_range", text, locale);
  const [, , half, quarter, month, day] = match;
  if (half !== undefined) return success({ kind: "half", year, index: Number(half) });
  if (quarter !== undefined) return success({ kind: "quarter", year, index: Number(quarter) });
  if (month === undefined) return success({ kind: "year", year });
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return periodFailure("invalid_date", text, locale);
  if (day === undefined) return success({ kind: "month", year, index: monthNumber });
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > daysInMonth(year, monthNumber)) {
    return periodFailure("invalid_date", text, locale);
  }
  return success({ kind: "day", year, index: monthNumber, day: dayNumber });
}
