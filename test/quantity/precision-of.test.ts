import { describe, expect, it } from "vitest";
import { precisionOf } from "../../src/quantity/precision-of";

describe("precisionOf", () => {
  it("reads precision as the doc example shows", () => {
    expect(
      precisionOf({ value: 20_000_000_000, unit: "元", comparator: "eq", precision: 1e8 }),
    ).toBe(100000000);
    expect(precisionOf({ value: 4000, unit: "人", comparator: "eq" })).toBe(1);
    expect(precisionOf({ value: 6.7, unit: "%", comparator: "eq" })).toBe(0.1);
  });

  it("takes the last digit of the number when none was written, the finer end of a range", () => {
    expect(precisionOf({ value: 0.25, comparator: "eq" })).toBe(0.01);
    expect(precisionOf({ value: 0, comparator: "eq" })).toBe(1);
    expect(precisionOf({ value: 30, upper: 40.5, comparator: "range" })).toBe(0.1);
    expect(precisionOf({ value: 36_310_000_000, comparator: "eq", precision: 1e7 })).toBe(1e7);
  });
});
