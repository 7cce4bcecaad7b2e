// combineComparator over every pair the comparator table allows: the stricter bound in one
// direction, 近 over the other upper bounds, and an estimate when the directions differ.
import { describe, expect, it } from "vitest";
import { comparatorBounds } from "../../src/quantity/comparators";
import { comparatorValues } from "../../src/quantity/types";
import { combineComparator } from "../../src/text/qualifiers";

describe("combineComparator over every pair", () => {
  it("keeps a comparator combined with itself or with eq, from either side", () => {
    for (const comparator of comparatorValues) {
      expect(combineComparator(comparator, comparator)).toBe(comparator);
      expect(combineComparator(comparator, "eq")).toBe(comparator);
      expect(combineComparator("eq", comparator)).toBe(comparator);
    }
  });

  it("keeps the stricter of two bounds in one direction, whichever comes first", () => {
    expect(combineComparator("lt", "nearly")).toBe("nearly");
    expect(combineComparator("nearly", "lt")).toBe("nearly");
    expect(combineComparator("lte", "nearly")).toBe("nearly");
    expect(combineComparator("lte", "lt")).toBe("lt");
    expect(combineComparator("gte", "gt")).toBe("gt");
  });

  it("leaves an estimate when the directions differ or one is no bound", () => {
    for (const first of comparatorValues) {
      for (const second of comparatorValues) {
        if (first === second || first === "eq" || second === "eq") continue;
        const a = comparatorBounds[first].direction;
        const b = comparatorBounds[second].direction;
        const bounded = (a === "lower" || a === "upper") && a === b;
        if (!bounded) expect(combineComparator(first, second), `${first} ${second}`).toBe("approx");
        else expect(combineComparator(first, second)).toBe(combineComparator(second, first));
      }
    }
  });
});
