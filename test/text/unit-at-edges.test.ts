// The edges of unitAt: a bracketed 次 makes a compound only of a classifier that forms one, a
// bracket must hold one measure word and close right after it, and a unit at the end of the text.
import { describe, expect, it } from "vitest";
import { measureWordAt, unitAt } from "../../src/text/unit-at";

describe("unitAt at its edges", () => {
  it("makes no compound of a bracketed 次 after a word that forms none", () => {
    expect(unitAt("3名(次)", 1)).toEqual([4, "名"]);
    expect(unitAt("3位（次）", 1)).toEqual([4, "位"]);
    expect(unitAt("3天(次)", 1)).toEqual([4, "天"]);
    expect(unitAt("3名次", 1)).toEqual([1, "名"]);
  });

  it("reads a bracket only when it holds one measure word and closes right after it", () => {
    expect(unitAt("5000份（册）", 4)).toEqual([4, "份"]);
    expect(unitAt("5000份(册子)", 4)).toEqual([1, "份"]);
    expect(unitAt("5000份()", 4)).toEqual([1, "份"]);
    expect(unitAt("5000份(", 4)).toEqual([1, "份"]);
    expect(unitAt("5000份[册]", 4)).toEqual([1, "份"]);
    expect(unitAt("5000份 (册)", 4)).toEqual([1, "份"]);
  });

  it("reads a unit that ends the text, and nothing past the end", () => {
    expect(unitAt("100人", 3)).toEqual([1, "人"]);
    expect(unitAt("100人次", 3)).toEqual([2, "人次"]);
    expect(unitAt("100", 3)).toBeUndefined();
    expect(measureWordAt("100", 3)).toBeUndefined();
  });

  it("reads no unit in a period noun that begins with a measure word", () => {
    expect(unitAt("1季度", 1)).toBeUndefined();
    expect(unitAt("十四五期间", 3)).toBeUndefined();
    expect(unitAt("十四五期間", 3)).toBeUndefined();
    expect(unitAt("3期培训班", 1)).toEqual([1, "期"]);
    expect(unitAt("4季", 1)).toEqual([1, "季"]);
  });
});
