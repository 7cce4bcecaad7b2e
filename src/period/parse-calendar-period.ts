import type { Locale } from "../core/locale";
import { type Result, success } from "../core/result";
import { daysInMonth, MAX_YEAR, MIN_YEAR, periodFailure } from "./calendar";
import type { CalendarPeriod, PeriodFailureReason } from "./types";

const KEY = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/;

/**
 * Reads one calendar period key (`2023`, `2023-H1`, `2023-Q3`, `2023-09`, `2023-09-20`) out of
 * `text`; a failure names `key`, the whole key it came from (an interval names itself).
 *
 * @internal
 */
export function parseCalendarPeriod(
  text: string,
  key: string,
  locale: Locale,
): Result<CalendarPeriod, PeriodFailureReason> {
  const match = KEY.exec(text);
  if (match === null) return periodFailure("invalid_format", key, locale);
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return periodFailure("year_out_of_range", key, locale);
  const [, , half, quarter, month, day] = match;
  if (half !== undefined) return success({ kind: "half", year, index: Number(half) });
  if (quarter !== undefined) return success({ kind: "quarter", year, index: Number(quarter) });
  if (month === undefined) return success({ kind: "year", year });
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return periodFailure("invalid_date", key, locale);
  if (day === undefined) return success({ kind: "month", year, index: monthNumber });
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > daysInMonth(year, monthNumber)) {
    return periodFailure("invalid_date", key, locale);
  }
  return success({ kind: "day", year, index: monthNumber, day: dayNumber });
}
