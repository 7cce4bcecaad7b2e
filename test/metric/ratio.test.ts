import { describe, expect, it } from "vitest";
import { ratio } from "../../src/metric/ratio";

describe("ratio", () => {
  it("divides as the doc example shows", () => {
    expect(ratio(110, 227)).toEqual({ ok: true, value: 0.4845814977973568 });
    expect(ratio(1, 0).ok).toBe(false);
  });

  it("fails with typed reasons and localized messages", () => {
    expect(ratio(1, 0)).toEqual({
      ok: false,
      reason: "zero_denominator",
      message: "比率：分母为零，不能作除数",
    });
    expect(ratio(1, 0, { locale: "en" })).toMatchObject({
      message: "ratio: the denominator is zero and cannot divide",
    });
    expect(ratio(-1, 2)).toMatchObject({ ok: false, reason: "negative_input" });
    expect(ratio(1, -2)).toMatchObject({ ok: false, reason: "negative_input" });
    expect(ratio(Number.NaN, 2)).toMatchObject({ ok: false, reason: "not_finite" });
    expect(ratio(1, Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, reason: "not_finite" });
    expect(ratio(undefined as never, 2)).toMatchObject({ ok: false, reason: "missing_value" });
    expect(ratio(1e308, 1e-308)).toMatchObject({ ok: false, reason: "not_finite" });
  });

  it("bounds the result by interval arithmetic when a figure is bounded", () => {
    expect(ratio({ value: 100, comparator: "gt" }, { value: 200, comparator: "lte" })).toEqual({
      ok: true,
      value: 0.5,
      lower: 0.5,
    });
    expect(ratio({ value: 100, comparator: "nearly" }, { value: 200, comparator: "gte" })).toEqual({
      ok: true,
      value: 0.5,
      upper: 0.5,
    });
    expect(ratio({ value: 100, comparator: "approx" }, 200)).toEqual({
      ok: true,
      value: 0.5,
      approximate: true,
    });
    expect(ratio({ value: 100, comparator: "eq" }, 200)).toEqual({ ok: true, value: 0.5 });
  });
});
