import { shiftNumber } from "../core/decimal";
import type { Quantity } from "./types";
import { unitOf } from "./unit-of";

/**
 * A figure in its quantity's base word, shifted on the decimal: 3万元 as 30000元, 3403000万元 as
 * 34030000000元, 95% as the fraction 0.95 (no unit). A figure with no unit, or in a word at
 * scale 10^0, is returned as it is. The shifted values may overflow; the caller decides what
 * that means.
 *
 * @internal
 */
export function inBaseWord(q: Quantity): Quantity {
  if (q.unit === undefined) return q;
  const { base, exponent } = unitOf(q.unit);
  if (exponent === 0) return q;
  const { unit: _unit, ...rest } = q;
  return {
    ...rest,
    value: shiftNumber(q.value, exponent),
    ...(base === undefined ? {} : { unit: base }),
    ...(q.upper === undefined ? {} : { upper: shiftNumber(q.upper, exponent) }),
    ...(q.precision === undefined ? {} : { precision: shiftNumber(q.precision, exponent) }),
  };
}
