// The edges of readArabic: where thousands separators are read, one decimal point, the joiners
// that tie a number to the next, and the limit of 16 significant digits.
import { describe, expect, it } from "vitest";
import { ArabicScan, readArabic } from "../../src/text/arabic-numerals";

const read = (text: string) => {
  const scan = new ArabicScan();
  readArabic(text, 0, scan);
  return { ...scan };
};

describe("readArabic at its edges", () => {
  it("reads separators before groups of exactly three digits, in the integer part only", () => {
    expect(read("1,234,567.25")).toEqual({
      end: 12,
      mantissa: 123456725,
      exponent: -2,
      integerDigits: 7,
      grouped: true,
      valid: true,
      joiner: 0,
    });
    expect(read("9,999")).toMatchObject({ end: 5, mantissa: 9999, grouped: true });
    for (const text of ["1,23", "1,2345", "3,4"]) {
      expect(read(text), text).toMatchObject({ end: 1, mantissa: Number(text[0]), grouped: false });
    }
    expect(read("1,234.5,678")).toMatchObject({ end: 7, mantissa: 12345, exponent: -1 });
  });

  it("reads one decimal point followed by a digit, and a second one as a joiner", () => {
    expect(read("0.5")).toMatchObject({ end: 3, mantissa: 5, exponent: -1, integerDigits: 1 });
    expect(read("100")).toMatchObject({ end: 3, mantissa: 100, exponent: 0, integerDigits: 3 });
    expect(read("5.")).toMatchObject({ end: 1, mantissa: 5, joiner: 0 });
    expect(read("12.5.3")).toMatchObject({ end: 4, mantissa: 125, exponent: -1, joiner: 46 });
  });

  it("names the joiner between two numbers, and none before anything else", () => {
    expect(read("2023-09")).toMatchObject({ end: 4, joiner: 45 });
    expect(read("1/2")).toMatchObject({ end: 1, joiner: 47 });
    expect(read("11:50")).toMatchObject({ end: 2, joiner: 58 });
    expect(read("5-")).toMatchObject({ end: 1, joiner: 0 });
    expect(read("5-人")).toMatchObject({ end: 1, joiner: 0 });
    expect(read("5+6")).toMatchObject({ end: 1, joiner: 0 });
  });

  it("reads at most 16 significant digits, leading zeros not counted", () => {
    expect(read("1234567890123456")).toMatchObject({ valid: true, mantissa: 1234567890123456 });
    expect(read("12345678901234567")).toMatchObject({ end: 17, valid: false });
    expect(read("00000000000000000001")).toMatchObject({ end: 20, mantissa: 1, valid: true });
  });

  it("reads from the index it is given", () => {
    const scan = new ArabicScan();
    readArabic("共1,234人", 1, scan);
    expect({ ...scan }).toMatchObject({ end: 6, mantissa: 1234, grouped: true });
  });
});
