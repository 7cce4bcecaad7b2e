import { describe, expect, it } from "vitest";
import { parseQuantity } from "../../src/text/parse-quantity";

describe("parseQuantity", () => {
  it("reads figures as the doc example shows", () => {
    expect(parseQuantity("5万余人")).toEqual({ value: 50000, unit: "人", comparator: "gt" });
    expect(parseQuantity("近4000人")).toEqual({ value: 4000, unit: "人", comparator: "nearly" });
    expect(parseQuantity("363.1亿元")).toEqual({
      value: 36310000000,
      unit: "元",
      comparator: "eq",
    });
    expect(parseQuantity("知晓率")).toEqual(undefined);
  });

  it.each([
    ["4000人", "eq"],
    ["达4000人", "eq"],
    ["达到4000人", "eq"],
    ["共4000人", "eq"],
    ["计4000人", "eq"],
    ["合计4000人", "eq"],
    ["约4000人", "approx"],
    ["大约4000人", "approx"],
    ["大概4000人", "approx"],
    ["4000人左右", "approx"],
    ["4000人上下", "approx"],
    ["近4000人", "nearly"],
    ["将近4000人", "nearly"],
    ["接近4000人", "nearly"],
    ["4000余人", "gt"],
    ["4000多人", "gt"],
    ["超4000人", "gt"],
    ["超过4000人", "gt"],
    ["逾4000人", "gt"],
    ["4000人以上", "gte"],
    ["不足4000人", "lt"],
    ["不到4000人", "lt"],
    ["不满4000人", "lt"],
    ["未满4000人", "lt"],
    ["4000人以下", "lte"],
    ["4000人以内", "lte"],
  ])("reads the qualifier of %s as %s", (text, comparator) => {
    expect(parseQuantity(text)).toEqual({ value: 4000, unit: "人", comparator });
  });

  it("reads 余 and 多 around 万 as more than", () => {
    expect(parseQuantity("10余万人")).toEqual({ value: 100000, unit: "人", comparator: "gt" });
    expect(parseQuantity("5万余人")).toEqual({ value: 50000, unit: "人", comparator: "gt" });
    expect(parseQuantity("4.3万余人")).toEqual({ value: 43000, unit: "人", comparator: "gt" });
    expect(parseQuantity("500餘次")).toEqual({ value: 500, unit: "次", comparator: "gt" });
    expect(parseQuantity("三十多个")).toEqual({ value: 30, unit: "个", comparator: "gt" });
    expect(parseQuantity("一百余篇")).toEqual({ value: 100, unit: "篇", comparator: "gt" });
  });

  it("keeps values in base units and the measure word as the unit", () => {
    expect(parseQuantity("超62.5万人次")).toEqual({
      value: 625000,
      unit: "人次",
      comparator: "gt",
    });
    expect(parseQuantity("60.31亿元")).toEqual({ value: 6031000000, unit: "元", comparator: "eq" });
    expect(parseQuantity("50万元")).toEqual({ value: 500000, unit: "元", comparator: "eq" });
    expect(parseQuantity("约1.2万人")).toEqual({ value: 12000, unit: "人", comparator: "approx" });
    expect(parseQuantity("20余场次")).toEqual({ value: 20, unit: "场次", comparator: "gt" });
    expect(parseQuantity("3.5平方公里")).toEqual({
      value: 3.5,
      unit: "平方公里",
      comparator: "eq",
    });
    expect(parseQuantity("1.2个百分点")).toEqual({
      value: 1.2,
      unit: "个百分点",
      comparator: "eq",
    });
  });

  it("normalizes traditional measure words to simplified ones", () => {
    expect(parseQuantity("4個")).toEqual({ value: 4, unit: "个", comparator: "eq" });
    expect(parseQuantity("20餘場次")).toEqual({ value: 20, unit: "场次", comparator: "gt" });
    expect(parseQuantity("1.2萬戶")).toEqual({ value: 12000, unit: "户", comparator: "eq" });
    expect(parseQuantity("超過3億元")).toEqual({ value: 300000000, unit: "元", comparator: "gt" });
    expect(parseQuantity("兩項")).toEqual({ value: 2, unit: "项", comparator: "eq" });
  });

  it("reads percentages as written, with unit %", () => {
    expect(parseQuantity("99%")).toEqual({ value: 99, unit: "%", comparator: "eq" });
    expect(parseQuantity("９９％")).toEqual({ value: 99, unit: "%", comparator: "eq" });
    expect(parseQuantity("百分之九十九")).toEqual({ value: 99, unit: "%", comparator: "eq" });
    expect(parseQuantity("6.7%")).toEqual({ value: 6.7, unit: "%", comparator: "eq" });
    expect(parseQuantity("达99%以上")).toEqual({ value: 99, unit: "%", comparator: "gte" });
  });

  it("reads a bare number without a unit", () => {
    expect(parseQuantity("5万余")).toEqual({ value: 50000, comparator: "gt" });
    expect(parseQuantity("17")).toEqual({ value: 17, comparator: "eq" });
  });

  it("leaves an estimate when qualifiers disagree, and keeps a repeated one", () => {
    expect(parseQuantity("约100人以上")).toEqual({ value: 100, unit: "人", comparator: "approx" });
    expect(parseQuantity("超过5万余人")).toEqual({ value: 50000, unit: "人", comparator: "gt" });
    expect(parseQuantity("超100人以下")).toEqual({ value: 100, unit: "人", comparator: "approx" });
    expect(parseQuantity("近100人左右")).toEqual({ value: 100, unit: "人", comparator: "approx" });
  });

  it.each([
    ["5万余人以上", 50000, "gt"],
    ["超100人以上", 100, "gt"],
    ["不足100人以下", 100, "lt"],
    ["不足100人以内", 100, "lt"],
    ["近100人以内", 100, "nearly"],
    ["近100人以下", 100, "nearly"],
  ] as const)(
    "keeps the stricter of two bounds in one direction: %s",
    (text, value, comparator) => {
      expect(parseQuantity(text)).toEqual({ value, unit: "人", comparator });
    },
  );

  it.each([
    "",
    "人",
    "约",
    "2023年",
    "4月26日",
    "第七版",
    "5万余人参与",
    "近4000人激情同唱",
    "5架",
    "5人6人",
    "2023-09-20",
  ])("does not read %j as one figure", (text) => {
    expect(parseQuantity(text)).toBe(undefined);
  });

  it("returns undefined for a non-string at runtime", () => {
    expect(parseQuantity(undefined as unknown as string)).toBe(undefined);
  });
});
