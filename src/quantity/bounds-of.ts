import { comparatorBounds } from "./comparators";
import type { Quantity, QuantityBounds } from "./types";

/**
 * The range a reported figure allows, read from its qualifier in {@link comparatorTable}:
 * 达100人 is [100, 100], 100人以上 is [100, ∞), 5万余人 is (50000, ∞), 近4000人 and 不足4000人
 * are (−∞, 4000), 100人以下 is (−∞, 100], 三四十人 is [30, 40], and 约1.2万人 has no bounds
 * (an estimate). The written precision does not widen the bounds: they are what the qualifier
 * states of the number as written.
 *
 * @param q - The quantity.
 * @returns The lower and upper ends the figure guarantees, each with its inclusivity.
 * @category quantity
 * @example
 * ```ts
 * boundsOf({ value: 50000, unit: "人", comparator: "gt" }) //=> { lower: { value: 50000, inclusive: false } }
 * boundsOf({ value: 100, comparator: "eq" }) //=> { lower: { value: 100, inclusive: true }, upper: { value: 100, inclusive: true } }
 * boundsOf({ value: 30, upper: 40, unit: "人", comparator: "range" }) //=> { lower: { value: 30, inclusive: true }, upper: { value: 40, inclusive: true } }
 * ```
 */
export function boundsOf(q: Quantity): QuantityBounds {
  const { direction, inclusive } = comparatorBounds[q.comparator];
  switch (direction) {
    case "exact":
      return { lower: { value: q.value, inclusive }, upper: { value: q.value, inclusive } };
    case "between":
      return {
        lower: { value: q.value, inclusive },
        upper: { value: q.upper ?? q.value, inclusive },
      };
    case "lower":
      return { lower: { value: q.value, inclusive } };
    case "upper":
      return { upper: { value: q.value, inclusive } };
    case "estimate":
      return {};
  }
}
