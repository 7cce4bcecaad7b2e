import { describe, expect, it } from "vitest";
import { growthRate } from "../../src/metric/growth-rate";

describe("growthRate", () => {
  it("computes growth as the doc example shows", () => {
    expect(growthRate(363.1, 340.3)).toEqual({ ok: true, value: 0.06699970614163986 });
    expect(growthRate(10, 0).ok).toBe(false);
    expect(growthRate({ value: 110, unit: "人", comparator: "approx" }, 100)).toEqual({
      ok: true,
      value: 0.10000000000000009,
      approximate: true,
    });
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

describe("growthRate on the unit table", () => {
  it("refuses figures of different quantities", () => {
    expect(
      growthRate(
        { value: 110, unit: "人", comparator: "eq" },
        { value: 100, unit: "元", comparator: "eq" },
      ),
    ).toMatchObject({ ok: false, reason: "unit_mismatch" });
    expect(
      growthRate(
        { value: 110, unit: "人次", comparator: "eq" },
        { value: 100, unit: "人", comparator: "eq" },
      ),
    ).toMatchObject({ ok: false, reason: "unit_mismatch" });
  });

  it("puts % and fractions, 万元 and 元, on one scale first", () => {
    const result = growthRate({ value: 6.7, unit: "%", comparator: "eq" }, 0.05);
    expect(result.ok && Math.abs(result.value - 0.34) < 1e-12).toBe(true);
    expect(
      growthRate(
        { value: 1.1, unit: "万元", comparator: "eq" },
        { value: 10000, unit: "元", comparator: "eq" },
      ),
    ).toEqual({ ok: true, value: 0.10000000000000009 });
    expect(
      growthRate(
        { value: 110, unit: "名", comparator: "eq" },
        { value: 100, unit: "人", comparator: "eq" },
      ),
    ).toEqual({ ok: true, value: 0.10000000000000009 });
  });

  it("says a result from an estimate or a range is approximate, and bounds a range", () => {
    const exact = growthRate(110, 100);
    expect(exact).not.toHaveProperty("approximate");
    expect(growthRate({ value: 110, unit: "人", comparator: "approx" }, 100)).toMatchObject({
      approximate: true,
    });
    expect(growthRate({ value: 100, upper: 120, unit: "人", comparator: "range" }, 100)).toEqual({
      ok: true,
      value: 0.10000000000000009,
      lower: 0,
      upper: 0.19999999999999996,
      approximate: true,
    });
  });
});
