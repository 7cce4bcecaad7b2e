import { describe, expect, it } from "vitest";
import {
  decimalToNumber,
  decimalToPlainString,
  roundDecimal,
  shiftDecimal,
  toDecimal,
} from "../../src/core/decimal";

describe("toDecimal", () => {
  it("reads the shortest decimal a number prints as", () => {
    expect(toDecimal(1.005)).toEqual({ negative: false, digits: "1005", exponent: -3 });
    expect(toDecimal(-62.5)).toEqual({ negative: true, digits: "625", exponent: -1 });
    expect(toDecimal(4000)).toEqual({ negative: false, digits: "4", exponent: 3 });
    expect(toDecimal(0)).toEqual({ negative: false, digits: "", exponent: 0 });
    expect(toDecimal(1e-7)).toEqual({ negative: false, digits: "1", exponent: -7 });
  });
});

describe("shiftDecimal", () => {
  it("multiplies by powers of ten without binary error", () => {
    expect(decimalToNumber(shiftDecimal(toDecimal(0.07), 2))).toBe(7);
    expect(0.07 * 100).not.toBe(7);
    expect(decimalToNumber(shiftDecimal(toDecimal(1.005), 3))).toBe(1005);
    expect(decimalToNumber(shiftDecimal(toDecimal(0), 5))).toBe(0);
  });
});

describe("roundDecimal", () => {
  it("rounds half away from zero and drops trailing zeros", () => {
    expect(roundDecimal(toDecimal(2.675), 2)).toEqual({
      negative: false,
      digits: "268",
      exponent: -2,
    });
    expect(roundDecimal(toDecimal(9.96), 1)).toEqual({
      negative: false,
      digits: "1",
      exponent: 1,
    });
    expect(roundDecimal(toDecimal(0.004), 2)).toEqual({ negative: false, digits: "", exponent: 0 });
    expect(roundDecimal(toDecimal(0.0004), 2)).toEqual({
      negative: false,
      digits: "",
      exponent: 0,
    });
    expect(roundDecimal(toDecimal(0.005), 2)).toEqual({
      negative: false,
      digits: "1",
      exponent: -2,
    });
  });
});

describe("decimalToPlainString", () => {
  it("prints positional notation without an exponent", () => {
    expect(decimalToPlainString(toDecimal(1e21))).toBe("1000000000000000000000");
    expect(decimalToPlainString(toDecimal(1.5e-7))).toBe("0.00000015");
    expect(decimalToPlainString(toDecimal(-363.1))).toBe("-363.1");
    expect(decimalToPlainString(toDecimal(0))).toBe("0");
    expect(decimalToPlainString(toDecimal(12))).toBe("12");
  });
});
