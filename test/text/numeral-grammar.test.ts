// The grammar of Chinese numerals as the reader applies it, one table per rule: the colloquial
// tail, zeros, bare and stacked units, Chinese decimals, approximate numbers as ranges, and the
// place of the last written digit. Each value is the number the words name.
import { describe, expect, it } from "vitest";
import { parseChineseNumber } from "../../src/text/parse-chinese-number";
import { parseQuantity } from "../../src/text/parse-quantity";

/** The value and precision `parseQuantity` gives a numeral followed by 人. */
const read = (numeral: string) => {
  const quantity = parseQuantity(`${numeral}人`);
  return quantity === undefined
    ? undefined
    : [quantity.value, quantity.upper, quantity.comparator, quantity.precision];
};

describe("the numeral grammar", () => {
  it.each([
    ["一千五", 1500, 100],
    ["两万三", 23000, 1000],
    ["一百二", 120, 10],
    ["一万五", 15000, 1000],
    ["一亿五", 150000000, 10000000],
    ["一千一", 1100, 100],
    ["一万一", 11000, 1000],
  ])("reads the colloquial tail of %s as the next unit down", (numeral, value, precision) => {
    expect(parseChineseNumber(numeral)).toBe(value);
    expect(read(numeral)).toEqual([value, undefined, "eq", precision]);
  });

  it.each([
    ["一千零五", 1005, 1],
    ["一万零三百", 10300, 100],
    ["三千零五十", 3050, 10],
    ["一百零八", 108, 1],
    ["十万零一", 100001, 1],
    ["三万五千", 35000, 1000],
    ["一万八千", 18000, 1000],
    ["十一万", 110000, 10000],
    ["一十", 10, 10],
    ["十二点五", 12.5, 0.1],
  ])("reads %s with its zeros and units", (numeral, value, precision) => {
    expect(parseChineseNumber(numeral)).toBe(value);
    expect(read(numeral)).toEqual([value, undefined, "eq", precision]);
  });

  it.each([
    ["十", 10],
    ["百", 100],
    ["千", 1000],
    ["万", 10000],
    ["亿", 1e8],
    ["十万", 1e5],
    ["百万", 1e6],
    ["千万", 1e7],
    ["千亿", 1e11],
    ["万亿", 1e12],
    ["一万亿", 1e12],
    ["5万亿", 5e12],
    ["1.2万亿", 1.2e12],
    ["3千万", 3e7],
    ["0.5万", 5000],
    ["2.5千", 2500],
  ])("reads the bare or stacked units of %s", (numeral, value) => {
    expect(parseChineseNumber(numeral)).toBe(value);
  });

  it.each([
    ["三点五", 3.5, 0.1],
    ["零点五", 0.5, 0.1],
    ["三点五万", 35000, 1000],
    ["三点五亿", 3.5e8, 1e7],
  ])("reads the Chinese decimal %s and the unit after it", (numeral, value, precision) => {
    expect(parseChineseNumber(numeral)).toBe(value);
    expect(read(numeral)).toEqual([value, undefined, "eq", precision]);
  });

  it.each([
    ["三四十", 30, 40, 10],
    ["十几", 11, 19, 1],
    ["二十几", 21, 29, 1],
    ["几十", 20, 90, 10],
    ["几百", 200, 900, 100],
    ["数百", 200, 900, 100],
    ["两三千", 2000, 3000, 1000],
    ["三五", 3, 5, 1],
    ["七八十", 70, 80, 10],
    ["一二百", 100, 200, 100],
    ["十七八", 17, 18, 1],
    ["二三十万", 200000, 300000, 100000],
    ["三四千万", 3e7, 4e7, 1e7],
    ["十几万", 110000, 190000, 10000],
    ["几十万", 200000, 900000, 100000],
    ["几千万", 2e7, 9e7, 1e7],
    ["一百几十", 120, 190, 10],
  ])(
    "reads the approximate number %s as a range, and no single number",
    (numeral, value, upper, precision) => {
      expect(parseChineseNumber(numeral)).toBeUndefined();
      expect(read(numeral)).toEqual([value, upper, "range", precision]);
    },
  );

  it.each([
    ["二〇二三", 2023],
    ["一九九八", 1998],
    ["二零二三", 2023],
    ["一二三", 123],
  ])("reads the digits of %s one by one", (numeral, value) => {
    expect(parseChineseNumber(numeral)).toBe(value);
  });

  it.each(["十百", "百十百", "3.5万5", "1.5千五", "十点五分", "1,23"])(
    "reads no number in %s",
    (numeral) => {
      expect(parseChineseNumber(numeral)).toBeUndefined();
      expect(parseQuantity(`${numeral}人`)).toBeUndefined();
    },
  );

  it("reads the exact forms mixed with digits and separators", () => {
    expect(parseChineseNumber("1万5千")).toBe(15000);
    expect(parseChineseNumber("62.5万")).toBe(625000);
    expect(parseChineseNumber("1,234")).toBe(1234);
    expect(parseChineseNumber("12,345.6")).toBe(12345.6);
    expect(parseChineseNumber("壹佰贰拾")).toBe(120);
    expect(parseChineseNumber("负五")).toBe(-5);
  });
});
