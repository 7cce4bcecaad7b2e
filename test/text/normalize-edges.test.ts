// The edges of normalizeText's rewriting: where the full-width ranges begin and end, which
// marks between digits turn ASCII, and which characters a pinyin gloss may follow.
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/text/normalize-text";

describe("normalizeText at its edges", () => {
  it("rewrites the full-width digits and letters from first to last, and nothing beside them", () => {
    expect(normalizeText("０９")).toBe("09");
    expect(normalizeText("ＡＺａｚ")).toBe("AZaz");
    // ＠ before Ａ, ［ after Ｚ, ｀ before ａ, ｛ after ｚ, and the ends of the block stay.
    expect(normalizeText("＠［｀｛")).toBe("＠［｀｛");
    expect(normalizeText("！～｟")).toBe("！～｟");
  });

  it("turns ．：－／ ASCII between any two digits, ASCII or full-width, and only there", () => {
    expect(normalizeText("0．9")).toBe("0.9");
    expect(normalizeText("9：0")).toBe("9:0");
    expect(normalizeText("０．９")).toBe("0.9");
    expect(normalizeText("1－2")).toBe("1-2");
    expect(normalizeText("1／2")).toBe("1/2");
    expect(normalizeText("3．元")).toBe("3．元");
    expect(normalizeText("3．")).toBe("3．");
    expect(normalizeText("．5")).toBe("．5");
    // Next to a digit, a mark or letter on the other side is no digit, below 0 or above ９.
    expect(normalizeText("(．5")).toBe("(．5");
    expect(normalizeText("5．(")).toBe("5．(");
    expect(normalizeText("Ａ．5")).toBe("A．5");
    expect(normalizeText("5．ｚ")).toBe("5．z");
  });

  it("drops a gloss after any CJK unified ideograph, basic block or extension A", () => {
    expect(normalizeText("一(yī)")).toBe("一");
    expect(normalizeText("\u9fff(a)")).toBe("\u9fff");
    expect(normalizeText("㐀(qiū)")).toBe("㐀");
    expect(normalizeText("\u4dbf(a)")).toBe("\u4dbf");
    expect(normalizeText("團（jié）")).toBe("團");
  });

  it("keeps a bracket that follows no ideograph, or holds no syllable", () => {
    expect(normalizeText("a（jié）")).toBe("a（jié）");
    expect(normalizeText("（jié）")).toBe("（jié）");
    expect(normalizeText("(jié)")).toBe("(jié)");
    expect(normalizeText("團()")).toBe("團()");
    expect(normalizeText("團（）")).toBe("團（）");
  });

  it("reads a gloss of at most 7 letters, the longest a syllable is written with", () => {
    expect(normalizeText("團(zhuang)")).toBe("團");
    expect(normalizeText("團(zhaaaang)")).toBe("團(zhaaaang)");
  });
});
