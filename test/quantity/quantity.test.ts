import { describe, expect, it } from "vitest";
import { ShiliuError } from "../../src/core/shiliu-error";
import { quantity } from "../../src/quantity/quantity";

describe("quantity", () => {
  it("builds figures as the doc example shows", () => {
    expect(quantity(50000, "人", "gt")).toEqual({ value: 50000, unit: "人", comparator: "gt" });
    expect(quantity(12)).toEqual({ value: 12, comparator: "eq" });
  });

  it("omits the unit key rather than storing undefined", () => {
    expect(Object.keys(quantity(3))).toEqual(["value", "comparator"]);
  });

  it("turns -0 into 0", () => {
    expect(Object.is(quantity(-0).value, 0)).toBe(true);
  });

  it("throws INVALID_QUANTITY for non-finite values, empty units and unknown comparators", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => quantity(value, "人")).toThrow(ShiliuError);
    }
    expect(() => quantity(1, "")).toThrow(ShiliuError);
    expect(() => quantity(1, "人", "about" as never)).toThrow(ShiliuError);
    try {
      quantity(Number.NaN, "人", "eq", { locale: "en" });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: "INVALID_QUANTITY",
        issues: [
          {
            path: [],
            reason: "not_finite",
            message: "the value must be a finite number, got not a number",
          },
        ],
      });
    }
  });
});
