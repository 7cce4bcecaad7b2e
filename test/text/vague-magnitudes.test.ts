import { describe, expect, it } from "vitest";
import { vagueMagnitudeAt } from "../../src/text/vague-magnitudes";

describe("vagueMagnitudeAt", () => {
  it("reads 上 before units as at least that magnitude", () => {
    expect(vagueMagnitudeAt("上百人", 0)).toEqual({
      length: 2,
      value: 100,
      place: 2,
      comparator: "gte",
    });
    expect(vagueMagnitudeAt("上千万次", 0)).toMatchObject({ length: 3, value: 1e7, place: 7 });
    expect(vagueMagnitudeAt("上百万", 0)).toMatchObject({ value: 1e6 });
    expect(vagueMagnitudeAt("上万名", 0)).toMatchObject({ value: 1e4 });
    expect(vagueMagnitudeAt("上亿元", 0)).toMatchObject({ value: 1e8 });
  });

  it("reads 成千上万 and 成百上千 as at least their smaller magnitude", () => {
    expect(vagueMagnitudeAt("成千上万人", 0)).toMatchObject({ length: 4, value: 1000, place: 3 });
    expect(vagueMagnitudeAt("成千上萬", 0)).toMatchObject({ value: 1000 });
    expect(vagueMagnitudeAt("成百上千", 0)).toMatchObject({ value: 100 });
  });

  it("reads nothing else", () => {
    for (const text of ["上十人", "上5000人", "上半年", "以上", "成立", "上"]) {
      expect(vagueMagnitudeAt(text, 0), text).toBeUndefined();
    }
    expect(vagueMagnitudeAt("以上百人", 0)).toBeUndefined();
  });
});
