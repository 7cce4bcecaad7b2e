import { daysInMonth, MAX_YEAR, MIN_YEAR } from "./calendar";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a value is a calendar date written `YYYY-MM-DD` that exists (日期):
 * `2024-02-29` does, `2023-02-29` and `2023-02-30` do not. Years run from 1000 to 9999.
 *
 * @param value - Anything.
 * @returns `true` for a real calendar date in that form.
 * @category period
 * @example
 * ```ts
 * isIsoDate("2023-09-20") //=> true
 * isIsoDate("2023-02-30") //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}
