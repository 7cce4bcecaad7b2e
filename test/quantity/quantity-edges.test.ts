// The edges of the quantity functions: ranges and precisions safeQuantity must refuse, what it
// keeps of those it accepts, the failures addQuantities throws, sums of one quantity written on
// different scales, and how a divisor's bound turns a quotient's comparator around.
import { describe, expect, it } from "vitest";
import { ShiliuError } from "../../src/core/shiliu-error";
import { addQuantities } from "../../src/quantity/add-quantities";
import { safeQuantity } from "../../src/quantity/safe-quantity";
import { turnComparator } from "../../src/quantity/turn-comparator";
import type { Comparator } from "../../src/quantity/types";

function thrown(run: () => unknown): ShiliuError {
  try {
    run();
  } catch (error) {
    if (error instanceof ShiliuError) return error;
    throw error;
  }
  throw new Error("nothing was thrown");
}

describe("safeQuantity at its edges", () => {
  it("keeps a range's upper end and a written precision, and writes −0 as 0", () => {
    expect(safeQuantity(30, "人", "range", { upper: 40, precision: 10 })).toEqual({
      ok: true,
      value: { value: 30, upper: 40, unit: "人", comparator: "range", precision: 10 },
    });
    const result = safeQuantity(-1, undefined, "range", { upper: -0 });
    expect(result.ok && Object.is(result.value.upper, 0)).toBe(true);
    const zero = safeQuantity(-0);
    expect(zero.ok && Object.is(zero.value.value, 0)).toBe(true);
  });

  it.each([
    ["an upper end equal to the value", 30, "range", 30],
    ["an upper end below the value", 30, "range", 20],
    ["an infinite upper end", 30, "range", Number.POSITIVE_INFINITY],
    ["a NaN upper end", 30, "range", Number.NaN],
    ["an upper end that is a string", 30, "range", "40"],
    ["a range without an upper end", 30, "range", undefined],
    ["an upper end on a figure that is no range", 30, "gt", 40],
  ] as const)("refuses %s as invalid_range", (_, value, comparator, upper) => {
    const result = safeQuantity(value, "人", comparator as Comparator, {
      upper: upper as number,
      locale: "en",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("invalid_range");
    expect(result.message).toMatch(/^a range needs a finite upper end above its value/);
  });

  it("names the upper end it refused", () => {
    expect(safeQuantity(30, "人", "range", { upper: 20 })).toEqual({
      ok: false,
      reason: "invalid_range",
      message: "区间须有大于下限的有限上限，且只有区间才有上限，收到上限 20",
    });
  });

  it.each([
    ["zero", 0],
    ["a negative precision", -1],
    ["an infinite precision", Number.POSITIVE_INFINITY],
    ["NaN", Number.NaN],
    ["a string", "1"],
  ] as const)("refuses %s as a precision", (_, precision) => {
    expect(safeQuantity(5, "人", "eq", { precision: precision as number, locale: "en" })).toEqual({
      ok: false,
      reason: "invalid_precision",
      message: expect.stringMatching(/^the precision must be a positive finite number, got /),
    });
  });

  it("accepts the smallest positive precision", () => {
    expect(safeQuantity(5, "人", "eq", { precision: Number.MIN_VALUE }).ok).toBe(true);
  });
});

describe("addQuantities at its edges", () => {
  it("refuses a figure with a unit beside one without, naming each and the offending term", () => {
    const error = thrown(() =>
      addQuantities({ value: 1, unit: "人", comparator: "eq" }, { value: 2, comparator: "eq" }),
    );
    expect(error.code).toBe("UNIT_MISMATCH");
    expect(error.issues).toEqual([
      { path: [1], message: "单位不一致：人 与 （无单位）", reason: "unit_mismatch" },
    ]);
    const reversed = thrown(() =>
      addQuantities({ value: 2, comparator: "eq" }, { value: 1, unit: "人", comparator: "eq" }),
    );
    expect(reversed.issues).toEqual([
      { path: [1], message: "单位不一致：（无单位） 与 人", reason: "unit_mismatch" },
    ]);
  });

  it("refuses a sum that is no finite number, saying so", () => {
    const error = thrown(() =>
      addQuantities(
        { value: Number.MAX_VALUE, comparator: "eq" },
        { value: Number.MAX_VALUE, comparator: "eq" },
      ),
    );
    expect(error.code).toBe("INVALID_QUANTITY");
    expect(error.issues).toEqual([
      { path: [], message: "合计超出可表示的有限数范围", reason: "not_finite" },
    ]);
    const upper = thrown(() =>
      addQuantities(
        { value: 1, upper: Number.MAX_VALUE, comparator: "range" },
        { value: 1, upper: Number.MAX_VALUE, comparator: "range" },
      ),
    );
    expect(upper.code).toBe("INVALID_QUANTITY");
  });

  it("adds one quantity written on two scales in its base word, ends and precision shifted", () => {
    expect(
      addQuantities(
        { value: 3, upper: 4, unit: "万元", comparator: "range", precision: 1 },
        { value: 5000, unit: "元", comparator: "eq" },
      ),
    ).toEqual({ value: 35000, upper: 45000, unit: "元", comparator: "range", precision: 10000 });
    expect(
      addQuantities(
        { value: 5000, unit: "元", comparator: "eq" },
        { value: 1.5, unit: "万元", comparator: "eq", precision: 0.1 },
      ),
    ).toEqual({ value: 20000, unit: "元", comparator: "eq", precision: 1000 });
  });

  it("keeps a first range's upper end, and writes a sum of −0 as 0", () => {
    expect(
      addQuantities(
        { value: 30, upper: 40, unit: "人", comparator: "range" },
        { value: 5, unit: "人", comparator: "eq" },
      ),
    ).toEqual({ value: 35, upper: 45, unit: "人", comparator: "range" });
    const zero = addQuantities({ value: -0, comparator: "eq" }, { value: -0, comparator: "eq" });
    expect(Object.is(zero.value, 0)).toBe(true);
    const upper = addQuantities(
      { value: -1, upper: -0, comparator: "range" },
      { value: -0, comparator: "eq" },
    );
    expect(Object.is(upper.upper, 0)).toBe(true);
  });

  it("gives the sum a precision only when a term was written with one", () => {
    expect(
      addQuantities(
        { value: 5, comparator: "eq" },
        { value: 100, comparator: "eq", precision: 100 },
      ),
    ).toEqual({ value: 105, comparator: "eq", precision: 100 });
    expect(addQuantities({ value: 5, comparator: "eq" }, { value: 100, comparator: "eq" })).toEqual(
      { value: 105, comparator: "eq" },
    );
  });
});

describe("turnComparator", () => {
  it.each([
    ["eq", "eq"],
    ["gt", "lt"],
    ["gte", "lte"],
    ["lt", "gt"],
    ["lte", "gte"],
    ["nearly", "gt"],
    ["approx", "approx"],
    ["range", "approx"],
  ] as const)("turns a divisor's %s into a quotient's %s", (divisor, quotient) => {
    expect(turnComparator(divisor)).toBe(quotient);
  });
});
