// What each comparator says of the true value behind a figure, written out from DESIGN's reading
// of the qualifiers, for property tests that must not judge bounds with the code they test
// (boundsOf and the comparator table).
import fc from "fast-check";
import type { Quantity } from "../../src/quantity/types";

/**
 * Whether a figure allows `truth` as its true value: eq exactly its value, gt above it, gte at
 * least it, nearly and lt below it, lte at most it, range from its value to its upper end with
 * both ends included, approx any value.
 */
export function allows(q: Quantity, truth: number): boolean {
  switch (q.comparator) {
    case "eq":
      return truth === q.value;
    case "gt":
      return truth > q.value;
    case "gte":
      return truth >= q.value;
    case "nearly":
    case "lt":
      return truth < q.value;
    case "lte":
      return truth <= q.value;
    case "range":
      return q.upper !== undefined && truth >= q.value && truth <= q.upper;
    case "approx":
      return true;
  }
}

/**
 * Integer true values a figure with an integer value allows, up to `spread` away where it has no
 * bound on that side; each one passes {@link allows}.
 */
export function truthOf(q: Quantity, spread = 1000): fc.Arbitrary<number> {
  const { value } = q;
  switch (q.comparator) {
    case "eq":
      return fc.constant(value);
    case "gt":
      return fc.integer({ min: value + 1, max: value + spread });
    case "gte":
      return fc.integer({ min: value, max: value + spread });
    case "nearly":
    case "lt":
      return fc.integer({ min: value - spread, max: value - 1 });
    case "lte":
      return fc.integer({ min: value - spread, max: value });
    case "range":
      return fc.integer({ min: value, max: q.upper ?? value });
    case "approx":
      return fc.integer({ min: value - spread, max: value + spread });
  }
}
