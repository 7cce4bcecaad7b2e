import { type ComparatorDirection, comparatorBounds } from "./comparators";
import type { Comparator } from "./types";

/**
 * The least strict comparator of {@link comparatorTable} bounding in `direction` with the given
 * inclusivity: `gt`/`gte` from below, `lt`/`lte` from above (never 近, which also says how close).
 *
 * @internal
 */
export function weakestComparator(direction: "lower" | "upper", inclusive: boolean): Comparator {
  let best: Comparator = "approx";
  let strictness = Number.POSITIVE_INFINITY;
  for (const [comparator, meaning] of Object.entries(comparatorBounds) as [
    Comparator,
    {
      readonly direction: ComparatorDirection;
      readonly inclusive: boolean;
      readonly strictness: number;
    },
  ][]) {
    if (meaning.direction !== direction || meaning.inclusive !== inclusive) continue;
    if (meaning.strictness < strictness) {
      best = comparator;
      strictness = meaning.strictness;
    }
  }
  return best;
}
