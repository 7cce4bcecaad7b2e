import { describe, expect, it } from "vitest";
import { comparatorTable } from "../../src/quantity/comparators";
import { comparatorValues } from "../../src/quantity/types";
import {
  combineComparator,
  exactWordAt,
  exactWordBefore,
  isMoreThanMark,
  qualifierAt,
  qualifierBefore,
  rangeWordAt,
  suffixQualifierAt,
} from "../../src/text/qualifiers";

describe("qualifier words", () => {
  it("reads every word of the comparator table as its comparator", () => {
    for (const comparator of comparatorValues) {
      const { before, after } = comparatorTable[comparator].words;
      for (const word of before) {
        if (comparator === "eq") {
          expect(exactWordAt(word, 0)).toBe(word.length);
          expect(exactWordBefore(word, word.length)).toBe(word.length);
        } else {
          expect(qualifierAt(word, 0)?.[1], word).toBe(comparator);
          expect(qualifierBefore(word, word.length)?.[1], word).toBe(comparator);
        }
      }
      for (const word of after) expect(suffixQualifierAt(word, 0)?.[1], word).toBe(comparator);
    }
    for (const word of comparatorTable.gt.words.inside) expect(isMoreThanMark(word, 0)).toBe(true);
    for (const word of comparatorTable.range.words.inside)
      expect(rangeWordAt(word, 0)).toBe(word.length);
  });

  it("matches the longest word first", () => {
    expect(qualifierBefore("不超过", 3)).toEqual([3, "lte"]);
    expect(qualifierBefore("超过", 2)).toEqual([2, "gt"]);
    expect(qualifierAt("不足100人", 0)).toEqual([2, "lt"]);
    expect(qualifierAt("100人", 0)).toBeUndefined();
    expect(isMoreThanMark("人", 0)).toBe(false);
    expect(isMoreThanMark("余", 5)).toBe(false);
  });

  it("combines two qualifiers on one number, the stricter bound winning", () => {
    expect(combineComparator("gt", "gte")).toBe("gt");
    expect(combineComparator("gte", "gt")).toBe("gt");
    expect(combineComparator("lt", "lte")).toBe("lt");
    expect(combineComparator("nearly", "lte")).toBe("nearly");
    expect(combineComparator("eq", "gte")).toBe("gte");
    expect(combineComparator("gt", "eq")).toBe("gt");
    expect(combineComparator("approx", "gte")).toBe("approx");
    expect(combineComparator("gt", "lte")).toBe("approx");
  });
});
