// The numeral reader at the edges of its grammar: every unit after every kind of number, zeros
// inside and after a point, 万 and 亿 after a decimal, digits written one by one up to the
// longest exact one, approximate numbers and their ranges, and the runs it must refuse.
import { describe, expect, it } from "vitest";
import { parseChineseNumber } from "../../src/text/parse-chinese-number";
import { parseQuantity } from "../../src/text/parse-quantity";

describe("parseChineseNumber at the edges of the grammar", () => {
  it.each([
    ["十", 10],
    ["一十", 10],
    ["十五", 15],
    ["二十", 20],
    ["一百零五", 105],
    ["一百一十", 110],
    ["一百一", 110],
    ["三百五", 350],
    ["一千二", 1200],
    ["一千零五", 1005],
    ["一千零五十", 1050],
    ["两千零二", 2002],
    ["一万零一", 10001],
    ["三万零二十", 30020],
    ["一万五", 15000],
    ["两万五", 25000],
    ["十万零五", 100005],
    ["五十万零三", 500003],
    ["十二万三千四百五十六", 123456],
    ["三千五百万", 35000000],
    ["一亿零一", 100000001],
    ["一亿零五百万", 105000000],
    ["一亿二千万", 120000000],
    ["一万亿", 1e12],
    ["万亿", 1e12],
    ["百", 100],
    ["千", 1000],
    ["万", 10000],
    ["百万", 1e6],
    ["千万", 1e7],
    ["亿", 1e8],
    ["两", 2],
    ["两百", 200],
    ["零", 0],
    ["〇", 0],
    ["1万5千", 15000],
    ["1.5千", 1500],
    ["1.5万", 15000],
    ["1.5千万", 15000000],
    ["3.5亿", 350000000],
    ["1.2万亿", 1.2e12],
    ["3 万", 30000],
    ["3\u3000万", 30000],
  ])("reads %s as %d", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it("reads a Chinese decimal, zeros after the point included, and scales it by 万 and 亿", () => {
    expect(parseChineseNumber("三点五")).toBe(3.5);
    expect(parseChineseNumber("零点五")).toBe(0.5);
    expect(parseChineseNumber("三点零五")).toBe(3.05);
    expect(parseChineseNumber("三点五万")).toBe(35000);
    expect(parseChineseNumber("三点五亿")).toBe(350000000);
    expect(parseChineseNumber("三点五万亿")).toBe(3.5e12);
    expect(parseQuantity("三点零五亿元")).toEqual({
      value: 305000000,
      unit: "元",
      comparator: "eq",
      precision: 1e6,
    });
  });

  it("reads a time of day written with 点 as no number", () => {
    expect(parseChineseNumber("十点五分")).toBeUndefined();
  });

  it("reads digits written one by one, up to 16 of them", () => {
    expect(parseChineseNumber("一九九八")).toBe(1998);
    expect(parseChineseNumber("二〇二三")).toBe(2023);
    expect(parseChineseNumber("三〇〇")).toBe(300);
    expect(parseChineseNumber("〇五")).toBe(5);
    expect(parseChineseNumber("一二三")).toBe(123);
    expect(parseChineseNumber(`一${"〇".repeat(15)}`)).toBe(1e15);
    expect(parseChineseNumber(`一${"〇".repeat(16)}`)).toBeUndefined();
  });

  it.each([
    "十百",
    "百十百",
    "十十",
    "万万",
    "五万万",
    "一亿亿",
    "1亿亿",
    "一百零",
    "1万5",
    "3.5万5",
    "1.5千5",
    "1 000",
    "几点五",
    "三点五几",
    "数",
  ])("refuses %s", (text) => {
    expect(parseChineseNumber(text)).toBeUndefined();
  });
});

describe("approximate numbers, read as ranges", () => {
  it.each([
    ["几人", 2, 9, 1],
    ["十几人", 11, 19, 1],
    ["几十人", 20, 90, 10],
    ["数十人", 20, 90, 10],
    ["几百人", 200, 900, 100],
    ["数百人", 200, 900, 100],
    ["数千人", 2000, 9000, 1000],
    ["数万人", 20000, 90000, 10000],
    ["十几万人", 110000, 190000, 10000],
    ["几十万人", 200000, 900000, 100000],
    ["一二人", 1, 2, 1],
    ["一两百人", 100, 200, 100],
    ["二三百人", 200, 300, 100],
    ["三四十人", 30, 40, 10],
    ["七八十人", 70, 80, 10],
    ["三四百万人", 3e6, 4e6, 1e6],
  ])("reads %s as %d to %d", (text, value, upper, precision) => {
    expect(parseQuantity(text)).toEqual({
      value,
      upper,
      unit: "人",
      comparator: "range",
      precision,
    });
    expect(parseChineseNumber(text.slice(0, -1))).toBeUndefined();
  });

  it("refuses a pair whose second number is not the larger", () => {
    expect(parseQuantity("四三十人")).toBeUndefined();
    expect(parseQuantity("三四十几人")).toBeUndefined();
  });
});
