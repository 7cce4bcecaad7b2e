import { type ComparatorDirection, comparatorBounds } from "./comparators";
import type { Comparator } from "./types";
import { weakestComparator } from "./weakest-comparator";

/**
 * A figure being summed in place: a value, the upper end of a range, and a comparator.
 *
 * @internal
 */
export interface FigureAccumulator {
  value: number;
  upper?: number | undefined;
  comparator: Comparator;
}

const fromBelow = (direction: ComparatorDirection) =>
  direction === "exact" || direction === "between" || direction === "lower";
const fromAbove = (direction: ComparatorDirection) =>
  direction === "exact" || direction === "between" || direction === "upper";

/**
 * Adds a figure into an accumulator by the bounds each guarantees (interval addition, read from
 * the comparator table): exact plus exact is exact, ranges and exact figures add to a range,
 * bounds of one direction stay in it — the comparator both share, or the weakest of that
 * direction, exclusive when either end is — and mixed directions or an estimate give an
 * estimate of the summed values. Commutative; associative except for the estimate's value when
 * a range meets an upper bound first (its value is then the summed upper ends).
 *
 * @internal
 */
export function addFigureInto(
  target: FigureAccumulator,
  term: {
    readonly value: number;
    readonly upper?: number | undefined;
    readonly comparator: Comparator;
  },
): void {
  const a = comparatorBounds[target.comparator];
  const b = comparatorBounds[term.comparator];
  const value = target.value + term.value;
  const below = fromBelow(a.direction) && fromBelow(b.direction);
  const above = fromAbove(a.direction) && fromAbove(b.direction);
  const shared =
    target.comparator === term.comparator || b.direction === "exact"
      ? target.comparator
      : a.direction === "exact"
        ? term.comparator
        : undefined;
  if (below && above) {
    const upper =
      (a.direction === "between" ? (target.upper as number) : target.value) +
      (b.direction === "between" ? (term.upper as number) : term.value);
    target.value = value;
    if (upper === value) {
      if (target.upper !== undefined) delete target.upper;
      target.comparator = "eq";
    } else {
      target.upper = upper;
      target.comparator = "range";
    }
    return;
  }
  if (below) {
    target.value = value;
    target.comparator = keep(shared, "lower", a.inclusive && b.inclusive);
  } else if (above) {
    target.value =
      (a.direction === "between" ? (target.upper as number) : target.value) +
      (b.direction === "between" ? (term.upper as number) : term.value);
    target.comparator = keep(shared, "upper", a.inclusive && b.inclusive);
  } else {
    target.value = value;
    target.comparator = "approx";
  }
  // Only a range has an upper end; removing the key is rare (a range meeting a one-sided bound).
  if (target.upper !== undefined) delete target.upper;
}

/** The comparator both terms share, if it bounds this way; else the weakest that does. */
function keep(
  shared: Comparator | undefined,
  direction: "lower" | "upper",
  inclusive: boolean,
): Comparator {
  return shared !== undefined && comparatorBounds[shared].direction === direction
    ? shared
    : weakestComparator(direction, inclusive);
}
