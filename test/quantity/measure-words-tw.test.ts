import { describe, expect, it } from "vitest";
import { formatQuantity } from "../../src/quantity/format-quantity";
import { measureWordsTW } from "../../src/quantity/measure-words-tw";
import { unitTable } from "../../src/quantity/units";
import { traditional } from "../report/traditional-text";

describe("measureWordsTW", () => {
  it("writes every measure word of the unit table in traditional characters", () => {
    // A word added to unitTable whose traditional form differs needs its form here.
    const missing = Object.keys(unitTable).filter(
      (word) => traditional(word) !== word && !Object.hasOwn(measureWordsTW, word),
    );
    expect(missing).toEqual([]);
  });

  it("holds only words of the unit table, each as OpenCC writes it", () => {
    expect(Object.keys(measureWordsTW).filter((word) => !Object.hasOwn(unitTable, word))).toEqual(
      [],
    );
    const wrong = Object.entries(measureWordsTW).filter(
      ([word, form]) => traditional(word) !== form,
    );
    expect(wrong).toEqual([]);
  });
});

describe("formatQuantity in zh-TW", () => {
  it("writes a known measure word in traditional characters", () => {
    expect(formatQuantity({ value: 223, unit: "个", comparator: "eq" }, { locale: "zh-TW" })).toBe(
      "223個",
    );
    expect(
      formatQuantity({ value: 625000, unit: "人次", comparator: "gt" }, { locale: "zh-TW" }),
    ).toBe("62.5萬餘人次");
    expect(
      formatQuantity(
        { value: 30, upper: 40, unit: "场次", comparator: "range" },
        { locale: "zh-TW" },
      ),
    ).toBe("30至40場次");
  });

  it("keeps the measure word as given in zh-CN and en, and an unknown unit in every locale", () => {
    expect(formatQuantity({ value: 9, unit: "个", comparator: "eq" })).toBe("9个");
    expect(formatQuantity({ value: 9, unit: "个", comparator: "eq" }, { locale: "en" })).toBe(
      "9 个",
    );
    expect(formatQuantity({ value: 9, unit: "盏", comparator: "eq" }, { locale: "zh-TW" })).toBe(
      "9盏",
    );
  });
});
