import { describe, expect, it } from "vitest";
import { formatQuantity } from "../../src/quantity/format-quantity";
import type { Comparator, Quantity } from "../../src/quantity/types";

const q = (value: number, unit: string | undefined, comparator: Comparator): Quantity =>
  unit === undefined ? { value, comparator } : { value, unit, comparator };

describe("formatQuantity", () => {
  it("writes figures as the doc example shows", () => {
    expect(formatQuantity({ value: 625000, unit: "人次", comparator: "eq" })).toBe("62.5万人次");
    expect(formatQuantity({ value: 50000, unit: "人", comparator: "gt" })).toBe("5万余人");
    expect(formatQuantity({ value: 4000, unit: "人", comparator: "nearly" })).toBe("近4000人");
    expect(
      formatQuantity({ value: 50000, unit: "人", comparator: "gt" }, { locale: "zh-TW" }),
    ).toBe("5萬餘人");
    expect(formatQuantity({ value: 30, upper: 40, unit: "人", comparator: "range" })).toBe(
      "30至40人",
    );
    expect(formatQuantity({ value: 50000, unit: "人", comparator: "gt" }, { locale: "en" })).toBe(
      "more than 50,000 人",
    );
  });

  it("never claims more than it knows: a lower bound rounds down, an upper bound up", () => {
    expect(formatQuantity(q(49995, "人", "gt"))).toBe("4.99万余人");
    expect(formatQuantity(q(49995, "人", "gte"))).toBe("4.99万人以上");
    expect(formatQuantity(q(40001, "人", "nearly"))).toBe("近4.01万人");
    expect(formatQuantity(q(12341, "人", "lt"))).toBe("不足1.24万人");
    expect(formatQuantity(q(12341, "人", "lte"))).toBe("1.24万人以下");
    expect(formatQuantity(q(99.999, "%", "gt"))).toBe("超过99.99%");
    expect(formatQuantity(q(9999.995, "人", "gt"))).toBe("9999.99余人");
    expect(formatQuantity(q(12345, "人", "eq"))).toBe("1.23万人");
    expect(formatQuantity({ value: 12345, upper: 23456, unit: "人", comparator: "range" })).toBe(
      "1.23万至2.35万人",
    );
  });

  it("refuses a value it was not given rather than printing one", () => {
    expect(() => formatQuantity({ value: Number.NaN, unit: "人", comparator: "eq" })).toThrow(
      expect.objectContaining({ code: "INVALID_QUANTITY" }),
    );
    expect(() =>
      formatQuantity({ value: Number.POSITIVE_INFINITY, comparator: "gt" }, { locale: "en" }),
    ).toThrow(/finite/);
    expect(() => formatQuantity({ value: 1, comparator: "range" })).toThrow(
      expect.objectContaining({ code: "INVALID_QUANTITY" }),
    );
    expect(() => formatQuantity({ value: 1, comparator: "x" as Comparator })).toThrow(
      expect.objectContaining({ code: "INVALID_QUANTITY" }),
    );
  });

  it("writes ranges with each end at its own scale, % on both ends", () => {
    const range = (value: number, upper: number, unit: string): Quantity => ({
      value,
      upper,
      unit,
      comparator: "range",
    });
    expect(formatQuantity(range(2000, 3000, "人次"))).toBe("2000至3000人次");
    expect(formatQuantity(range(30000, 50000, "人"))).toBe("3万至5万人");
    expect(formatQuantity(range(5, 8, "%"))).toBe("5%至8%");
    expect(formatQuantity(range(30000, 50000, "人"), { locale: "zh-TW" })).toBe("3萬至5萬人");
    expect(formatQuantity(range(30, 40, "人"), { locale: "en" })).toBe("30 to 40 人");
  });

  it("prints a written precision to its place, zeros kept, never finer than 2 decimals", () => {
    expect(formatQuantity({ value: 2e10, unit: "元", comparator: "eq", precision: 1e8 })).toBe(
      "200亿元",
    );
    expect(formatQuantity({ value: 2e10, unit: "元", comparator: "eq", precision: 1e7 })).toBe(
      "200.0亿元",
    );
    expect(formatQuantity({ value: 6, unit: "%", comparator: "eq", precision: 0.1 })).toBe("6.0%");
    expect(formatQuantity({ value: 50000, unit: "人", comparator: "gt", precision: 1e4 })).toBe(
      "5万余人",
    );
    expect(formatQuantity({ value: 4000, unit: "人", comparator: "eq", precision: 1 })).toBe(
      "4000人",
    );
    expect(formatQuantity({ value: 1.23456, comparator: "eq", precision: 1e-5 })).toBe("1.23");
  });

  it("writes one canonical zh-CN form per comparator", () => {
    expect(formatQuantity(q(12000, "人", "approx"))).toBe("约1.2万人");
    expect(formatQuantity(q(100, "人", "gte"))).toBe("100人以上");
    expect(formatQuantity(q(100, "人", "lt"))).toBe("不足100人");
    expect(formatQuantity(q(100, "人", "lte"))).toBe("100人以下");
    expect(formatQuantity(q(99, "%", "eq"))).toBe("99%");
    expect(formatQuantity(q(1234, "人", "gt"))).toBe("1234余人");
    expect(formatQuantity(q(43000, "人", "gt"))).toBe("4.3万余人");
    expect(formatQuantity(q(99, "%", "gt"))).toBe("超过99%");
  });

  it("writes the seed figures as the articles print them", () => {
    expect(formatQuantity(q(36310000000, "元", "eq"))).toBe("363.1亿元");
    expect(formatQuantity(q(6031000000, "元", "eq"))).toBe("60.31亿元");
    expect(formatQuantity(q(100000, "人", "gt"))).toBe("10万余人");
    expect(formatQuantity(q(44.3, "%", "eq"))).toBe("44.3%");
    expect(formatQuantity(q(150, "场次", "gt"))).toBe("150余场次");
  });

  it("rounds half up to two decimals at the printed scale and trims zeros", () => {
    expect(formatQuantity(q(12345, "人", "eq"))).toBe("1.23万人");
    expect(formatQuantity(q(12350, "人", "eq"))).toBe("1.24万人");
    expect(formatQuantity(q(1.005, undefined, "eq"))).toBe("1.01");
    expect(formatQuantity(q(20000, "人", "eq"))).toBe("2万人");
    expect(formatQuantity(q(9999.999, "人", "eq"))).toBe("1万人");
    expect(formatQuantity(q(99999999, "元", "eq"))).toBe("1亿元");
    expect(formatQuantity(q(-50000, undefined, "eq"))).toBe("-5万");
  });

  it("writes zh-TW with 萬, 億, 餘, 約 and 超過", () => {
    expect(formatQuantity(q(36310000000, "元", "eq"), { locale: "zh-TW" })).toBe("363.1億元");
    expect(formatQuantity(q(12000, "人", "approx"), { locale: "zh-TW" })).toBe("約1.2萬人");
    expect(formatQuantity(q(99, "%", "gt"), { locale: "zh-TW" })).toBe("超過99%");
    expect(formatQuantity(q(100, "人", "lt"), { locale: "zh-TW" })).toBe("不足100人");
  });

  it("writes English with every digit grouped in thousands", () => {
    const en = { locale: "en" } as const;
    expect(formatQuantity(q(4000, "人", "nearly"), en)).toBe("nearly 4,000 人");
    expect(formatQuantity(q(12000, "人", "approx"), en)).toBe("about 12,000 人");
    expect(formatQuantity(q(100, "人", "gte"), en)).toBe("at least 100 人");
    expect(formatQuantity(q(100, "人", "lt"), en)).toBe("less than 100 人");
    expect(formatQuantity(q(100, "人", "lte"), en)).toBe("at most 100 人");
    expect(formatQuantity(q(625000, "人次", "eq"), en)).toBe("625,000 人次");
    expect(formatQuantity(q(99, "%", "eq"), en)).toBe("99%");
    expect(formatQuantity(q(1234567.891, undefined, "eq"), en)).toBe("1,234,567.89");
  });
});
