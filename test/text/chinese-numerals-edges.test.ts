// The edges of the numeral-character table: the codes just outside its span, each token's unit
// power (none for digits, 零 and 几), and every digit pair of an approximate number.
import { describe, expect, it } from "vitest";
import {
  HUNDRED,
  HUNDRED_MILLION,
  isApproximatePair,
  numeralCode,
  SOME,
  TEN,
  TEN_THOUSAND,
  THOUSAND,
  unitPower,
  ZERO,
} from "../../src/text/chinese-numerals";

describe("numeral characters at their edges", () => {
  it("reads the first and last numeral codes, and nothing just outside them", () => {
    expect(numeralCode(0x3007)).toBe(ZERO); // 〇
    expect(numeralCode(0x96f6)).toBe(ZERO); // 零
    expect(numeralCode(0x3006)).toBe(0);
    expect(numeralCode(0x3008)).toBe(0);
    expect(numeralCode(0x96f7)).toBe(0);
    expect(numeralCode(0)).toBe(0);
    expect(numeralCode(Number.NaN)).toBe(0);
  });

  it("gives a power of ten to the units only", () => {
    expect([TEN, HUNDRED, THOUSAND, TEN_THOUSAND, HUNDRED_MILLION].map(unitPower)).toEqual([
      1, 2, 3, 4, 8,
    ]);
    for (const token of [0, 1, 9, ZERO, SOME, SOME + 1]) {
      expect(unitPower(token), String(token)).toBe(0);
    }
  });

  it("pairs a digit with the next one, and 三 with 五, in that order only", () => {
    for (let first = 1; first <= 9; first++) {
      for (let second = 1; second <= 9; second++) {
        const expected = second === first + 1 || (first === 3 && second === 5);
        expect(isApproximatePair(first, second), `${first}${second}`).toBe(expected);
      }
    }
  });
});
