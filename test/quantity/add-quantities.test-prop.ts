import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addQuantities } from "../../src/quantity/add-quantities";
import { boundsOf } from "../../src/quantity/bounds-of";
import type { Comparator, Quantity } from "../../src/quantity/types";

const comparator = fc.constantFrom<Comparator>("eq", "approx", "nearly", "gt", "gte", "lt", "lte");
const term: fc.Arbitrary<Quantity> = fc.record({
  value: fc.integer({ min: -1e9, max: 1e9 }),
  unit: fc.constant("人"),
  comparator,
});
/** Terms that include ranges: the sum's bounds stay sound with them in, and order does not matter. */
const anyTerm: fc.Arbitrary<Quantity> = fc.oneof(
  term,
  fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e6 })).map(
    ([value, width]): Quantity => ({
      value,
      upper: value + width,
      unit: "人",
      comparator: "range",
    }),
  ),
);

describe("addQuantities properties", () => {
  it("is commutative on values and comparators", () => {
    fc.assert(
      fc.property(anyTerm, anyTerm, (a, b) => {
        expect(addQuantities(a, b)).toEqual(addQuantities(b, a));
      }),
    );
  });

  it("is associative on values and comparators", () => {
    fc.assert(
      fc.property(term, term, term, (a, b, c) => {
        expect(addQuantities(addQuantities(a, b), c)).toEqual(
          addQuantities(a, addQuantities(b, c)),
        );
        expect(addQuantities(a, b, c)).toEqual(addQuantities(addQuantities(a, b), c));
      }),
    );
  });

  it("has eq 0 as identity", () => {
    fc.assert(
      fc.property(term, (a) => {
        expect(addQuantities(a, { value: 0, unit: "人", comparator: "eq" })).toEqual(a);
      }),
    );
  });

  it("claims only bounds that hold for every choice of true values", () => {
    // Pick a true value inside each term's bounds; the sum must lie inside the sum's bounds.
    const withTruth = anyTerm.chain((q) => {
      const bounds = boundsOf(q);
      const low = bounds.lower === undefined ? q.value - 1000 : bounds.lower.value;
      const high = bounds.upper === undefined ? q.value + 1000 : bounds.upper.value;
      const lowOk = bounds.lower?.inclusive !== false;
      const highOk = bounds.upper?.inclusive !== false;
      const min = lowOk ? low : low + 1;
      const max = highOk ? high : high - 1;
      return fc.integer({ min, max }).map((truth) => ({ q, truth }));
    });
    fc.assert(
      fc.property(fc.array(withTruth, { minLength: 1, maxLength: 6 }), (terms) => {
        const [first, ...rest] = terms.map((t) => t.q) as [Quantity, ...Quantity[]];
        const sum = addQuantities(first, ...rest);
        const truth = terms.reduce((total, t) => total + t.truth, 0);
        const { lower, upper } = boundsOf(sum);
        if (lower !== undefined) {
          expect(lower.inclusive ? truth >= lower.value : truth > lower.value).toBe(true);
        }
        if (upper !== undefined) {
          expect(upper.inclusive ? truth <= upper.value : truth < upper.value).toBe(true);
        }
      }),
    );
  });
});
