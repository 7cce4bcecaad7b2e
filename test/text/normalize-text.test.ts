import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/text/normalize-text";

describe("normalizeText", () => {
  it("normalizes text as the doc example shows", () => {
    expect(normalizeText("民族團結(jié)進步，知曉率達９９％")).toBe("民族團結進步，知曉率達99%");
  });

  it("drops pinyin glosses after characters", () => {
    expect(normalizeText("團結(jié)")).toBe("團結");
    expect(normalizeText("創(chuàng)建")).toBe("創建");
    expect(normalizeText("昆區(qū)")).toBe("昆區");
    expect(normalizeText("質(zhì)量")).toBe("質量");
    expect(normalizeText("團結（jié）")).toBe("團結");
  });

  it("keeps real parenthesised text", () => {
    for (const text of [
      "文明实践中心(站、所)",
      "12个社区(村)",
      "常委(扩大)会议",
      "街道(镇)",
      "(原标题)",
      "Command+S(save)",
      "天(11月8日)",
      "a(b)",
    ]) {
      expect(normalizeText(text)).toBe(text);
    }
  });

  it("rewrites full-width digits, letters and ％, and ．：－／ only between digits", () => {
    expect(normalizeText("４．３万")).toBe("4.3万");
    expect(normalizeText("１１：５０")).toBe("11:50");
    expect(normalizeText("２０２３－０９－２０")).toBe("2023-09-20");
    expect(normalizeText("ＡＢＣｘｙｚ")).toBe("ABCxyz");
    expect(normalizeText("增速：６．７％。")).toBe("增速：6.7%。");
    expect(normalizeText("3，4个")).toBe("3，4个");
  });

  it("removes every gloss from the 昆都仑区 article and nothing else", () => {
    const text = readFileSync(
      resolve(import.meta.dirname, "../../examples/articles/kundulun-2024.txt"),
      "utf8",
    );
    const normalized = normalizeText(text);
    expect(normalized).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
    expect(normalized).toContain("民族團結進步創建工作實踐創新");
    expect(normalized).toContain("昆區民委");
    expect(text.length - normalized.length).toBe(
      [...text.matchAll(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g)].reduce(
        (sum, m) => sum + m[0].length,
        0,
      ),
    );
  });
});
