// Which numbers before 年 name a calendar year (no figure) and which count years, and which
// numerals written in Chinese alone are figures: the rules extractQuantities reads them by.
import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/text/extract-quantities";

const found = (text: string) =>
  extractQuantities(text).map((figure) => [
    figure.text,
    figure.quantity.value,
    figure.quantity.unit,
  ]);

describe("numbers before 年", () => {
  it("reads four Arabic digits alone, or Chinese digits one by one, as a calendar year", () => {
    expect(found("2023年")).toEqual([]);
    expect(found("共2023年")).toEqual([]);
    expect(found("二〇二三年")).toEqual([]);
  });

  it("counts years with any other number: grouped, with a fraction, five digits, or scaled", () => {
    expect(found("2,023年")).toEqual([["2,023年", 2023, "年"]]);
    expect(found("2023.5年")).toEqual([["2023.5年", 2023.5, "年"]]);
    expect(found("12345年")).toEqual([["12345年", 12345, "年"]]);
    expect(found("2023万年")).toEqual([["2023万年", 20230000, "年"]]);
  });
});

describe("numerals written in Chinese", () => {
  it("reads one numeral character alone as no figure, unless a qualifier goes with it", () => {
    expect(found("一人")).toEqual([]);
    expect(found("十人")).toEqual([]);
    expect(found("百人")).toEqual([]);
    expect(found("近百人")).toEqual([["近百人", 100, "人"]]);
  });

  it("reads two or more numeral characters, or a decimal, as a figure", () => {
    expect(found("一百人")).toEqual([["一百人", 100, "人"]]);
    expect(found("三点五人")).toEqual([["三点五人", 3.5, "人"]]);
  });

  it("resumes after a malformed numeral, not inside it", () => {
    expect(found("十百人")).toEqual([]);
    expect(found("百十百人")).toEqual([]);
  });
});
