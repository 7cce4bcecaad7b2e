import { describe, expect, it } from "vitest";
import { growthRate } from "../../src/metric/growth-rate";

describe("growthRate", () => {
  it("computes growth as the doc example shows", () => {
    expect(growthRate(363.1, 340.3)).toEqual({ ok: true, value: 0.06699970614163986 });
    expect(growthRate(10, 0).ok).toBe(false);
  });

  it("refuses a previous value that is zero or negative", () => {
    expect(growthRate(10, 0)).toEqual({
      ok: false,
      reason: "non_positive_base",
      message: "增速：上期值须为正数，收到 0",
    });
    expect(growthRate(10, -5, { locale: "en" })).toEqual({
      ok: false,
      reason: "non_positive_base",
      message: "growth rate: the previous value must be positive, got -5",
    });
  });

  it("allows a falling or negative current value", () => {
    expect(growthRate(90, 100)).toEqual({ ok: true, value: -0.09999999999999998 });
    expect(growthRate(-10, 100)).toEqual({ ok: true, value: -1.1 });
  });

  it("bounds growth from bounded figures", () => {
    expect(growthRate({ value: 110, comparator: "gt" }, 100)).toEqual({
      ok: true,
      value: 0.10000000000000009,
      lower: 0.10000000000000009,
    });
    expect(growthRate(110, { value: 100, comparator: "gte" })).toEqual({
      ok: true,
      value: 0.10000000000000009,
      upper: 0.10000000000000009,
    });
  });
});
