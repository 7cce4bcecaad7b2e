// The edges of the date words: every mark after 年 that makes a calendar year, the digits and
// the characters beside them, and every body or session number after 届 in both scripts.
import { describe, expect, it } from "vitest";
import { isCalendarYear, isNamedSession, isYearMark } from "../../src/text/date-words";
import { extractQuantities } from "../../src/text/extract-quantities";

const short = { fourDigits: false, digitByDigit: false };

describe("date words at their edges", () => {
  it("takes a short number for a year before any digit or Chinese numeral, and no other mark", () => {
    for (const next of ["0", "9", "三", "十"]) {
      expect(isCalendarYear(`23年${next}`, 2, short), next).toBe(true);
    }
    for (const next of ["/", ":", "来", "的", ""]) {
      expect(isCalendarYear(`23年${next}`, 2, short), next).toBe(false);
    }
  });

  it("takes a short number for a year before 度, 底, 初, 末 and 级 in both scripts", () => {
    for (const next of ["度", "底", "初", "末", "级", "級"]) {
      expect(isCalendarYear(`23年${next}`, 2, short), next).toBe(true);
    }
  });

  it("takes a number written digit by digit for a year whatever follows", () => {
    expect(isCalendarYear("二三年来", 2, { fourDigits: false, digitByDigit: true })).toBe(true);
    expect(isCalendarYear("2023年来", 4, { fourDigits: true, digitByDigit: false })).toBe(true);
  });

  it("takes 届 or 屆 before a digit, a numeral or any body for a name", () => {
    expect(isNamedSession("二十届3中全会", 2)).toBe(true);
    expect(isNamedSession("二十屆三中全會", 2)).toBe(true);
    for (const body of ["全国", "全國", "中央", "人大", "政协", "政協", "党代会", "黨代會"]) {
      expect(isNamedSession(`十四届${body}`, 2), body).toBe(true);
      expect(isNamedSession(`十四屆${body}`, 2), body).toBe(true);
    }
    for (const next of ["0", "9"]) expect(isNamedSession(`二十届${next}`, 2), next).toBe(true);
    for (const next of ["/", ":"]) expect(isNamedSession(`二十届${next}`, 2), next).toBe(false);
    expect(isNamedSession("5届", 1)).toBe(false);
    expect(isNamedSession("5屆活動", 1)).toBe(false);
    expect(isNamedSession("十四届全", 2)).toBe(false);
    expect(isNamedSession("5次", 1)).toBe(false);
  });

  it("knows 年 only as the year mark", () => {
    expect(isYearMark("5年", 1)).toBe(true);
    expect(isYearMark("5月", 1)).toBe(false);
    expect(isYearMark("5", 1)).toBe(false);
  });

  it("takes a multiple of ten before 年代 for a decade, and any other number for years", () => {
    expect(isCalendarYear("80年代", 2, { ...short, value: 80 })).toBe(true);
    expect(isCalendarYear("3年代表", 1, { ...short, value: 3 })).toBe(false);
    expect(isCalendarYear("80年代", 2, short)).toBe(false);
    expect(extractQuantities("20世纪80年代")).toEqual([]);
    expect(extractQuantities("九十年代")).toEqual([]);
    expect(extractQuantities("连续3年代表全区").map((figure) => figure.text)).toEqual(["3年"]);
  });

  it("keeps the marks after 年 for any number, a multiple of ten or not", () => {
    expect(isCalendarYear("5年度", 1, { ...short, value: 5 })).toBe(true);
    expect(isCalendarYear("5年来", 1, { ...short, value: 5 })).toBe(false);
  });
});
