// The edges of the vague magnitudes: which units may follow 上 and each other (as in a numeral,
// a 万 or 亿 multiplies a smaller unit before it), where the idioms are read, and what 上 and 成
// read as when the text goes on differently.
import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/text/extract-quantities";
import { parseQuantity } from "../../src/text/parse-quantity";
import { vagueMagnitudeAt } from "../../src/text/vague-magnitudes";

describe("vague magnitudes at their edges", () => {
  it("reads 上万亿 and 上千万亿 as at least that magnitude, 万亿 being one unit", () => {
    expect(vagueMagnitudeAt("上万亿元", 0)).toEqual({
      length: 3,
      value: 1e12,
      place: 12,
      comparator: "gte",
    });
    expect(vagueMagnitudeAt("上千万亿元", 0)).toMatchObject({ length: 4, value: 1e15, place: 15 });
    expect(vagueMagnitudeAt("上千亿元", 0)).toMatchObject({ length: 3, value: 1e11, place: 11 });
    expect(parseQuantity("上万亿元")).toEqual({
      value: 1e12,
      unit: "元",
      comparator: "gte",
      precision: 1e12,
    });
    expect(extractQuantities("投资规模上万亿元").map((figure) => figure.text)).toEqual([
      "上万亿元",
    ]);
  });

  it("stops before a unit that does not multiply the one before it", () => {
    expect(vagueMagnitudeAt("上百千人", 0)).toMatchObject({ length: 2, value: 100, place: 2 });
    expect(vagueMagnitudeAt("上千百人", 0)).toMatchObject({ length: 2, value: 1000, place: 3 });
    expect(vagueMagnitudeAt("上万万人", 0)).toMatchObject({ length: 2, value: 1e4, place: 4 });
    expect(vagueMagnitudeAt("上亿万人", 0)).toMatchObject({ length: 2, value: 1e8, place: 8 });
    expect(vagueMagnitudeAt("上百", 0)).toMatchObject({ length: 2, value: 100 });
  });

  it("reads 上 and the idioms where they stand, and no other character", () => {
    expect(vagueMagnitudeAt("参加者上千人", 3)).toMatchObject({ length: 2, value: 1000 });
    expect(vagueMagnitudeAt("吸引成百上千人", 2)).toMatchObject({
      length: 4,
      value: 100,
      place: 2,
    });
    expect(vagueMagnitudeAt("成千上万人", 1)).toBeUndefined();
    for (const text of ["数百人", "百人", "近千人", "成百人", "成千"]) {
      expect(vagueMagnitudeAt(text, 0), text).toBeUndefined();
    }
  });

  it("combines a qualifier before a vague magnitude with it, as before a number", () => {
    const at = (comparator: string) => ({ value: 1000, unit: "人", comparator, precision: 1000 });
    expect(parseQuantity("约上千人")).toEqual(at("approx"));
    expect(parseQuantity("超过上千人")).toEqual(at("gt"));
    expect(parseQuantity("共计上千人")).toEqual(at("gte"));
    expect(
      extractQuantities("参加人数约上千人").map((figure) => [
        figure.text,
        figure.start,
        figure.label,
        figure.quantity,
      ]),
    ).toEqual([["约上千人", 4, "参加人数", at("approx")]]);
    expect(extractQuantities("超过上千人")[0]?.quantity).toEqual(at("gt"));
  });

  it("reads 十 after 上 only as the first unit of 十万 or 十亿", () => {
    expect(vagueMagnitudeAt("上十万人", 0)).toMatchObject({ length: 3, value: 1e5, place: 5 });
    expect(parseQuantity("上十亿元")).toEqual({
      value: 1e9,
      unit: "元",
      comparator: "gte",
      precision: 1e9,
    });
    expect(vagueMagnitudeAt("上十人", 0)).toBeUndefined();
    expect(vagueMagnitudeAt("上十百人", 0)).toBeUndefined();
  });
});
