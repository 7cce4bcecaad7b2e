import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addQuantities } from "../../src/quantity/add-quantities";
import type { Comparator, Quantity } from "../../src/quantity/types";
import { allows, truthOf } from "./comparator-meaning";

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
    // A true value each term allows and whether the sum allows their total, both read from what
    // the comparators mean (DESIGN: 达 = exactly, 余/超过 above, 以上 at least, 近/不足 below, 以下
    // at most, 约 anything, a range both ends included), not from boundsOf, which the sum is built on.
    const withTruth = anyTerm.chain((q) => truthOf(q).map((truth) => ({ q, truth })));
    fc.assert(
      fc.property(fc.array(withTruth, { minLength: 1, maxLength: 6 }), (terms) => {
        const [first, ...rest] = terms.map((t) => t.q) as [Quantity, ...Quantity[]];
        const sum = addQuantities(first, ...rest);
        const truth = terms.reduce((total, t) => total + t.truth, 0);
        expect(allows(sum, truth), `${JSON.stringify(sum)} allows ${truth}`).toBe(true);
      }),
    );
  });
});
