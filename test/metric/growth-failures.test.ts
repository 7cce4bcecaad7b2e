import { describe, expect, it } from "vitest";
import { growthRate } from "../../src/metric/growth-rate";
import { previousFromGrowth } from "../../src/metric/previous-from-growth";
import type { MetricInput } from "../../src/metric/types";

const en = { locale: "en" } as const;
const missing = null as unknown as MetricInput;

describe("growthRate failures", () => {
  it("names the missing figure", () => {
    expect(growthRate(missing, 100, en)).toEqual({
      ok: false,
      reason: "missing_value",
      message: "growth rate: the current value is missing",
    });
    expect(growthRate(110, missing, en)).toEqual({
      ok: false,
      reason: "missing_value",
      message: "growth rate: the previous value is missing",
    });
  });

  it("names the current figure's unit when the two are different quantities", () => {
    expect(
      growthRate(
        { value: 110, unit: "人", comparator: "eq" },
        { value: 100, unit: "元", comparator: "eq" },
        en,
      ),
    ).toEqual({
      ok: false,
      reason: "unit_mismatch",
      message: 'growth rate: the unit "人" of the current value does not match "元"',
    });
  });

  it("fails rather than answer a rate too large to represent", () => {
    expect(growthRate(1e308, 1e-10, en)).toEqual({
      ok: false,
      reason: "not_finite",
      message: "growth rate: the result must be a finite number, got positive infinity",
    });
  });

  it("is approximate when the previous figure is an estimate", () => {
    expect(growthRate(110, { value: 100, comparator: "approx" })).toEqual({
      ok: true,
      value: 0.10000000000000009,
      approximate: true,
    });
  });
});

describe("previousFromGrowth failures", () => {
  it("names the missing growth rate", () => {
    expect(previousFromGrowth(110, missing, en)).toEqual({
      ok: false,
      reason: "missing_value",
      message: "previous value: the growth rate is missing",
    });
  });

  it("fails rather than answer a figure too large to represent", () => {
    expect(previousFromGrowth(1e308, -0.9999, en)).toEqual({
      ok: false,
      reason: "not_finite",
      message: "previous value: the result must be a finite number, got positive infinity",
    });
  });

  it.each([
    ["the current figure", { value: 110, comparator: "approx" }, 0.1],
    ["the growth", 110, { value: 10, unit: "%", comparator: "approx" }],
  ] as const)("is approximate when %s is an estimate", (_, current, growth) => {
    expect(previousFromGrowth(current, growth)).toEqual({
      ok: true,
      value: 99.99999999999999,
      approximate: true,
    });
  });
});
