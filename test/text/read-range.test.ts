import { describe, expect, it } from "vitest";
import { FigureScan, scanFigure } from "../../src/text/read-figure";

function range(text: string) {
  const figure = new FigureScan();
  if (!scanFigure(text, 0, figure)) return undefined;
  const { end, value, upper, unit, comparator, place } = figure;
  return { end, value, upper, unit, comparator, place };
}

describe("the second end of a range", () => {
  it("reads both ends, with one unit after them or after each", () => {
    expect(range("30至40人参加")).toEqual({
      end: 6,
      value: 30,
      upper: 40,
      unit: "人",
      comparator: "range",
      place: 0,
    });
    expect(range("5%至8%")).toMatchObject({ value: 5, upper: 8, unit: "%" });
    expect(range("2—3 个方面")).toMatchObject({ end: 5, value: 2, upper: 3, unit: "个" });
    expect(range("3万至5万人")).toMatchObject({ value: 30000, upper: 50000, place: 4 });
    expect(range("3～5天")).toMatchObject({ value: 3, upper: 5, unit: "天" });
  });

  it("scales both ends by a 万 written after the upper one", () => {
    expect(range("3-5万人")).toMatchObject({ value: 30000, upper: 50000, place: 4 });
    expect(range("1.5至2万元")).toMatchObject({ value: 15000, upper: 20000, place: 3 });
  });

  it("reads a range of years in full as years, a short one as a duration", () => {
    expect(range("2022—2024 年")).toBeUndefined();
    expect(range("2021-2025年")).toBeUndefined();
    expect(range("3—5年")).toMatchObject({ value: 3, upper: 5, unit: "年" });
  });

  it("is no range when the ends are out of order, the units differ, or a date is written", () => {
    expect(range("40至30人")).toBeUndefined();
    expect(range("30人至40个")).toMatchObject({ end: 3, value: 30, comparator: "eq" });
    expect(range("2023-09-20")).toBeUndefined();
    expect(range("11-12月")).toBeUndefined();
  });
});
