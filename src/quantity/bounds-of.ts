import type { Quantity, QuantityBounds } from "./types";

/**
 * The range a reported figure allows, read from its qualifier: 达100人 is [100, 100],
 * 100人以上 is [100, ∞), 5万余人 is (50000, ∞), 近4000人 and 不足4000人 are (−∞, 4000),
 * 100人以下 is (−∞, 100], and 约1.2万人 has no bounds (an estimate).
 *
 * @param q - The quantity.
 * @returns The lower and upper ends the figure guarantees, each with its inclusivity.
 * @category quantity
 * @example
 * ```ts
 * boundsOf({ value: 50000, unit: "人", comparator: "gt" }) //=> { lower: { value: 50000, inclusive: false } }
 * boundsOf({ value: 100, comparator: "eq" }) //=> { lower: { value: 100, inclusive: true }, upper: { value: 100, inclusive: true } }
 * ```
 */
export function boundsOf(q: Quantity): QuantityBounds {
  const value = q.value;
  switch (q.comparator) {
    case "eq":
      return { lower: { value, inclusive: true }, upper: { value, inclusive: true } };
    case "gt":
      return { lower: { value, inclusive: false } };
    case "gte":
      return { lower: { value, inclusive: true } };
    case "nearly":
    case "lt":
      return { upper: { value, inclusive: false } };
    case "lte":
      return { upper: { value, inclusive: true } };
    default:
      return {};
  }
}
