import { describe, expect, it } from "vitest";
import { formatQuantity, shownQuantity } from "../../src/quantity/format-quantity";

describe("formatQuantity exact", () => {
  it("writes every digit at the scale, as the doc example shows", () => {
    expect(formatQuantity({ value: 123457, unit: "人", comparator: "eq" }, { exact: true })).toBe(
      "12.3457万人",
    );
  });

  it("rounds nothing away for any comparator, range or locale", () => {
    expect(formatQuantity({ value: 49995, unit: "人", comparator: "gt" }, { exact: true })).toBe(
      "4.9995万余人",
    );
    expect(
      formatQuantity(
        { value: 36310000001, unit: "元", comparator: "eq", precision: 1e7 },
        { exact: true },
      ),
    ).toBe("363.10000001亿元");
    expect(
      formatQuantity(
        { value: 29999, upper: 40001, unit: "人", comparator: "range" },
        { exact: true },
      ),
    ).toBe("2.9999万至4.0001万人");
    expect(
      formatQuantity(
        { value: 123457, unit: "人", comparator: "eq" },
        { exact: true, locale: "zh-TW" },
      ),
    ).toBe("12.3457萬人");
    expect(
      formatQuantity(
        { value: 1234.5678, unit: "人", comparator: "nearly" },
        { exact: true, locale: "en" },
      ),
    ).toBe("nearly 1,234.5678 人");
    expect(formatQuantity({ value: 6.6666, unit: "%", comparator: "eq" }, { exact: true })).toBe(
      "6.6666%",
    );
  });
});

describe("shownQuantity", () => {
  it("gives the numbers the canonical form prints", () => {
    expect(shownQuantity({ value: 123456, unit: "人", comparator: "eq" })).toEqual({
      value: 123500,
      unit: "人",
      comparator: "eq",
    });
    expect(shownQuantity({ value: 49995, unit: "人", comparator: "gt" })).toEqual({
      value: 49900,
      unit: "人",
      comparator: "gt",
    });
    expect(shownQuantity({ value: 2e10, unit: "元", comparator: "eq", precision: 1e8 })).toEqual({
      value: 2e10,
      unit: "元",
      comparator: "eq",
    });
    expect(shownQuantity({ value: 123456, unit: "人", comparator: "eq" }, "en")).toEqual({
      value: 123456,
      unit: "人",
      comparator: "eq",
    });
  });
});
