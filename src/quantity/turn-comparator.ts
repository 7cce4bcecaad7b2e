import { comparatorBounds } from "./comparators";
import type { Comparator } from "./types";
import { weakestComparator } from "./weakest-comparator";

/**
 * How a bound on a divisor bounds the quotient, read from {@link comparatorTable}: the direction
 * turns around and the inclusivity stays (a denominator of 5万余 makes the ratio an upper bound,
 * 不足100 a lower one), taking the weakest comparator of the new direction (近 says how close,
 * which does not survive division). Exact stays exact; an estimate or a range (whose value is
 * its lower end) becomes an estimate.
 *
 * @internal
 */
export function turnComparator(comparator: Comparator): Comparator {
  const { direction, inclusive } = comparatorBounds[comparator];
  if (direction === "exact") return comparator;
  if (direction !== "lower" && direction !== "upper") return "approx";
  return weakestComparator(direction === "lower" ? "upper" : "lower", inclusive);
}
