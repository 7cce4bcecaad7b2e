import { describe, expect, it } from "vitest";
import { cagr } from "../../src/metric/cagr";

describe("cagr", () => {
  it("computes compound growth as the doc example shows", () => {
    expect(cagr(100, 121, 2)).toEqual({ ok: true, value: 0.10000000000000009 });
    expect(cagr(0, 121, 2).ok).toBe(false);
  });

  it("fails for a non-positive start, negative end or years, and zero years", () => {
    expect(cagr(0, 121, 2)).toMatchObject({ reason: "non_positive_base" });
    expect(cagr(100, -1, 2)).toMatchObject({ reason: "negative_input" });
    expect(cagr(100, 121, -2)).toMatchObject({ reason: "negative_input" });
    expect(cagr(100, 121, 0)).toMatchObject({ reason: "zero_denominator" });
    expect(cagr(1e-300, 1e300, 1e-3)).toMatchObject({ reason: "not_finite" });
  });

  it("gives -100% when the end value is 0 and bounds from qualified figures", () => {
    expect(cagr(100, 0, 2)).toEqual({ ok: true, value: -1 });
    const bounded = cagr(100, { value: 121, comparator: "gt" }, 2);
    expect(bounded).toMatchObject({ ok: true, lower: 0.10000000000000009 });
    expect(bounded).not.toHaveProperty("upper");
    const years = cagr(100, 121, { value: 2, comparator: "gte" });
    expect(years).toMatchObject({ ok: true, upper: 0.10000000000000009 });
  });
});
