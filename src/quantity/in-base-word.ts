import { decimalToNumber, shiftDecimal, toDecimal } from "../core/decimal";
import type { Quantity } from "./types";
import { unitOf } from "./unit-of";

/**
 * A figure in a scaled word of the unit table (3403000万元, 2.5万人次) as its base word counts it
 * (34030000000元), so that Chinese writes the scale once: 340.3亿元, never 340.3万万元. A figure
 * that would not stay finite in the base word is left as given.
 *
 * @internal
 */
export function inBaseWord(q: Quantity): Quantity {
  const entry = q.unit === undefined ? undefined : unitOf(q.unit);
  if (entry?.base === undefined || entry.exponent <= 0) return q;
  const places = entry.exponent;
  const shift = (value: number) => decimalToNumber(shiftDecimal(toDecimal(value), places));
  const value = shift(q.value);
  const upper = q.upper === undefined ? undefined : shift(q.upper);
  if (!Number.isFinite(value) || (upper !== undefined && !Number.isFinite(upper))) return q;
  return {
    ...q,
    value,
    unit: entry.base,
    ...(upper === undefined ? {} : { upper }),
    ...(q.precision === undefined ? {} : { precision: shift(q.precision) }),
  };
}
