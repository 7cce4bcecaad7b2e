import { describe, expect, it } from "vitest";
import { formatQuantity } from "../../src/quantity/format-quantity";
import type { Comparator, Quantity } from "../../src/quantity/types";
import { parseQuantity } from "../../src/text/parse-quantity";

const q = (value: number, unit: string, comparator: Comparator = "eq"): Quantity => ({
  value,
  unit,
  comparator,
});

describe("formatQuantity of a figure in a scaled word", () => {
  it("writes the scale once, in the base word", () => {
    expect(formatQuantity(q(3403000, "万元"))).toBe("340.3亿元");
    expect(formatQuantity(q(3403000, "万元"), { locale: "zh-TW" })).toBe("340.3億元");
    expect(formatQuantity(q(2.5, "万人次", "gt"))).toBe("2.5万余人次");
    expect(formatQuantity(q(0.5, "万元"))).toBe("5000元");
    expect(formatQuantity(q(12, "亿元", "nearly"))).toBe("近12亿元");
    expect(formatQuantity({ value: 3, upper: 5, unit: "万人", comparator: "range" })).toBe(
      "3万至5万人",
    );
  });

  it("keeps the written precision on the base word's scale", () => {
    expect(formatQuantity({ ...q(363, "亿元"), precision: 0.1 })).toBe("363.0亿元");
  });

  it("writes a figure that would overflow in the base word as given, and English as given", () => {
    expect(formatQuantity(q(1e305, "亿元"))).toMatch(/^10+亿元$/);
    expect(formatQuantity(q(1e305, "亿元"))).not.toMatch(/Infinity|NaN/);
    expect(formatQuantity(q(3403000, "万元"), { locale: "en" })).toBe("3,403,000 万元");
  });

  it("is read back as the same amount in the base word", () => {
    expect(parseQuantity(formatQuantity(q(3403000, "万元")))).toEqual({
      value: 34030000000,
      unit: "元",
      comparator: "eq",
      precision: 10000000,
    });
  });
});
