import { describe, expect, it } from "vitest";
import {
  decimalMagnitude,
  decimalToFixedString,
  decimalToNumber,
  decimalToPlainString,
  ExactSum,
  powerOfTen,
  roundDecimal,
  roundDecimalBy,
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

describe("roundDecimalBy", () => {
  const round = (value: number, places: number, mode: "half-up" | "floor" | "ceiling") =>
    decimalToNumber(roundDecimalBy(toDecimal(value), places, mode));

  it("rounds down toward −∞ and up toward +∞, on the written decimal", () => {
    expect(round(4.9995, 2, "floor")).toBe(4.99);
    expect(round(4.9995, 2, "ceiling")).toBe(5);
    expect(round(-4.9995, 2, "floor")).toBe(-5);
    expect(round(-4.9995, 2, "ceiling")).toBe(-4.99);
    expect(round(1.005, 2, "half-up")).toBe(1.01);
    expect(round(1.1, 2, "floor")).toBe(1.1);
    expect(round(0.003, 2, "floor")).toBe(0);
    expect(round(0.003, 2, "ceiling")).toBe(0.01);
    expect(round(-0.003, 2, "floor")).toBe(-0.01);
    expect(round(999.999, 2, "ceiling")).toBe(1000);
  });
});

describe("decimalToFixedString", () => {
  it("keeps the zeros a written precision asks for", () => {
    expect(decimalToFixedString(toDecimal(200), 1)).toBe("200.0");
    expect(decimalToFixedString(toDecimal(6.7), 2)).toBe("6.70");
    expect(decimalToFixedString(toDecimal(6.75), 1)).toBe("6.75");
    expect(decimalToFixedString(toDecimal(3), 0)).toBe("3");
  });
});

describe("decimalMagnitude", () => {
  it("is the power of ten of the leading digit", () => {
    expect(decimalMagnitude(toDecimal(36_310_000_000))).toBe(10);
    expect(decimalMagnitude(toDecimal(0.05))).toBe(-2);
    expect(decimalMagnitude(toDecimal(1))).toBe(0);
  });
});

describe("ExactSum", () => {
  it("sums decimals exactly, aligning exponents", () => {
    const sum = new ExactSum().set(625, -1).shift(4);
    expect(sum.toNumber()).toBe(625000);
    expect(new ExactSum().set(1, -1).add(2, -1).toNumber()).toBe(0.3);
    expect(new ExactSum().set(1, 4).add(8, 3).toNumber()).toBe(18000);
    expect(new ExactSum().add(5, 0).add(5, -2).toNumber()).toBe(5.05);
    expect(new ExactSum().toNumber()).toBe(0);
  });

  it("marks a sum that leaves the safe-integer range lost", () => {
    const sum = new ExactSum().set(Number.MAX_SAFE_INTEGER, 0).add(1, 0);
    expect(sum.lost).toBe(true);
    expect(sum.toNumber()).toBeUndefined();
    expect(new ExactSum().set(1, 23).toNumber()).toBeUndefined();
    expect(new ExactSum().set(1, 16).toNumber()).toBeUndefined();
  });

  it("aligns exponents exactly at every gap a safe mantissa allows, and marks wider gaps lost", () => {
    for (let gap = 1; gap <= 15; gap++) {
      const expected = Number(`1${"0".repeat(gap - 1)}1`);
      expect(new ExactSum().set(1, 0).add(1, gap).mantissa).toBe(expected);
      expect(new ExactSum().set(1, gap).add(1, 0).mantissa).toBe(expected);
    }
    for (const gap of [16, 22, 23, 30]) {
      expect(new ExactSum().set(1, 0).add(1, gap).lost).toBe(true);
      expect(new ExactSum().set(1, gap).add(1, 0).lost).toBe(true);
    }
  });

  it("clears to zero, and a cleared sum is no longer lost", () => {
    const sum = new ExactSum().set(Number.MAX_SAFE_INTEGER, 0).add(1, 0);
    sum.clear();
    expect([sum.mantissa, sum.exponent, sum.lost]).toEqual([0, 0, false]);
    expect(sum.add(5, -1).toNumber()).toBe(0.5);
  });

  it("copies another sum", () => {
    const a = new ExactSum().set(12, -1);
    expect(new ExactSum().copy(a).toNumber()).toBe(1.2);
  });
});

describe("powerOfTen", () => {
  it("gives the double a reader writes for every place", () => {
    for (let place = -30; place <= 30; place++) {
      expect(powerOfTen(place)).toBe(Number(`1e${place}`));
    }
    expect(powerOfTen(-1)).toBe(0.1);
  });
});
