import { comparatorBounds } from "./comparators";
import { precisionOf } from "./precision-of";
import type { Comparator, Quantity } from "./types";
import { weakestComparator } from "./weakest-comparator";

/**
 * A running sum of qualified figures, kept as the bounds the terms guarantee (interval
 * addition, read from the comparator table), so exact plus exact is exact, ranges add to a
 * range, one-sided bounds stay one-sided, and mixed directions or an estimate leave an estimate.
 * Mutable on purpose: roll-up keeps one per region.
 *
 * @internal
 */
export interface FigureSum {
  /** The sum of the terms' values (for a range its lower end): the value of an estimate. */
  value: number;
  lower: number | undefined;
  lowerOpen: boolean;
  upper: number | undefined;
  upperOpen: boolean;
  /** The one non-exact comparator every term shares, `"eq"` when all are exact, else `undefined`. */
  shared: Comparator | undefined;
  /** The coarsest precision of the terms (see `precisionOf`). */
  precision: number;
  /** Whether any term had a written precision (only then does the sum carry one). */
  written: boolean;
}

/** Starts a sum with one figure (its value, upper end and precision as given). @internal */
export function startSum(q: Quantity): FigureSum {
  const { direction, inclusive } = comparatorBounds[q.comparator];
  const lowerSide = direction === "exact" || direction === "between" || direction === "lower";
  const upperSide = direction === "exact" || direction === "between" || direction === "upper";
  return {
    value: q.value,
    lower: lowerSide ? q.value : undefined,
    lowerOpen: lowerSide && !inclusive,
    upper: upperSide ? (direction === "between" ? (q.upper as number) : q.value) : undefined,
    upperOpen: upperSide && !inclusive,
    shared: q.comparator,
    precision: precisionOf(q),
    written: q.precision !== undefined,
  };
}

/** Adds one sum into another, in place. @internal */
export function addToSum(sum: FigureSum, term: FigureSum): void {
  sum.value += term.value;
  sum.lower =
    sum.lower === undefined || term.lower === undefined ? undefined : sum.lower + term.lower;
  sum.lowerOpen = sum.lower !== undefined && (sum.lowerOpen || term.lowerOpen);
  sum.upper =
    sum.upper === undefined || term.upper === undefined ? undefined : sum.upper + term.upper;
  sum.upperOpen = sum.upper !== undefined && (sum.upperOpen || term.upperOpen);
  if (term.shared !== "eq") {
    sum.shared = sum.shared === "eq" || sum.shared === term.shared ? term.shared : undefined;
  }
  sum.precision = Math.max(sum.precision, term.precision);
  sum.written ||= term.written;
}

/** Whether every number of the sum is finite. @internal */
export function isFiniteSum(sum: FigureSum): boolean {
  return (
    Number.isFinite(sum.value) &&
    (sum.lower === undefined || Number.isFinite(sum.lower)) &&
    (sum.upper === undefined || Number.isFinite(sum.upper))
  );
}

/** The comparator, value and upper end a sum states. @internal */
export function figureOfSum(sum: FigureSum): {
  readonly value: number;
  readonly upper?: number;
  readonly comparator: Comparator;
} {
  const { lower, upper } = sum;
  if (lower !== undefined && upper !== undefined) {
    return lower === upper
      ? { value: lower, comparator: "eq" }
      : { value: lower, upper, comparator: "range" };
  }
  if (lower !== undefined)
    return { value: lower, comparator: kept(sum.shared, "lower", !sum.lowerOpen) };
  if (upper !== undefined)
    return { value: upper, comparator: kept(sum.shared, "upper", !sum.upperOpen) };
  return { value: sum.value, comparator: "approx" };
}

/** The comparator every term shared, if it bounds in this direction; else the weakest that does. */
function kept(
  shared: Comparator | undefined,
  direction: "lower" | "upper",
  inclusive: boolean,
): Comparator {
  if (shared !== undefined && comparatorBounds[shared].direction === direction) return shared;
  return weakestComparator(direction, inclusive);
}
