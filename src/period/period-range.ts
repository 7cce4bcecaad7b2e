import { type Result, success } from "../core/result";
import { parsePeriod } from "./parse-period";
import { rangeOf } from "./range-of";
import type { PeriodFailureReason, PeriodOptions, PeriodRange } from "./types";

/**
 * The first and last dates of a period (起止日期), both included: `2023-H1` runs from
 * `2023-01-01` to `2023-06-30`; the interval `2023-H1/2024-Q2` from the first day of its start
 * to the last day of its end. An open end is left out: `../2023-09-25` has no `start`,
 * `2021/..` no `end`.
 *
 * @param key - A period key.
 * @param options - The locale of the failure message.
 * @returns `{ start?, end? }` as `YYYY-MM-DD` (both present unless the period is open), or the
 * failure of {@link parsePeriod}.
 * @category period
 * @example
 * ```ts
 * periodRange("2023-H1") //=> { ok: true, value: { start: "2023-01-01", end: "2023-06-30" } }
 * periodRange("2024-02") //=> { ok: true, value: { start: "2024-02-01", end: "2024-02-29" } }
 * periodRange("2021/2023") //=> { ok: true, value: { start: "2021-01-01", end: "2023-12-31" } }
 * periodRange("../2023-09-25") //=> { ok: true, value: { end: "2023-09-25" } }
 * ```
 */
export function periodRange(
  key: string,
  options: PeriodOptions = {},
): Result<PeriodRange, PeriodFailureReason> {
  const parsed = parsePeriod(key, options);
  return parsed.ok ? success(rangeOf(parsed.value)) : parsed;
}
