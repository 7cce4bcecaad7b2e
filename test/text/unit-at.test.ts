import { describe, expect, it } from "vitest";
import { measureWordAt, unitAt } from "../../src/text/unit-at";

describe("unitAt", () => {
  it("reads the longest unit at an index", () => {
    expect(unitAt("1.2个百分点", 3)).toEqual([4, "个百分点"]);
    expect(unitAt("12个", 2)).toEqual([1, "个"]);
    expect(unitAt("6个月", 1)).toEqual([2, "个月"]);
    expect(unitAt("3.5平方公里", 3)).toEqual([4, "平方公里"]);
    expect(unitAt("99%", 2)).toEqual([1, "%"]);
    expect(unitAt("12次", 2)).toEqual([1, "次"]);
    expect(unitAt("12年", 2)).toBeUndefined();
    expect(unitAt("12", 2)).toBeUndefined();
  });

  it("reads a classifier followed by 次 as one compound unit", () => {
    expect(unitAt("300人次", 3)).toEqual([2, "人次"]);
    expect(unitAt("30余条次", 3)).toEqual([2, "条次"]);
    expect(unitAt("12架次", 2)).toEqual([2, "架次"]);
    expect(unitAt("20場次", 2)).toEqual([2, "场次"]);
    expect(unitAt("3名次", 1)).toEqual([1, "名"]);
  });

  it("reads a bracketed alternative: 次 makes the compound, another word is dropped", () => {
    expect(unitAt("100人(次)", 3)).toEqual([4, "人次"]);
    expect(unitAt("384场（次）", 3)).toEqual([4, "场次"]);
    expect(unitAt("5000份(册)", 4)).toEqual([4, "份"]);
    expect(unitAt("20余条(张)", 3)).toEqual([4, "条"]);
    expect(unitAt("100人(村)", 3)).toEqual([1, "人"]);
    expect(unitAt("100人(次", 3)).toEqual([1, "人"]);
  });

  it("reads one measure word alone with measureWordAt", () => {
    expect(measureWordAt("人次", 0)).toEqual([1, "人"]);
    expect(measureWordAt("公頃", 0)).toEqual([2, "公顷"]);
  });
});
