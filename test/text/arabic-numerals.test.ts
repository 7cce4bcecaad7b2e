import { describe, expect, it } from "vitest";
import { ArabicScan, readArabic } from "../../src/text/arabic-numerals";

function read(text: string, start = 0) {
  const scan = new ArabicScan();
  readArabic(text, start, scan);
  const { end, mantissa, exponent, integerDigits, grouped, valid, joiner } = scan;
  return { end, mantissa, exponent, integerDigits, grouped, valid, joiner };
}

describe("readArabic", () => {
  it("reads digits, one fraction and thousands separators before groups of three", () => {
    expect(read("1,234.5人")).toMatchObject({
      end: 7,
      mantissa: 12345,
      exponent: -1,
      grouped: true,
      valid: true,
    });
    expect(read("4000人")).toMatchObject({ end: 4, mantissa: 4000, exponent: 0, integerDigits: 4 });
    expect(read("0.24平方公里")).toMatchObject({ end: 4, mantissa: 24, exponent: -2 });
  });

  it("stops before a separator that does not start a group of three", () => {
    expect(read("3,4个")).toMatchObject({ end: 1, mantissa: 3 });
    expect(read("1,2345")).toMatchObject({ end: 1 });
  });

  it("reports what joins the number to a next one", () => {
    expect(read("2023-09-20")).toMatchObject({ end: 4, joiner: 45 });
    expect(read("11:50")).toMatchObject({ end: 2, joiner: 58 });
    expect(read("2023/9/20")).toMatchObject({ end: 4, joiner: 47 });
    expect(read("1.2.3")).toMatchObject({ end: 3, mantissa: 12, joiner: 46 });
    expect(read("5%")).toMatchObject({ joiner: 0 });
  });

  it("refuses more digits than a safe integer holds", () => {
    expect(read("12345678901234567").valid).toBe(false);
    expect(read("9007199254740991").valid).toBe(true);
  });
});
