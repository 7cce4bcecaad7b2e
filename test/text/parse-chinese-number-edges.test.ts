// The edges of parseChineseNumber: every sign it knows, no negative zero, the space it trims,
// and text that holds more than one number.
import { describe, expect, it } from "vitest";
import { parseChineseNumber } from "../../src/text/parse-chinese-number";

describe("parseChineseNumber at its edges", () => {
  it("makes a number negative with -, −, 负 or 負, and zero stays zero", () => {
    expect(parseChineseNumber("-5")).toBe(-5);
    expect(parseChineseNumber("−5")).toBe(-5);
    expect(parseChineseNumber("负五")).toBe(-5);
    expect(parseChineseNumber("負五")).toBe(-5);
    expect(Object.is(parseChineseNumber("-0"), 0)).toBe(true);
    expect(Object.is(parseChineseNumber("负零"), 0)).toBe(true);
  });

  it("reads no number in a sign alone, two signs or a sign after the number", () => {
    for (const text of ["-", "负", "--5", "5负", "- 5"]) {
      expect(parseChineseNumber(text), text).toBeUndefined();
    }
  });

  it("trims space around the number, full-width included, but reads none inside it", () => {
    expect(parseChineseNumber(" 5 ")).toBe(5);
    expect(parseChineseNumber("5 ")).toBe(5);
    expect(parseChineseNumber("\u30005")).toBe(5);
    expect(parseChineseNumber("５")).toBe(5);
    expect(parseChineseNumber("1 000")).toBeUndefined();
  });

  it("trims every white space and line break that trim knows, at either end", () => {
    const spaces = [
      "\t",
      "\n",
      "\v",
      "\f",
      "\r",
      "\u00a0",
      "\u1680",
      "\u2000",
      "\u200a",
      "\u2028",
      "\u2029",
      "\u202f",
      "\u205f",
      "\u3000",
      "\ufeff",
    ];
    for (const space of spaces) {
      expect(parseChineseNumber(`${space}5`), JSON.stringify(space)).toBe(5);
      expect(parseChineseNumber(`五${space}`), JSON.stringify(space)).toBe(5);
    }
    // Neither a control character nor a zero-width space is white space.
    for (const other of ["\u0008", "\u000e", "\u200b"]) {
      expect(parseChineseNumber(`${other}5`), JSON.stringify(other)).toBeUndefined();
    }
  });

  it("reads no number in a date, a range or a version", () => {
    for (const text of ["5-3", "1.2.3", "2023/09", "11:50", "三四十"]) {
      expect(parseChineseNumber(text), text).toBeUndefined();
    }
  });

  it("answers a value that is no string with undefined", () => {
    expect(parseChineseNumber(5 as unknown as string)).toBeUndefined();
  });
});
