import { describeValue } from "../core/describe-value";
import { resolveLocale } from "../core/locale";
import { type Result, success } from "../core/result";
import { periodFailure } from "./calendar";
import { parseCalendarPeriod } from "./parse-calendar-period";
import { calendarRange } from "./range-of";
import type { CalendarPeriod, Period, PeriodFailureReason, PeriodOptions } from "./types";

const OPEN = "..";

/**
 * Reads a period key (期间): `2023` (year), `2023-H1` (上半年), `2023-Q3` (第三季度),
 * `2023-09` (month) or `2023-09-20` (day); or an ISO 8601 interval of two of them (期间段):
 * `2021/2023`, `2023-05/2023-09`, `2023-H1/2024-Q2` (the ends may differ in length), open at the
 * start `../2023-09-25` (截至2023年9月25日, 近年来) or at the end `2021/..` (2021年以来).
 * Years run from 1000 to 9999; month and day must exist on the calendar (`2024-02-29` is a day,
 * `2023-02-29` is not); an interval may not start after it ends.
 *
 * @param key - The key; anything else, including lower-case `h1`, a year like `0999`, `../..`
 * or an interval of intervals, is refused.
 * @param options - The locale of the failure message.
 * @returns The kind, year and index (half, quarter or month; plus `day` for a day); for an
 * interval `{ kind: "interval", start?, end? }` with the calendar period of each end present
 * (an open end is absent). Or a failure with reason `invalid_format`, `year_out_of_range`,
 * `invalid_date` or `reversed_interval`.
 * @category period
 * @example
 * ```ts
 * parsePeriod("2023-Q3") //=> { ok: true, value: { kind: "quarter", year: 2023, index: 3 } }
 * parsePeriod("2021/..") //=> { ok: true, value: { kind: "interval", start: { kind: "year", year: 2021 } } }
 * parsePeriod("2023/2021").ok //=> false
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
  const slash = key.indexOf("/");
  if (slash === -1) return parseCalendarPeriod(key, key, locale);
  const first = key.slice(0, slash);
  const last = key.slice(slash + 1);
  if (first === OPEN && last === OPEN) return periodFailure("invalid_format", key, locale);
  let start: CalendarPeriod | undefined;
  let end: CalendarPeriod | undefined;
  if (first !== OPEN) {
    const parsed = parseCalendarPeriod(first, key, locale);
    if (!parsed.ok) return parsed;
    start = parsed.value;
  }
  if (last !== OPEN) {
    const parsed = parseCalendarPeriod(last, key, locale);
    if (!parsed.ok) return parsed;
    end = parsed.value;
  }
  if (start === undefined) return success({ kind: "interval", end: end as CalendarPeriod });
  if (end === undefined) return success({ kind: "interval", start });
  // ISO dates of four-digit years sort as strings. The first key must end before the second
  // begins: an interval whose ends overlap (2023/2023-H1) would end inside its own first key, and
  // one span would have many keys (2023/2023 is 2023).
  const [firstSpan, lastSpan] = [calendarRange(start), calendarRange(end)];
  if (firstSpan.start > lastSpan.end) return periodFailure("reversed_interval", key, locale);
  if (firstSpan.end >= lastSpan.start) return periodFailure("overlapping_interval", key, locale);
  return success({ kind: "interval", start, end });
}
