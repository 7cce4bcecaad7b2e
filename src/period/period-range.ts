import { type Result, success } from "../core/result";
import { daysInMonth, isoDate } from "./calendar";
import { parsePeriod } from "./parse-period";
import type { Period, PeriodFailureReason, PeriodOptions, PeriodRange } from "./types";

/**
 * The first and last dates of a period (起止日期), both included: `2023-H1` runs from
 * `2023-01-01` to `2023-06-30`.
 *
 * @param key - A period key.
 * @param options - The locale of the failure message.
 * @returns `{ start, end }` as `YYYY-MM-DD`, or the failure of {@link parsePeriod}.
 * @category period
 * @example
 * ```ts
 * periodRange("2023-H1") //=> { ok: true, value: { start: "2023-01-01", end: "2023-06-30" } }
 * periodRange("2024-02") //=> { ok: true, value: { start: "2024-02-01", end: "2024-02-29" } }
 * ```
 */
export function periodRange(
  key: string,
  options: PeriodOptions = {},
): Result<PeriodRange, PeriodFailureReason> {
  const parsed = parsePeriod(key, options);
  return parsed.ok ? success(rangeOf(parsed.value)) : parsed;
}

/** The range of a parsed period. @internal */
export function rangeOf(period: Period): PeriodRange {
  const { year, kind } = period;
  const index = period.index ?? 1;
  switch (kind) {
    case "year":
      return monthsRange(year, 1, 12);
    case "half":
      return monthsRange(year, index * 6 - 5, index * 6);
    case "quarter":
      return monthsRange(year, index * 3 - 2, index * 3);
    case "month":
      return monthsRange(year, index, index);
    case "day": {
      const date = isoDate(year, index, period.day ?? 1);
      return { start: date, end: date };
    }
  }
}

function monthsRange(year: number, first: number, last: number): PeriodRange {
  return { start: isoDate(year, first, 1), end: isoDate(year, last, daysInMonth(year, last)) };
}
