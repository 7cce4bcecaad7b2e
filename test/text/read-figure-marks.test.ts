// The marks read past a figure's number: 余/多 after a number written with 百分之 as after any
// number, a range joined by a dash before 年, and where reading resumes after a named session.
import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/text/extract-quantities";
import { parseQuantity } from "../../src/text/parse-quantity";

describe("the marks after a figure's number", () => {
  it("reads 余 or 多 after a number written with 百分之 as more than it", () => {
    expect(parseQuantity("百分之五十多")).toEqual({
      value: 50,
      unit: "%",
      comparator: "gt",
      precision: 10,
    });
    expect(extractQuantities("百分之九十余的群众").map((figure) => figure.text)).toEqual([
      "百分之九十余",
    ]);
    expect(parseQuantity("百分之九十以上")?.comparator).toBe("gte");
    expect(parseQuantity("百分之三四十")).toEqual({
      value: 30,
      upper: 40,
      unit: "%",
      comparator: "range",
      precision: 10,
    });
  });

  it("reads a count of years joined by a dash as a range, and a range of calendar years as none", () => {
    expect(parseQuantity("3-5年")).toEqual({
      value: 3,
      upper: 5,
      unit: "年",
      comparator: "range",
      precision: 1,
    });
    expect(extractQuantities("2021-2025年")).toEqual([]);
  });

  it("reads a one-character number before 余 or 多 as a figure", () => {
    expect(parseQuantity("十余人")).toEqual({
      value: 10,
      unit: "人",
      comparator: "gt",
      precision: 10,
    });
    expect(extractQuantities("十多个").map((figure) => figure.quantity.comparator)).toEqual(["gt"]);
  });

  it("reads the figure after a named session, and none inside it", () => {
    expect(extractQuantities("二十届三中全会5人").map((figure) => figure.text)).toEqual(["5人"]);
    expect(extractQuantities("十四届全国人大")).toEqual([]);
  });

  it("tolerates one space before 余 or 多, as before a unit", () => {
    expect(parseQuantity("100 余人")).toEqual({
      value: 100,
      unit: "人",
      comparator: "gt",
      precision: 1,
    });
    expect(parseQuantity("100 多万人")).toEqual({
      value: 1e6,
      unit: "人",
      comparator: "gt",
      precision: 1e4,
    });
    expect(extractQuantities("共 100 余人").map((figure) => [figure.text, figure.start])).toEqual([
      ["100 余人", 2],
    ]);
  });

  it("takes a one-character number with a qualifier after its unit for a figure", () => {
    const read = (text: string) =>
      extractQuantities(text).map((figure) => [figure.text, figure.quantity.comparator]);
    expect(read("十人以上")).toEqual([["十人以上", "gte"]]);
    expect(read("百人左右")).toEqual([["百人左右", "approx"]]);
    expect(read("十年以上")).toEqual([["十年以上", "gte"]]);
    expect(read("十人")).toEqual([]);
    expect(read("十年")).toEqual([]);
  });
});
