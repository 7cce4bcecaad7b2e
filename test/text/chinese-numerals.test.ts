import { describe, expect, it } from "vitest";
import {
  HUNDRED_MILLION,
  isApproximatePair,
  numeralCharacters,
  numeralCode,
  SOME,
  TEN,
  TEN_THOUSAND,
  unitPower,
  ZERO,
} from "../../src/text/chinese-numerals";

const code = (char: string) => numeralCode(char.charCodeAt(0));

describe("Chinese numeral characters", () => {
  it("reads everyday, financial and traditional digits", () => {
    expect(
      ["一", "壹", "二", "两", "兩", "贰", "貳", "三", "參", "伍", "陸", "玖"].map(code),
    ).toEqual([1, 1, 2, 2, 2, 2, 2, 3, 3, 5, 6, 9]);
    expect(code("〇")).toBe(ZERO);
    expect(code("零")).toBe(ZERO);
    expect(code("几")).toBe(SOME);
    expect(code("人")).toBe(0);
    expect(numeralCode(48)).toBe(0);
  });

  it("gives each unit its power of ten", () => {
    expect(
      ["十", "拾", "百", "佰", "千", "仟", "万", "萬", "亿", "億"].map((c) => unitPower(code(c))),
    ).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 8, 8]);
    expect(unitPower(TEN)).toBe(1);
    expect(unitPower(TEN_THOUSAND)).toBe(4);
    expect(unitPower(HUNDRED_MILLION)).toBe(8);
    expect(unitPower(5)).toBe(0);
  });

  it("lists every numeral character once", () => {
    const chars = numeralCharacters();
    expect(new Set(chars).size).toBe(chars.length);
    for (const char of chars) expect(code(char)).not.toBe(0);
  });

  it("knows the digit pairs of approximate numbers", () => {
    expect(isApproximatePair(3, 4)).toBe(true);
    expect(isApproximatePair(1, 2)).toBe(true);
    expect(isApproximatePair(3, 5)).toBe(true);
    expect(isApproximatePair(4, 3)).toBe(false);
    expect(isApproximatePair(2, 4)).toBe(false);
  });
});
