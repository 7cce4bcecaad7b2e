import { describe, expect, it } from "vitest";
import { ShiliuError } from "../../src/core/shiliu-error";
import { addQuantities } from "../../src/quantity/add-quantities";
import type { Comparator, Quantity } from "../../src/quantity/types";

const q = (value: number, comparator: Comparator = "eq", unit = "人"): Quantity => ({
  value,
  unit,
  comparator,
});

describe("addQuantities", () => {
  it("adds as the doc example shows", () => {
    expect(
      addQuantities(
        { value: 4, unit: "个", comparator: "eq" },
        { value: 11, unit: "个", comparator: "eq" },
        { value: 20, unit: "个", comparator: "eq" },
      ),
    ).toEqual({ value: 35, unit: "个", comparator: "eq" });
    expect(
      addQuantities(
        { value: 50000, unit: "人", comparator: "gt" },
        { value: 100, unit: "人", comparator: "gte" },
      ),
    ).toEqual({ value: 50100, unit: "人", comparator: "gt" });
    expect(
      addQuantities(
        { value: 30, upper: 40, unit: "场", comparator: "range" },
        { value: 5, unit: "场次", comparator: "eq" },
      ),
    ).toEqual({ value: 35, upper: 45, unit: "场次", comparator: "range" });
  });

  it("sums the 绥江县 demonstration units (省级4, 市级11, 县级20) to 35", () => {
    const provincial = q(4, "eq", "个");
    const prefectural = q(11, "eq", "个");
    const county = q(20, "eq", "个");
    expect(addQuantities(provincial, prefectural, county)).toEqual(q(35, "eq", "个"));
  });

  it("keeps bounds in their direction and turns mixed directions into approx", () => {
    expect(addQuantities(q(1, "gte"), q(2, "gte")).comparator).toBe("gte");
    expect(addQuantities(q(1, "gte"), q(2)).comparator).toBe("gte");
    expect(addQuantities(q(1, "nearly"), q(2)).comparator).toBe("nearly");
    expect(addQuantities(q(1, "nearly"), q(2, "nearly")).comparator).toBe("nearly");
    expect(addQuantities(q(1, "nearly"), q(2, "lte")).comparator).toBe("lt");
    expect(addQuantities(q(1, "lte"), q(2, "lte")).comparator).toBe("lte");
    expect(addQuantities(q(1, "lt"), q(2, "lte")).comparator).toBe("lt");
    expect(addQuantities(q(1, "gt"), q(2, "lt")).comparator).toBe("approx");
    expect(addQuantities(q(1, "approx"), q(2)).comparator).toBe("approx");
  });

  it("returns a copy of a single term and leaves its inputs alone", () => {
    const term = Object.freeze(q(5, "gt"));
    const sum = addQuantities(term);
    expect(sum).toEqual(term);
    expect(sum).not.toBe(term);
  });

  it("adds bare numbers without a unit key", () => {
    expect(addQuantities({ value: 1, comparator: "eq" }, { value: 2, comparator: "eq" })).toEqual({
      value: 3,
      comparator: "eq",
    });
  });

  it("throws UNIT_MISMATCH naming every term whose unit differs", () => {
    expect(() => addQuantities(q(1), q(2, "eq", "元"))).toThrow(ShiliuError);
    try {
      addQuantities(q(1), q(2, "eq", "元"), q(3), { value: 4, comparator: "eq" });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: "UNIT_MISMATCH",
        issues: [
          { path: [1], message: "单位不一致：人 与 元" },
          { path: [3], message: "单位不一致：人 与 （无单位）" },
        ],
      });
    }
  });

  it("adds ranges by their ends, and keeps the side a range shares with a one-sided bound", () => {
    const range = (value: number, upper: number): Quantity => ({
      value,
      upper,
      unit: "人",
      comparator: "range",
    });
    expect(addQuantities(range(30, 40), range(2000, 3000))).toEqual(range(2030, 3040));
    expect(addQuantities(range(30, 40), q(10))).toEqual(range(40, 50));
    expect(addQuantities(range(30, 40), q(100, "gt"))).toEqual(q(130, "gt"));
    expect(addQuantities(range(30, 40), q(100, "gte"))).toEqual(q(130, "gte"));
    expect(addQuantities(range(30, 40), q(100, "lte"))).toEqual(q(140, "lte"));
    expect(addQuantities(range(30, 40), q(100, "nearly"))).toEqual(q(140, "lt"));
    expect(addQuantities(range(30, 40), q(100, "approx"))).toEqual(q(130, "approx"));
  });

  it("adds units the unit table calls the same quantity, on one scale", () => {
    expect(addQuantities(q(3, "eq", "人"), q(2, "eq", "名"), q(1, "eq", "位"))).toEqual(q(6));
    expect(addQuantities(q(2, "eq", "万元"), q(5000, "eq", "元"))).toEqual(q(25000, "eq", "元"));
    expect(addQuantities(q(2, "eq", "万元"), q(3, "eq", "万元"))).toEqual(q(5, "eq", "万元"));
    expect(() => addQuantities(q(3, "eq", "人"), q(2, "eq", "人次"))).toThrow(
      expect.objectContaining({ code: "UNIT_MISMATCH" }),
    );
    expect(() => addQuantities(q(3, "eq", "个"), q(2, "eq", "处"))).toThrow(
      expect.objectContaining({ code: "UNIT_MISMATCH" }),
    );
  });

  it("refuses a sum that is not a finite number", () => {
    const huge = q(Number.MAX_VALUE);
    expect(() => addQuantities(huge, huge)).toThrow(
      expect.objectContaining({ code: "INVALID_QUANTITY" }),
    );
    expect(() => addQuantities(q(Number.NaN), q(1))).toThrow(ShiliuError);
  });

  it("carries the coarsest written precision", () => {
    const written = (value: number, precision: number): Quantity => ({
      value,
      unit: "元",
      comparator: "eq",
      precision,
    });
    expect(addQuantities(written(2e10, 1e8), written(3.631e10, 1e7))).toEqual(
      written(5.631e10, 1e8),
    );
    expect(addQuantities(written(2e10, 1e8), q(5, "eq", "元"))).toEqual(written(20000000005, 1e8));
    expect(addQuantities(q(1), q(2))).not.toHaveProperty("precision");
  });
});
