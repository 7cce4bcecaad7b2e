import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../../src/core/round-half-up";
import { ShiliuError } from "../../src/core/shiliu-error";

describe("roundHalfUp", () => {
  it("rounds as the doc example shows", () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(-1.005, 2)).toBe(-1.01);
    expect(roundHalfUp(2.5)).toBe(3);
  });

  it("rounds halves away from zero, not to even", () => {
    expect(roundHalfUp(0.5)).toBe(1);
    expect(roundHalfUp(1.5)).toBe(2);
    expect(roundHalfUp(-0.5)).toBe(-1);
    expect(roundHalfUp(-2.5)).toBe(-3);
    expect(roundHalfUp(0.125, 2)).toBe(0.13);
    expect(roundHalfUp(1.45, 1)).toBe(1.5);
  });

  it("rounds the seed figures the way the articles print them", () => {
    // 363.1 / 1.067 = 340.299906…
    expect(roundHalfUp(363.1 / 1.067, 1)).toBe(340.3);
    expect(roundHalfUp(0.0665 * 100, 1)).toBe(6.7);
  });

  it("carries through nines", () => {
    expect(roundHalfUp(9.995, 2)).toBe(10);
    expect(roundHalfUp(99.5)).toBe(100);
    expect(roundHalfUp(-0.999, 2)).toBe(-1);
  });

  it("keeps numbers that need no rounding exactly", () => {
    expect(roundHalfUp(42)).toBe(42);
    expect(roundHalfUp(0.1, 5)).toBe(0.1);
    expect(roundHalfUp(1e21, 2)).toBe(1e21);
    expect(roundHalfUp(1.7976931348623157e308, 3)).toBe(1.7976931348623157e308);
  });

  it("rounds tiny numbers to zero and never returns -0", () => {
    expect(roundHalfUp(1e-7, 2)).toBe(0);
    expect(Object.is(roundHalfUp(-1e-7, 2), 0)).toBe(true);
    expect(Object.is(roundHalfUp(-0), 0)).toBe(true);
    expect(roundHalfUp(5e-324, 20)).toBe(0);
    expect(roundHalfUp(5e-21, 20)).toBe(1e-20);
  });

  it("returns non-finite values unchanged", () => {
    expect(roundHalfUp(Number.NaN, 2)).toBeNaN();
    expect(roundHalfUp(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it("rejects a decimals argument that is not a whole number from 0 to 20", () => {
    for (const decimals of [-1, 1.5, 21, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => roundHalfUp(1, decimals)).toThrow(ShiliuError);
    }
    try {
      roundHalfUp(1, -1);
    } catch (error) {
      expect(error).toMatchObject({ code: "INVALID_ARGUMENT", issues: [{ path: ["decimals"] }] });
    }
  });
});

describe("roundHalfUp with a decimals argument of the wrong type", () => {
  it("throws ShiliuError naming the type, even for an object that cannot become a string", () => {
    const hostile = { toString: 0, valueOf: 0 } as unknown as number;
    expect(() => roundHalfUp(1, hostile)).toThrow(ShiliuError);
    expect(() => roundHalfUp(1, hostile)).toThrow("收到 object");
  });
});
