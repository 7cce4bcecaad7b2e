import { parsePeriod } from "./parse-period";

/**
 * Tells whether a value is a valid period key (`2023`, `2023-H1`, `2023-Q3`, `2023-09`,
 * `2023-09-20`) with a year from 1000 to 9999 and a real calendar month or day, or an interval
 * of two such keys (`2021/2023`, `2023-05/2023-09`) or one open end (`../2023-09-25`, `2021/..`)
 * that does not end before it starts.
 *
 * @param value - Anything.
 * @returns `true` when {@link parsePeriod} would accept it.
 * @category period
 * @example
 * ```ts
 * isPeriodKey("2023-H1") //=> true
 * isPeriodKey("2023-H3") //=> false
 * isPeriodKey("../2023-09-25") //=> true
 * isPeriodKey("2023/2021") //=> false
 * ```
 */
export function isPeriodKey(value: unknown): value is string {
  return typeof value === "string" && parsePeriod(value).ok;
}
