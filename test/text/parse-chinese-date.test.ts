import { describe, expect, it } from "vitest";
import { parseChineseDate } from "../../src/text/parse-chinese-date";

describe("parseChineseDate", () => {
  it("reads dates as the doc example shows", () => {
    expect(parseChineseDate("4月26日", { year: 2023 })).toBe("2023-04-26");
    expect(parseChineseDate("2023年9月27日")).toBe("2023-09-27");
    expect(parseChineseDate("2月30日", { year: 2023 })).toBe(undefined);
  });

  it.each([
    ["2023年4月26日", "2023-04-26"],
    ["2023年4月26号", "2023-04-26"],
    ["2023年4月26號", "2023-04-26"],
    ["二〇二三年四月二十六日", "2023-04-26"],
    ["二〇二三年十二月三十一日", "2023-12-31"],
    ["２０２３年４月２６日", "2023-04-26"],
    ["2023-09-20", "2023-09-20"],
    ["2023/9/20", "2023-09-20"],
    ["2023.9.20", "2023-09-20"],
    ["2024年2月29日", "2024-02-29"],
    [" 2023年1月1日 ", "2023-01-01"],
  ])("reads %s", (text, expected) => {
    expect(parseChineseDate(text)).toBe(expected);
  });

  it("takes the year from the options only when the text has none", () => {
    expect(parseChineseDate("9月27日", { year: 2023 })).toBe("2023-09-27");
    expect(parseChineseDate("2022年9月27日", { year: 2023 })).toBe("2022-09-27");
    expect(parseChineseDate("9月27日")).toBe(undefined);
  });

  it.each([
    "2023年2月29日",
    "2023年4月31日",
    "2023年13月1日",
    "2023年0月1日",
    "2023年9月",
    "2023年",
    "2023-9-20-1",
    "2023-02-30",
    "4月26",
    "第4月26日",
    "4.5月26日",
    "",
  ])("rejects %j", (text) => {
    expect(parseChineseDate(text, { year: 2023 })).toBe(undefined);
  });

  it("rejects an impossible year in the options", () => {
    expect(parseChineseDate("4月26日", { year: 1.5 })).toBe(undefined);
    expect(parseChineseDate("4月26日", { year: 0 })).toBe(undefined);
    expect(parseChineseDate("4月26日", { year: Number.NaN })).toBe(undefined);
  });
});
