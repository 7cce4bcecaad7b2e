import { toDecimal } from "../core/decimal";
import type { Quantity } from "./types";

/**
 * The place of the last written digit of a figure, in the units of its value: its `precision`
 * when it has one (200亿 read from text is `1e8`), otherwise the last digit of its number —
 * `1` for a whole number, `0.1` for `6.7`, the finer end of a range. Rounding allowances use it:
 * 200亿 written to the 亿 stands for 199.5亿 to 200.5亿, never 150亿 to 250亿.
 *
 * @param q - The quantity.
 * @returns A positive power of ten (or the written precision as given).
 * @category quantity
 * @example
 * ```ts
 * precisionOf({ value: 20_000_000_000, unit: "元", comparator: "eq", precision: 1e8 }) //=> 100000000
 * precisionOf({ value: 4000, unit: "人", comparator: "eq" }) //=> 1
 * precisionOf({ value: 6.7, unit: "%", comparator: "eq" }) //=> 0.1
 * ```
 */
export function precisionOf(q: Quantity): number {
  if (q.precision !== undefined) return q.precision;
  const exponent = Math.min(lastDigit(q.value), q.upper === undefined ? 0 : lastDigit(q.upper));
  return Number(`1e${exponent}`);
}

function lastDigit(value: number): number {
  return Number.isFinite(value) ? Math.min(0, toDecimal(value).exponent) : 0;
}
