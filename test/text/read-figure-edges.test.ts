// How a figure is read past its number: 余/多 and the scale words after them, the unit (one that
// starts with a numeral character included), ranges written with 至 or -, the qualifier after the
// unit, counts of years, and where reading resumes after a date, a time or a version.
import { describe, expect, it } from "vitest";
import type { Quantity } from "../../src/quantity/types";
import { extractQuantities } from "../../src/text/extract-quantities";
import { parseQuantity } from "../../src/text/parse-quantity";

const found = (text: string) =>
  extractQuantities(text).map((figure) => [figure.text, figure.start, figure.quantity]);

const q = (value: number, unit: string, comparator: Quantity["comparator"], precision: number) => ({
  value,
  unit,
  comparator,
  precision,
});

describe("the figure after its number", () => {
  it("scales a number by the 万 and 亿 after 余 or 多, exactly", () => {
    expect(parseQuantity("10余个")).toEqual(q(10, "个", "gt", 1));
    expect(parseQuantity("10余万人")).toEqual(q(100000, "人", "gt", 10000));
    expect(parseQuantity("10多万人")).toEqual(q(100000, "人", "gt", 10000));
    expect(parseQuantity("二十余万人")).toEqual(q(200000, "人", "gt", 100000));
    expect(parseQuantity("10余万人次")).toEqual(q(100000, "人次", "gt", 10000));
    expect(parseQuantity("10余亿元")).toEqual(q(1e9, "元", "gt", 1e8));
    expect(parseQuantity("10余万亿元")).toEqual(q(1e13, "元", "gt", 1e12));
  });

  it("ends the number before a unit that starts with a numeral character", () => {
    expect(parseQuantity("3千米")).toEqual(q(3, "千米", "eq", 1));
    expect(parseQuantity("5千克")).toEqual(q(5, "千克", "eq", 1));
    expect(parseQuantity("2.5千瓦时")).toEqual(q(2.5, "千瓦时", "eq", 0.1));
    expect(parseQuantity("3千克以上")).toEqual(q(3, "千克", "gte", 1));
  });

  it("combines 余 with a qualifier after the unit, the stricter winning", () => {
    expect(parseQuantity("5人以上")).toEqual(q(5, "人", "gte", 1));
    expect(parseQuantity("5余人以上")).toEqual(q(5, "人", "gt", 1));
  });

  it("reads ranges with 至 or -, the unit after either end", () => {
    const range = { value: 5, upper: 8, unit: "人", comparator: "range", precision: 1 };
    expect(found("共5至8人")).toEqual([["5至8人", 1, range]]);
    expect(found("五至八人")).toEqual([["五至八人", 0, range]]);
    expect(found("5人-8人")).toEqual([["5人-8人", 0, range]]);
    expect(found("9-10人")).toEqual([
      ["9-10人", 0, { value: 9, upper: 10, unit: "人", comparator: "range", precision: 1 }],
    ]);
  });

  it("keeps a qualifier after a range out of the figure: a range already bounds both ends", () => {
    expect(found("三四十人以上")).toEqual([
      ["三四十人", 0, { value: 30, upper: 40, unit: "人", comparator: "range", precision: 10 }],
    ]);
    expect(parseQuantity("三四十人以上")).toBeUndefined();
  });

  it("reads a count of years, and no calendar year", () => {
    expect(found("历时4年以上")).toEqual([["4年以上", 2, q(4, "年", "gte", 1)]]);
    expect(found("有效期3年")).toEqual([["3年", 3, q(3, "年", "eq", 1)]]);
    expect(found("满100年")).toEqual([["100年", 1, q(100, "年", "eq", 1)]]);
    expect(found("3至5年")).toEqual([
      ["3至5年", 0, { value: 3, upper: 5, unit: "年", comparator: "range", precision: 1 }],
    ]);
    expect(found("1998年")).toEqual([]);
    expect(found("一九九八年")).toEqual([]);
    expect(found("2023年共5人")).toEqual([["5人", 6, q(5, "人", "eq", 1)]]);
  });
});

describe("numbers that are not figures", () => {
  it("skips a date, a time or a version whole, and reads the figure after it", () => {
    expect(found("11:50:00参加5人")).toEqual([["5人", 10, q(5, "人", "eq", 1)]]);
    expect(found("2023/09/20共5人")).toEqual([["5人", 11, q(5, "人", "eq", 1)]]);
    expect(found("2023-09-20共5人")).toEqual([["5人", 11, q(5, "人", "eq", 1)]]);
    expect(found("版本1.2.3共5人")).toEqual([["5人", 8, q(5, "人", "eq", 1)]]);
    expect(found("1.2.3.4.5人")).toEqual([]);
    expect(found("9-10-11人")).toEqual([]);
    expect(found("3/4人")).toEqual([]);
    expect(found("11:50人")).toEqual([]);
    expect(found("十点五分到场5人")).toEqual([["5人", 6, q(5, "人", "eq", 1)]]);
  });

  it("reads no figure in a bare year or a bare number, and one in the same number with a unit", () => {
    expect(found("今年2023")).toEqual([]);
    expect(found("二〇二三")).toEqual([]);
    expect(found("2023人")).toEqual([["2023人", 0, q(2023, "人", "eq", 1)]]);
    expect(found("二〇二三人")).toEqual([["二〇二三人", 0, q(2023, "人", "eq", 1)]]);
  });

  it("reads 百分之 only before a number", () => {
    expect(found("百分之人")).toEqual([]);
    expect(found("百分之三点五")).toEqual([["百分之三点五", 0, q(3.5, "%", "eq", 0.1)]]);
  });
});
