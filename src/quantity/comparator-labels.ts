import type { LabelTable } from "../core/labels";
import { comparatorTable } from "./comparators";
import type { Comparator } from "./types";

/**
 * Labels of every {@link Comparator}: the qualifier word a writer uses (约, 近, 以上 …), read
 * from {@link comparatorTable}.
 *
 * @category quantity
 * @example
 * ```ts
 * labelOf(comparatorLabels, "gt") //=> "超过"
 * labelOf(comparatorLabels, "nearly", "en") //=> "nearly"
 * labelOf(comparatorLabels, "range", "en") //=> "between"
 * ```
 */
export const comparatorLabels: LabelTable<Comparator> = /* @__PURE__ */ (() => ({
  eq: comparatorTable.eq.label,
  approx: comparatorTable.approx.label,
  nearly: comparatorTable.nearly.label,
  gt: comparatorTable.gt.label,
  gte: comparatorTable.gte.label,
  lt: comparatorTable.lt.label,
  lte: comparatorTable.lte.label,
  range: comparatorTable.range.label,
}))();
