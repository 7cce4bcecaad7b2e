import { describe, expect, it } from "vitest";
import { comparatorBounds, comparatorTable } from "../../src/quantity/comparators";
import { comparatorValues } from "../../src/quantity/types";

describe("comparatorTable", () => {
  it("describes comparators as the doc example shows", () => {
    expect(comparatorTable.gt.direction).toBe("lower");
    expect(comparatorTable.gte.inclusive).toBe(true);
    expect(comparatorTable.nearly.words.before).toEqual(["将近", "將近", "接近", "近"]);
    expect(comparatorTable.range.form["zh-CN"]).toBe("{number}至{upper}{unit}");
  });

  it("has one entry per comparator and nothing else", () => {
    expect(Object.keys(comparatorTable).sort()).toEqual([...comparatorValues].sort());
  });

  it("reads 以上/以下/以内 as including the number and 超过/不满 as excluding it (民法典 1259)", () => {
    const owner = (word: string) =>
      comparatorValues.filter((c) => {
        const { before, inside, after } = comparatorTable[c].words;
        return [...before, ...inside, ...after].includes(word);
      });
    expect(owner("以上")).toEqual(["gte"]);
    expect(owner("以下")).toEqual(["lte"]);
    expect(owner("以内")).toEqual(["lte"]);
    expect(owner("超过")).toEqual(["gt"]);
    expect(owner("不满")).toEqual(["lt"]);
    for (const c of ["gte", "lte"] as const) expect(comparatorTable[c].inclusive).toBe(true);
    for (const c of ["gt", "lt", "nearly"] as const)
      expect(comparatorTable[c].inclusive).toBe(false);
  });

  it("gives every word to one comparator only", () => {
    const seen = new Map<string, string>();
    for (const c of comparatorValues) {
      const { before, inside, after } = comparatorTable[c].words;
      for (const [position, words] of Object.entries({ before, inside, after })) {
        for (const word of words) {
          const key = `${position}:${word}`;
          expect(seen.get(key), key).toBeUndefined();
          seen.set(key, c);
        }
      }
    }
  });

  it("writes every form with its number, a range with both ends, and labels every locale", () => {
    for (const c of comparatorValues) {
      const { form, label } = comparatorTable[c];
      for (const locale of ["zh-CN", "zh-TW", "en"] as const) {
        expect(form[locale]).toContain("{number}");
        expect(form[locale]).toContain("{unit}");
        expect(form[locale].includes("{upper}")).toBe(c === "range");
        expect(label[locale]).not.toBe("");
      }
    }
  });

  it("ranks an exclusive bound above an inclusive one in each direction, and 近 above 不足", () => {
    expect(comparatorTable.gt.strictness).toBeGreaterThan(comparatorTable.gte.strictness);
    expect(comparatorTable.lt.strictness).toBeGreaterThan(comparatorTable.lte.strictness);
    expect(comparatorTable.nearly.strictness).toBeGreaterThan(comparatorTable.lt.strictness);
  });
});

describe("comparatorBounds", () => {
  it("reads bounds as the doc example shows", () => {
    expect(comparatorBounds.gt).toEqual({ direction: "lower", inclusive: false, strictness: 2 });
  });

  it("is the table's own direction, inclusivity and strictness", () => {
    for (const c of comparatorValues) {
      const { direction, inclusive, strictness } = comparatorTable[c];
      expect(comparatorBounds[c]).toEqual({ direction, inclusive, strictness });
    }
  });
});
