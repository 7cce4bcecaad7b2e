// The edges of parseChineseDate: the calendar's limits (years 1 to 9999, month lengths, the
// Gregorian leap rule), the separators of a numeric date, and text around or inside the day.
import { describe, expect, it } from "vitest";
import { parseChineseDate } from "../../src/text/parse-chinese-date";

describe("parseChineseDate at its edges", () => {
  it("accepts years 1 to 9999 and writes them with four digits", () => {
    expect(parseChineseDate("4月26日", { year: 1 })).toBe("0001-04-26");
    expect(parseChineseDate("4月26日", { year: 9999 })).toBe("9999-04-26");
    expect(parseChineseDate("9999年12月31日")).toBe("9999-12-31");
    expect(parseChineseDate("0001-01-01")).toBe("0001-01-01");
    expect(parseChineseDate("0000-01-01")).toBeUndefined();
    expect(parseChineseDate("4月26日", { year: 10000 })).toBeUndefined();
    expect(parseChineseDate("4月26日", { year: -1 })).toBeUndefined();
  });

  it("knows the length of every month", () => {
    for (const month of [1, 3, 5, 7, 8, 10, 12]) {
      expect(parseChineseDate(`2023年${month}月31日`), `${month}月31日`).toBe(
        `2023-${String(month).padStart(2, "0")}-31`,
      );
      expect(parseChineseDate(`2023年${month}月32日`), `${month}月32日`).toBeUndefined();
    }
    for (const month of [4, 6, 9, 11]) {
      expect(parseChineseDate(`2023年${month}月30日`), `${month}月30日`).toBe(
        `2023-${String(month).padStart(2, "0")}-30`,
      );
      expect(parseChineseDate(`2023年${month}月31日`), `${month}月31日`).toBeUndefined();
    }
    expect(parseChineseDate("2023年1月1日")).toBe("2023-01-01");
    expect(parseChineseDate("2023年1月0日")).toBeUndefined();
    expect(parseChineseDate("2023年12月1日")).toBe("2023-12-01");
  });

  it("gives February 29 days in the leap years of the Gregorian calendar only", () => {
    expect(parseChineseDate("2024年2月29日")).toBe("2024-02-29");
    expect(parseChineseDate("2000年2月29日")).toBe("2000-02-29");
    expect(parseChineseDate("1900年2月29日")).toBeUndefined();
    expect(parseChineseDate("2100-02-29")).toBeUndefined();
    expect(parseChineseDate("2023年2月29日")).toBeUndefined();
    expect(parseChineseDate("2023年2月28日")).toBe("2023-02-28");
    expect(parseChineseDate("2024年2月30日")).toBeUndefined();
  });

  it("reads a numeric date only with one separator written twice", () => {
    expect(parseChineseDate("2023-09/20")).toBeUndefined();
    expect(parseChineseDate("2023.09-20")).toBeUndefined();
    expect(parseChineseDate("２０２３－０９－２０")).toBe("2023-09-20");
    expect(parseChineseDate("2023-9-1")).toBe("2023-09-01");
    expect(parseChineseDate("23-09-20")).toBeUndefined();
  });

  it("rejects text after the day, a range of days and a day that is no figure of a date", () => {
    expect(parseChineseDate("2023年4月26日后")).toBeUndefined();
    expect(parseChineseDate("2023年4月26天")).toBeUndefined();
    expect(parseChineseDate("2023年4月26")).toBeUndefined();
    expect(parseChineseDate("2023年4月2-6日")).toBeUndefined();
    expect(parseChineseDate("4月二三日", { year: 2023 })).toBeUndefined();
    expect(parseChineseDate("年4月26日", { year: 2023 })).toBeUndefined();
    expect(parseChineseDate("2023年月26日")).toBeUndefined();
    expect(parseChineseDate("2023年4月日")).toBeUndefined();
  });

  it("answers a value that is no string with undefined", () => {
    expect(parseChineseDate(20230426 as unknown as string)).toBeUndefined();
    expect(parseChineseDate(undefined as unknown as string)).toBeUndefined();
  });

  it("reads a numeric date only as the whole text", () => {
    expect(parseChineseDate("x2023-09-20")).toBeUndefined();
    expect(parseChineseDate("2023-09-20x")).toBeUndefined();
  });

  it("never throws on options that are null", () => {
    expect(parseChineseDate("4月26日", null as unknown as { year: number })).toBeUndefined();
  });
});
