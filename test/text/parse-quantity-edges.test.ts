// The edges of parseQuantity: a vague magnitude is one figure only with its unit and nothing
// after it, a figure without a unit keeps no unit, and text that is a date, a time, an ordinal
// or a named body is no figure.
import { describe, expect, it } from "vitest";
import { parseQuantity } from "../../src/text/parse-quantity";

describe("parseQuantity at its edges", () => {
  it("reads a vague magnitude only with its unit and nothing after it", () => {
    expect(parseQuantity(" 上千人 ")).toEqual({
      value: 1000,
      unit: "人",
      comparator: "gte",
      precision: 1000,
    });
    for (const text of ["上千", "约上千", "上千人以上", "上千人参加", "上千元左右"]) {
      expect(parseQuantity(text), text).toBeUndefined();
    }
  });

  it("keeps a figure without a unit unitless, a range included", () => {
    expect(parseQuantity("约3")).toStrictEqual({ value: 3, comparator: "approx", precision: 1 });
    expect(parseQuantity("3至5")).toStrictEqual({
      value: 3,
      upper: 5,
      comparator: "range",
      precision: 1,
    });
    expect(parseQuantity("约3至5人")).toEqual({
      value: 3,
      upper: 5,
      unit: "人",
      comparator: "range",
      precision: 1,
    });
  });

  it("reads 年 after a count as a duration, with the qualifier after it", () => {
    expect(parseQuantity("5年以上")).toEqual({
      value: 5,
      unit: "年",
      comparator: "gte",
      precision: 1,
    });
    expect(parseQuantity("2023年")).toBeUndefined();
  });

  it("reads no date, time, ordinal, named body or figure followed by more text", () => {
    for (const text of ["10月", "11:50", "第3个", "5届全国", "100人参加", "三四十人以上"]) {
      expect(parseQuantity(text), text).toBeUndefined();
    }
    expect(parseQuantity("5届")).toEqual({ value: 5, unit: "届", comparator: "eq", precision: 1 });
  });
});
