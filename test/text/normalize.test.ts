// normalizeWithOffsets: the normalized text with, for each of its indexes, where it came from in
// the input (absent when nothing changed), and pinyinGlossLength, the length of one gloss.
import { describe, expect, it } from "vitest";
import { normalizeWithOffsets, pinyinGlossLength } from "../../src/text/normalize";

const offsets = (text: string) => {
  const normalized = normalizeWithOffsets(text);
  return [normalized.text, normalized.offsets === undefined ? undefined : [...normalized.offsets]];
};

describe("normalizeWithOffsets", () => {
  it("gives no offsets when nothing could change, the characters beside the full-width block included", () => {
    expect(offsets("abc")).toEqual(["abc", undefined]);
    expect(offsets("")).toEqual(["", undefined]);
    expect(offsets("＀｟")).toEqual(["＀｟", undefined]);
    expect(offsets("民族团结")).toEqual(["民族团结", undefined]);
  });

  it("maps every normalized index, and the end, to its place in the input", () => {
    expect(offsets("５人")).toEqual(["5人", [0, 1, 2]]);
    expect(offsets("團(jié)5")).toEqual(["團5", [0, 6, 7]]);
    expect(offsets("a團（jié）９")).toEqual(["a團9", [0, 1, 7, 8]]);
    // A bracket that may start a gloss but does not keeps every index its own.
    expect(offsets("人(")).toEqual(["人(", [0, 1, 2]]);
  });
});

describe("pinyinGlossLength", () => {
  it("measures a gloss in either bracket from its opening bracket to its closing one", () => {
    expect(pinyinGlossLength("團(jié)", 1)).toBe(5);
    expect(pinyinGlossLength("團（jié）", 1)).toBe(5);
    expect(pinyinGlossLength(")(a)", 1)).toBe(3);
  });

  it("is 0 where no bracket opens, or the bracket holds no syllable", () => {
    expect(pinyinGlossLength("團x", 1)).toBe(0);
    expect(pinyinGlossLength("團(jié）", 1)).toBe(0);
    expect(pinyinGlossLength("團(12)", 1)).toBe(0);
    expect(pinyinGlossLength("團(", 1)).toBe(0);
  });
});
