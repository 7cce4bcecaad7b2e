import { describe, expect, it } from "vitest";
import { FigureScan, scanFigure } from "../../src/text/read-figure";

function read(text: string, start = 0) {
  const figure = new FigureScan();
  if (!scanFigure(text, start, figure)) return { found: false, resumeAt: figure.resumeAt };
  const { end, value, upper, unit, comparator, place } = figure;
  return { found: true, end, value, upper, unit, comparator, place };
}

describe("scanFigure", () => {
  it("reads a number with 余/多, its unit and the qualifier after it", () => {
    expect(read("5万余人参加")).toEqual({
      found: true,
      end: 4,
      value: 50000,
      upper: undefined,
      unit: "人",
      comparator: "gt",
      place: 4,
    });
    expect(read("10余万人")).toMatchObject({ value: 100000, comparator: "gt", place: 4 });
    expect(read("100人以上")).toMatchObject({ end: 6, comparator: "gte" });
    expect(read("百分之九十九")).toMatchObject({ value: 99, unit: "%" });
  });

  it("reads 年 as a duration unless the number names a year", () => {
    expect(read("5年来")).toMatchObject({ found: true, end: 2, unit: "年", value: 5 });
    expect(read("二十年")).toMatchObject({ found: true, value: 20, unit: "年" });
    expect(read("2023年")).toEqual({ found: false, resumeAt: 5 });
    expect(read("23年9月")).toMatchObject({ found: false });
  });

  it("is no figure at a date, a time or a numbered body, and says where to resume", () => {
    expect(read("4月26日")).toEqual({ found: false, resumeAt: 2 });
    expect(read("2023-09-20 11:50")).toEqual({ found: false, resumeAt: 10 });
    expect(read("11:50:00")).toEqual({ found: false, resumeAt: 8 });
    expect(read("二十届三中全会")).toMatchObject({ found: false });
  });

  it("resumes at the digits after a numeral character that belongs to a word", () => {
    const text = "伍6支";
    expect(read(text)).toEqual({ found: false, resumeAt: 1 });
    expect(read(text, 1)).toMatchObject({ found: true, value: 6, unit: "支" });
  });

  it("reads a unit word that starts with a numeral after an Arabic number whole", () => {
    expect(read("2.5千米")).toMatchObject({ value: 2.5, unit: "千米" });
    expect(read("5千克")).toMatchObject({ value: 5, unit: "千克" });
    expect(read("五千米")).toMatchObject({ value: 5000, unit: "米" });
  });

  it("tolerates one space between a number and its unit", () => {
    expect(read("22.28 %")).toMatchObject({ value: 22.28, unit: "%", place: -2 });
    expect(read("100 人")).toMatchObject({ value: 100, unit: "人" });
    expect(read("100  人")).toMatchObject({ found: true, unit: undefined });
  });
});
