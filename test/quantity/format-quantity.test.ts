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
    expect(formatQuantity({ value: 50000, unit: "人", comparator: "gt" }, { locale: "en" })).toBe(
      "more than 50,000 人",
    );
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
