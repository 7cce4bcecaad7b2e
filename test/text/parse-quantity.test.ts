import { describe, expect, it } from "vitest";
import type { Comparator, Quantity } from "../../src/quantity/types";
import { parseQuantity } from "../../src/text/parse-quantity";

function q(
  value: number,
  unit: string | undefined,
  comparator: Comparator,
  precision = 1,
): Quantity {
  return unit === undefined
    ? { value, comparator, precision }
    : { value, unit, comparator, precision };
}

describe("parseQuantity", () => {
  it("reads figures as the doc example shows", () => {
    expect(parseQuantity("5万余人")).toEqual({
      value: 50000,
      unit: "人",
      comparator: "gt",
      precision: 10000,
    });
    expect(parseQuantity("近4000人")).toEqual({
      value: 4000,
      unit: "人",
      comparator: "nearly",
      precision: 1,
    });
    expect(parseQuantity("三四十场")).toEqual({
      value: 30,
      upper: 40,
      unit: "场",
      comparator: "range",
      precision: 10,
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
    ["累计4000人", "eq"],
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
    ["不少于4000人", "gte"],
    ["不低于4000人", "gte"],
    ["不足4000人", "lt"],
    ["不到4000人", "lt"],
    ["不满4000人", "lt"],
    ["未满4000人", "lt"],
    ["少于4000人", "lt"],
    ["4000人以下", "lte"],
    ["4000人以内", "lte"],
    ["不超过4000人", "lte"],
  ] as const)("reads the qualifier of %s as %s (from the comparator table)", (text, comparator) => {
    expect(parseQuantity(text)).toEqual(q(4000, "人", comparator));
  });

  it("reads 余 and 多 around 万 as more than, with the place of the last digit", () => {
    expect(parseQuantity("10余万人")).toEqual(q(100000, "人", "gt", 10000));
    expect(parseQuantity("5万余人")).toEqual(q(50000, "人", "gt", 10000));
    expect(parseQuantity("4.3万余人")).toEqual(q(43000, "人", "gt", 1000));
    expect(parseQuantity("500餘次")).toEqual(q(500, "次", "gt"));
    expect(parseQuantity("三十多个")).toEqual(q(30, "个", "gt", 10));
    expect(parseQuantity("一百余篇")).toEqual(q(100, "篇", "gt", 100));
  });

  it("keeps values in base units, the measure word as the unit, and the written precision", () => {
    expect(parseQuantity("超62.5万人次")).toEqual(q(625000, "人次", "gt", 1000));
    expect(parseQuantity("60.31亿元")).toEqual(q(6031000000, "元", "eq", 1000000));
    expect(parseQuantity("363.1亿元")).toEqual(q(36310000000, "元", "eq", 10000000));
    expect(parseQuantity("200亿元")).toEqual(q(20000000000, "元", "eq", 100000000));
    expect(parseQuantity("200.0亿元")).toEqual(q(20000000000, "元", "eq", 10000000));
    expect(parseQuantity("50万元")).toEqual(q(500000, "元", "eq", 10000));
    expect(parseQuantity("约1.2万人")).toEqual(q(12000, "人", "approx", 1000));
    expect(parseQuantity("20余场次")).toEqual(q(20, "场次", "gt"));
    expect(parseQuantity("3.5平方公里")).toEqual(q(3.5, "平方公里", "eq", 0.1));
    expect(parseQuantity("1.2个百分点")).toEqual(q(1.2, "个百分点", "eq", 0.1));
    expect(parseQuantity("一万八千余人")).toEqual(q(18000, "人", "gt", 1000));
    expect(parseQuantity("三点五万人")).toEqual(q(35000, "人", "eq", 1000));
  });

  it("reads the measure words of the cited vocabulary, compounds and bracketed units", () => {
    expect(parseQuantity("宣传资料1000份")).toBe(undefined);
    expect(parseQuantity("1000份")).toEqual(q(1000, "份", "eq"));
    expect(parseQuantity("4块")).toEqual(q(4, "块", "eq"));
    expect(parseQuantity("6幅")).toEqual(q(6, "幅", "eq"));
    expect(parseQuantity("31岁")).toEqual(q(31, "岁", "eq"));
    expect(parseQuantity("806头")).toEqual(q(806, "头", "eq"));
    expect(parseQuantity("100人(次)")).toEqual(q(100, "人次", "eq"));
    expect(parseQuantity("384场（次）")).toEqual(q(384, "场次", "eq"));
    expect(parseQuantity("5000份(册)")).toEqual(q(5000, "份", "eq"));
    expect(parseQuantity("30余条次")).toEqual(q(30, "条次", "gt"));
    expect(parseQuantity("12架次")).toEqual(q(12, "架次", "eq"));
    expect(parseQuantity("40课时")).toEqual(q(40, "课时", "eq"));
  });

  it("reads durations as figures counting years, months, days and hours", () => {
    expect(parseQuantity("5年")).toEqual(q(5, "年", "eq"));
    expect(parseQuantity("二十年")).toEqual(q(20, "年", "eq", 10));
    expect(parseQuantity("3天")).toEqual(q(3, "天", "eq"));
    expect(parseQuantity("6个月")).toEqual(q(6, "个月", "eq"));
    expect(parseQuantity("24小时")).toEqual(q(24, "小时", "eq"));
    expect(parseQuantity("3—5年")).toEqual({
      value: 3,
      upper: 5,
      unit: "年",
      comparator: "range",
      precision: 1,
    });
  });

  it("reads ranges and vague magnitudes with honest bounds", () => {
    const range = (value: number, upper: number, unit: string, precision: number) => ({
      value,
      upper,
      unit,
      comparator: "range",
      precision,
    });
    expect(parseQuantity("30至40人")).toEqual(range(30, 40, "人", 1));
    expect(parseQuantity("3万至5万人")).toEqual(range(30000, 50000, "人", 10000));
    expect(parseQuantity("3-5万人")).toEqual(range(30000, 50000, "人", 10000));
    expect(parseQuantity("1.23万至2.35万人")).toEqual(range(12300, 23500, "人", 100));
    expect(parseQuantity("5%至8%")).toEqual(range(5, 8, "%", 1));
    expect(parseQuantity("2—3 个")).toEqual(range(2, 3, "个", 1));
    expect(parseQuantity("两三千人次")).toEqual(range(2000, 3000, "人次", 1000));
    expect(parseQuantity("七八个")).toEqual(range(7, 8, "个", 1));
    expect(parseQuantity("十五六岁")).toEqual(range(15, 16, "岁", 1));
    expect(parseQuantity("十几个")).toEqual(range(11, 19, "个", 1));
    expect(parseQuantity("二十几个")).toEqual(range(21, 29, "个", 1));
    expect(parseQuantity("几十场")).toEqual(range(20, 90, "场", 10));
    expect(parseQuantity("数百人")).toEqual(range(200, 900, "人", 100));
    expect(parseQuantity("数十万人")).toEqual(range(200000, 900000, "人", 100000));
    expect(parseQuantity("上百人")).toEqual(q(100, "人", "gte", 100));
    expect(parseQuantity("上千万次")).toEqual(q(10000000, "次", "gte", 10000000));
    expect(parseQuantity("成千上万人")).toEqual(q(1000, "人", "gte", 1000));
  });

  it("tolerates one space and full-width forms inside a figure", () => {
    expect(parseQuantity("22.28 %")).toEqual(q(22.28, "%", "eq", 0.01));
    expect(parseQuantity("１００ 人")).toEqual(q(100, "人", "eq"));
    expect(parseQuantity("19.15 亿元")).toEqual(q(1915000000, "元", "eq", 1000000));
  });

  it("normalizes traditional measure words to simplified ones", () => {
    expect(parseQuantity("4個")).toEqual(q(4, "个", "eq"));
    expect(parseQuantity("20餘場次")).toEqual(q(20, "场次", "gt"));
    expect(parseQuantity("1.2萬戶")).toEqual(q(12000, "户", "eq", 1000));
    expect(parseQuantity("超過3億元")).toEqual(q(300000000, "元", "gt", 100000000));
    expect(parseQuantity("兩項")).toEqual(q(2, "项", "eq"));
  });

  it("reads percentages as written, with unit %", () => {
    expect(parseQuantity("99%")).toEqual(q(99, "%", "eq"));
    expect(parseQuantity("９９％")).toEqual(q(99, "%", "eq"));
    expect(parseQuantity("百分之九十九")).toEqual(q(99, "%", "eq"));
    expect(parseQuantity("6.7%")).toEqual(q(6.7, "%", "eq", 0.1));
    expect(parseQuantity("达99%以上")).toEqual(q(99, "%", "gte"));
  });

  it("reads a bare number without a unit", () => {
    expect(parseQuantity("5万余")).toEqual(q(50000, undefined, "gt", 10000));
    expect(parseQuantity("17")).toEqual(q(17, undefined, "eq"));
  });

  it("leaves an estimate when qualifiers disagree, and keeps a repeated one", () => {
    expect(parseQuantity("约100人以上")).toEqual(q(100, "人", "approx"));
    expect(parseQuantity("超过5万余人")).toEqual(q(50000, "人", "gt", 10000));
    expect(parseQuantity("超100人以下")).toEqual(q(100, "人", "approx"));
    expect(parseQuantity("近100人左右")).toEqual(q(100, "人", "approx"));
  });

  it.each([
    ["5万余人以上", 50000, "gt", 10000],
    ["超100人以上", 100, "gt", 1],
    ["不足100人以下", 100, "lt", 1],
    ["不足100人以内", 100, "lt", 1],
    ["近100人以内", 100, "nearly", 1],
    ["近100人以下", 100, "nearly", 1],
  ] as const)(
    "keeps the stricter of two bounds in one direction: %s",
    (text, value, comparator, precision) => {
      expect(parseQuantity(text)).toEqual(q(value, "人", comparator, precision));
    },
  );

  it.each([
    "",
    "人",
    "约",
    "2023年",
    "二〇二三年",
    "4月26日",
    "第七版",
    "5万余人参与",
    "近4000人激情同唱",
    "5人6人",
    "2023-09-20",
    "2022—2024年",
    "二〇二三万人",
    "3.5万5人",
    "1.2.3个",
    "十点五分",
    "40至30人",
  ])("does not read %j as one figure", (text) => {
    expect(parseQuantity(text)).toBe(undefined);
  });

  it("returns undefined for a non-string at runtime", () => {
    expect(parseQuantity(undefined as unknown as string)).toBe(undefined);
  });
});
