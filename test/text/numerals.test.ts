import { describe, expect, it } from "vitest";
import { NumeralScan, scanNumeralRun } from "../../src/text/numerals";

function scan(text: string) {
  const run = new NumeralScan();
  scanNumeralRun(text, 0, run);
  const { end, value, upper, place, chineseChars, arabic, digitByDigit, fourDigits, timeOfDay } =
    run;
  return { end, value, upper, place, chineseChars, arabic, digitByDigit, fourDigits, timeOfDay };
}

describe("scanNumeralRun", () => {
  it("reads Chinese, Arabic and mixed numerals exactly, with the place of the last written digit", () => {
    expect(scan("一亿二千万人")).toMatchObject({ end: 5, value: 120_000_000, place: 7 });
    expect(scan("62.5万")).toMatchObject({ value: 625000, place: 3, arabic: true });
    expect(scan("363.1亿")).toMatchObject({ value: 36_310_000_000, place: 7 });
    expect(scan("200亿")).toMatchObject({ value: 20_000_000_000, place: 8 });
    expect(scan("4000")).toMatchObject({ value: 4000, place: 0, fourDigits: true });
    expect(scan("一万八千")).toMatchObject({ value: 18000, place: 3 });
    expect(scan("三千零五十")).toMatchObject({ value: 3050, place: 1 });
    expect(scan("一千五")).toMatchObject({ value: 1500, place: 2 });
    expect(scan("1万5千")).toMatchObject({ value: 15000, place: 3 });
    expect(scan("三万亿")).toMatchObject({ value: 3e12, place: 12 });
    expect(scan("6.7")).toMatchObject({ value: 6.7, place: -1 });
  });

  it("reads digit-by-digit numerals as years are written", () => {
    expect(scan("二〇二三年")).toMatchObject({ end: 4, value: 2023, digitByDigit: true, place: 0 });
    expect(scan("一二三")).toMatchObject({ value: 123, digitByDigit: true });
  });

  it("reads a Chinese decimal point, and 点 before 分 as a time of day", () => {
    expect(scan("三点五万人")).toMatchObject({ end: 4, value: 35000, place: 3 });
    expect(scan("零点五")).toMatchObject({ value: 0.5, place: -1 });
    expect(scan("二十点五")).toMatchObject({ value: 20.5, place: -1 });
    expect(scan("十点五分")).toMatchObject({ value: undefined, timeOfDay: true });
    expect(scan("十点半")).toMatchObject({ end: 1, value: 10 });
  });

  it("reads approximate numbers as their two ends", () => {
    expect(scan("三四十")).toMatchObject({ value: 30, upper: 40, place: 1 });
    expect(scan("两三千")).toMatchObject({ value: 2000, upper: 3000, place: 3 });
    expect(scan("十五六")).toMatchObject({ value: 15, upper: 16, place: 0 });
    expect(scan("三五")).toMatchObject({ value: 3, upper: 5 });
    expect(scan("十几")).toMatchObject({ value: 11, upper: 19 });
    expect(scan("几十")).toMatchObject({ value: 20, upper: 90, place: 1 });
    expect(scan("几百万")).toMatchObject({ value: 2_000_000, upper: 9_000_000, place: 6 });
    expect(scan("数百")).toMatchObject({ value: 200, upper: 900, chineseChars: 2 });
  });

  it("leaves malformed runs without a value", () => {
    for (const text of [
      "二〇二三万",
      "3.5万5",
      "十百",
      "万万",
      "百十百",
      "1万5",
      "几几",
      "三四五十",
    ]) {
      expect(scan(text).value, text).toBeUndefined();
    }
  });

  it("stops where the reader of a figure says a unit word starts", () => {
    const run = new NumeralScan();
    run.stopsAt = (text, index) => text.startsWith("千米", index);
    scanNumeralRun("2.5千米", 0, run);
    expect(run).toMatchObject({ end: 3, value: 2.5 });
    scanNumeralRun("五千米", 0, run);
    expect(run).toMatchObject({ end: 2, value: 5000 });
    expect(scan("2.5千")).toMatchObject({ end: 4, value: 2500 });
  });

  it("takes one space before 万 or 亿 as part of an Arabic number", () => {
    expect(scan("19.15 亿元")).toMatchObject({ end: 7, value: 1_915_000_000, place: 6 });
    expect(scan("19 人")).toMatchObject({ end: 2, value: 19 });
  });
});
