import { type ComparatorDirection, comparatorBounds } from "./comparators";
import type { Comparator } from "./types";
import { weakestComparator } from "./weakest-comparator";

/**
 * The qualifier of a sum of two qualified figures, read from {@link comparatorTable}. The
 * comparators form a join-semilattice (so the fold is commutative and associative): an exact
 * figure is the identity, an estimate absorbs everything, two ranges stay a range, bounds of
 * one direction stay in it (a range counting as bounded from below by its lower end): the
 * comparator both share if they share one, otherwise the weakest comparator of the direction
 * that is exclusive when either is (so `gt` wins over `gte`, and 近 survives only with 近), and
 * a lower with an upper bound is `approx`.
 *
 * @internal
 */
export function joinComparators(a: Comparator, b: Comparator): Comparator {
  if (a === b) return a;
  const left = comparatorBounds[a];
  const right = comparatorBounds[b];
  if (left.direction === "exact") return b;
  if (right.direction === "exact") return a;
  const direction = lowerIfBetween(left, right);
  if (direction === undefined) return "approx";
  return weakestComparator(direction, left.inclusive && right.inclusive);
}

/** The one direction both bound, a range bounding from below; `undefined` when there is none. */
function lowerIfBetween(
  left: { readonly direction: ComparatorDirection },
  right: { readonly direction: ComparatorDirection },
): "lower" | "upper" | undefined {
  const l = left.direction === "between" ? "lower" : left.direction;
  const r = right.direction === "between" ? "lower" : right.direction;
  if (l !== r || (l !== "lower" && l !== "upper")) return undefined;
  return l;
}
