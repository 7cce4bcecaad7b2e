import { parsePeriod } from "./parse-period";

/**
 * Tells whether a value is a valid period key (`2023`, `2023-H1`, `2023-Q3`, `2023-09`,
 * `2023-09-20`) with a year from 1000 to 9999 and a real calendar month or day.
 *
 * @param value - Anything.
 * @returns `true` when {@link parsePeriod} would accept it.
 * @category period
 * @example
 * ```ts
 * isPeriodKey("2023-H1") //=> true
 * isPeriodKey("2023-H3") //=> false
 * ```
 */
export function isPeriodKey(value: unknown): value is string {
  return typeof value === "string" && parsePeriod(value).ok;
}
