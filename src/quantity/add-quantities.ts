import { ShiliuError } from "../core/shiliu-error";
import { joinComparators } from "./join-comparators";
import type { Quantity } from "./types";

/**
 * Adds reported figures of one unit (合计), carrying their qualifiers: exact plus exact is
 * exact; lower-bounded figures (余, 以上) added to exact or lower-bounded ones stay
 * lower-bounded, `gt` winning over `gte`; upper-bounded ones (近, 不足, 以下) likewise stay
 * upper-bounded (`nearly` only when every bounded term is `nearly`, otherwise `lt` if any end
 * is exclusive, else `lte`); mixed directions or any `approx` give `approx`. The operation is
 * commutative and associative on qualifiers; values add as JavaScript numbers.
 *
 * @param quantities - At least one quantity; all must share a unit (or all have none).
 * @returns The sum.
 * @throws {@link ShiliuError} `UNIT_MISMATCH` when the units differ, with the index of each
 * offending term as its path.
 * @category quantity
 * @example
 * ```ts
 * addQuantities(
 *   { value: 4, unit: "个", comparator: "eq" },
 *   { value: 11, unit: "个", comparator: "eq" },
 *   { value: 20, unit: "个", comparator: "eq" },
 * ) //=> { value: 35, unit: "个", comparator: "eq" }
 * addQuantities({ value: 50000, unit: "人", comparator: "gt" }, { value: 100, unit: "人", comparator: "gte" })
 * //=> { value: 50100, unit: "人", comparator: "gt" }
 * ```
 */
export function addQuantities(...quantities: readonly [Quantity, ...Quantity[]]): Quantity {
  const first = quantities[0];
  const unit = first.unit;
  let value = first.value;
  let comparator = first.comparator;
  const issues: { path: number[]; message: string; reason: string }[] = [];
  for (let i = 1; i < quantities.length; i++) {
    const term = quantities[i] as Quantity;
    if (term.unit !== unit) {
      issues.push({
        path: [i],
        message: `单位不一致：${unit ?? "（无单位）"} 与 ${term.unit ?? "（无单位）"}`,
        reason: "unit_mismatch",
      });
      continue;
    }
    value += term.value;
    comparator = joinComparators(comparator, term.comparator);
  }
  if (issues.length > 0) throw new ShiliuError("UNIT_MISMATCH", issues);
  const sum = value === 0 ? 0 : value;
  return unit === undefined ? { value: sum, comparator } : { value: sum, unit, comparator };
}
