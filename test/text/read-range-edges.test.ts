// The edges of a range's second end: one space on either side of the range word, which scale
// words scale both ends, ends that are equal, and what after the range word is no second end.
import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/text/extract-quantities";
import { parseQuantity } from "../../src/text/parse-quantity";

const range = (value: number, upper: number, unit: string, precision: number) => ({
  value,
  upper,
  unit,
  comparator: "range",
  precision,
});

describe("the second end of a range at its edges", () => {
  it("tolerates one space before and after the range word, as before a unit", () => {
    expect(parseQuantity("30 至40人")).toEqual(range(30, 40, "人", 1));
    expect(parseQuantity("30 至 40人")).toEqual(range(30, 40, "人", 1));
    expect(parseQuantity("2 — 3 个")).toEqual(range(2, 3, "个", 1));
    expect(parseQuantity("30人 至40人")).toEqual(range(30, 40, "人", 1));
    expect(extractQuantities("参加者30 至40人").map((figure) => figure.text)).toEqual([
      "30 至40人",
    ]);
  });

  it("scales the lower end by the 万 or 万亿 after the upper one only when it is written bare", () => {
    expect(parseQuantity("1-2万人")).toEqual(range(10000, 20000, "人", 10000));
    expect(parseQuantity("0.5-1万元")).toEqual(range(5000, 10000, "元", 1000));
    expect(parseQuantity("3-5万亿元")).toEqual(range(3e12, 5e12, "元", 1e12));
    expect(parseQuantity("3万-5万人")).toEqual(range(30000, 50000, "人", 10000));
    // 15000 to 2万 already reads as a range without scaling the 15000.
    expect(parseQuantity("15000-2万人")).toEqual(range(15000, 20000, "人", 1));
    expect(parseQuantity("3至4.5万人")).toEqual(range(30000, 45000, "人", 1000));
  });

  it("reads percentages with the sign after either end or after both", () => {
    expect(parseQuantity("5-8%")).toEqual(range(5, 8, "%", 1));
    expect(parseQuantity("5%-8%")).toEqual(range(5, 8, "%", 1));
  });

  it("is no range when the ends are equal or the second end is no number", () => {
    expect(parseQuantity("5至5人")).toBeUndefined();
    expect(parseQuantity("3-a人")).toBeUndefined();
    expect(parseQuantity("3-5-7人")).toBeUndefined();
    expect(parseQuantity("30至三四十人")).toBeUndefined();
    expect(extractQuantities("3至5月")).toEqual([]);
    expect(extractQuantities("3至2024年")).toEqual([]);
  });

  it("tolerates an ASCII, a no-break or an ideographic space, one of them", () => {
    for (const space of [" ", "\u00a0", "\u3000"]) {
      expect(parseQuantity(`30${space}至40人`), JSON.stringify(space)).toEqual(
        range(30, 40, "人", 1),
      );
      expect(parseQuantity(`100${space}人`)?.value, JSON.stringify(space)).toBe(100);
    }
    expect(parseQuantity("30  至40人")).toBeUndefined();
  });

  it("reads a second end that starts with the digit 0", () => {
    expect(parseQuantity("0.5至0.8万元")).toEqual(range(5000, 8000, "元", 1000));
  });
});
