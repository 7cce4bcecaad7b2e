import { describe, expect, it } from "vitest";
import {
  isCalendarYear,
  isDateSuffix,
  isNamedSession,
  isYearMark,
} from "../../src/text/date-words";

const written = (fourDigits: boolean, digitByDigit = false) => ({ fourDigits, digitByDigit });

describe("date words", () => {
  it("knows the suffixes of a date or a time of day", () => {
    for (const text of ["月", "日", "号", "號", "时", "時", "点", "點", "分", "秒"]) {
      expect(isDateSuffix(text, 0)).toBe(true);
    }
    for (const text of ["年", "天", "人", "个"]) expect(isDateSuffix(text, 0)).toBe(false);
    expect(isYearMark("年", 0)).toBe(true);
  });

  it("takes a number written as years are for a calendar year", () => {
    expect(isCalendarYear("2023年", 4, written(true))).toBe(true);
    expect(isCalendarYear("二〇二三年", 4, written(false, true))).toBe(true);
  });

  it("takes a shorter number for a year only when a month, 度, 底 or a grade follows", () => {
    expect(isCalendarYear("23年9月", 2, written(false))).toBe(true);
    expect(isCalendarYear("23年三月", 2, written(false))).toBe(true);
    expect(isCalendarYear("20年度", 2, written(false))).toBe(true);
    expect(isCalendarYear("3年级", 1, written(false))).toBe(true);
    expect(isCalendarYear("5年来", 1, written(false))).toBe(false);
    expect(isCalendarYear("5年", 1, written(false))).toBe(false);
    expect(isCalendarYear("20年的发展", 2, written(false))).toBe(false);
  });

  it("takes 届 before a session number or a body for a name, not a count", () => {
    expect(isNamedSession("二十届三中全会", 2)).toBe(true);
    expect(isNamedSession("十四届全国人大", 2)).toBe(true);
    expect(isNamedSession("5届活动", 1)).toBe(false);
    expect(isNamedSession("5个", 1)).toBe(false);
  });
});
