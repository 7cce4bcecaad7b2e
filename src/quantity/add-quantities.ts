import { ShiliuError } from "../core/shiliu-error";
import { addFigureInto, type FigureAccumulator } from "./add-figure-into";
import { commonUnit } from "./common-unit";
import { inBaseWord } from "./in-base-word";
import { precisionOf } from "./precision-of";
import type { Quantity } from "./types";
import { unitOf } from "./unit-of";

/**
 * Adds reported figures of one quantity (合计), carrying their qualifiers by the bounds each
 * guarantees: exact plus exact is exact; ranges (三四十) added to exact figures or ranges give a
 * range; lower-bounded figures (余, 以上, and the lower end of a range) added to exact or
 * lower-bounded ones stay lower-bounded, `gt` when any end is exclusive; upper-bounded ones (近,
 * 不足, 以下) likewise stay upper-bounded (`nearly` only when every bounded term is `nearly`);
 * mixed directions or any `approx` give `approx`, the sum of the values. Units are read through
 * `unitTable`: 人 and 名 add (as 人), 万元 and 元 add on one scale (as 元), 人 and 人次 never do.
 * When any term has a written precision the sum has the coarsest one.
 *
 * @param quantities - At least one quantity; all must be the same quantity (or all have no unit).
 * @returns The sum, in the terms' unit when they share one, else in the quantity's base word.
 * @throws {@link ShiliuError} `UNIT_MISMATCH` when the units are different quantities, with the
 * index of each offending term as its path; `INVALID_QUANTITY` when the sum is too large to be
 * a finite number.
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
 * addQuantities({ value: 30, upper: 40, unit: "场", comparator: "range" }, { value: 5, unit: "场次", comparator: "eq" })
 * //=> { value: 35, upper: 45, unit: "场次", comparator: "range" }
 * ```
 */
export function addQuantities(...quantities: readonly [Quantity, ...Quantity[]]): Quantity {
  const first = quantities[0];
  const issues: { path: number[]; message: string; reason: string }[] = [];
  let shared = true;
  for (let i = 1; i < quantities.length; i++) {
    const term = quantities[i] as Quantity;
    if (term.unit === first.unit) continue;
    shared = false;
    const bare = (term.unit === undefined) !== (first.unit === undefined);
    if (bare || commonUnit(first.unit, term.unit) === undefined) {
      issues.push({
        path: [i],
        message: `单位不一致：${first.unit ?? "（无单位）"} 与 ${term.unit ?? "（无单位）"}`,
        reason: "unit_mismatch",
      });
    }
  }
  if (issues.length > 0) throw new ShiliuError("UNIT_MISMATCH", issues);
  const unit = shared || first.unit === undefined ? first.unit : unitOf(first.unit).base;
  const start = shared ? first : inBaseWord(first);
  const sum: FigureAccumulator = {
    value: start.value,
    comparator: start.comparator,
    ...(start.upper === undefined ? {} : { upper: start.upper }),
  };
  let precision = precisionOf(start);
  let written = start.precision !== undefined;
  for (let i = 1; i < quantities.length; i++) {
    const term = shared ? (quantities[i] as Quantity) : inBaseWord(quantities[i] as Quantity);
    addFigureInto(sum, term);
    precision = Math.max(precision, precisionOf(term));
    written ||= term.precision !== undefined;
  }
  if (!Number.isFinite(sum.value) || (sum.upper !== undefined && !Number.isFinite(sum.upper))) {
    throw new ShiliuError("INVALID_QUANTITY", [
      { path: [], message: "合计超出可表示的有限数范围", reason: "not_finite" },
    ]);
  }
  return {
    value: sum.value === 0 ? 0 : sum.value,
    ...(sum.upper === undefined ? {} : { upper: sum.upper === 0 ? 0 : sum.upper }),
    ...(unit === undefined ? {} : { unit }),
    comparator: sum.comparator,
    ...(written ? { precision } : {}),
  };
}
