import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../../src/core/round-half-up";
import { surveyRate } from "../../src/metric/survey-rate";

describe("surveyRate", () => {
  it("computes the Wilson interval as the doc example shows", () => {
    const rate = surveyRate(99, 100);
    expect(rate.ok && [rate.value, roundHalfUp(rate.lower, 4), roundHalfUp(rate.upper, 4)]).toEqual(
      [0.99, 0.9455, 0.9982],
    );
  });

  it("reports method and confidence, and widens with confidence", () => {
    const r95 = surveyRate(99, 100);
    const r99 = surveyRate(99, 100, { confidence: 0.99 });
    expect(r95).toMatchObject({ ok: true, confidence: 0.95, method: "wilson" });
    if (!r95.ok || !r99.ok) throw new Error("expected success");
    expect(r99.lower).toBeLessThan(r95.lower);
    // z = 2.5758: centre (0.99 + z²/200) / (1 + z²/100) = 0.95951, half-width 0.03931.
    expect(roundHalfUp(r99.lower, 4)).toBe(0.9202);
    expect(roundHalfUp(r99.upper, 4)).toBe(0.9988);
  });

  it("stays inside [0, 1] at 0% and 100%", () => {
    const all = surveyRate(100, 100);
    const none = surveyRate(0, 100);
    expect(all.ok && all.upper).toBe(1);
    expect(none.ok && none.lower).toBe(0);
  });

  it("fails with typed reasons", () => {
    expect(surveyRate(1, 0)).toMatchObject({ ok: false, reason: "zero_denominator" });
    expect(surveyRate(101, 100)).toMatchObject({
      ok: false,
      reason: "numerator_exceeds_denominator",
    });
    expect(surveyRate(-1, 100)).toMatchObject({ ok: false, reason: "negative_input" });
    expect(surveyRate(1, 100, { confidence: 1 })).toMatchObject({
      ok: false,
      reason: "invalid_option",
    });
    expect(surveyRate(1, 100, { confidence: Number.NaN, locale: "en" })).toEqual({
      ok: false,
      reason: "invalid_option",
      message: "survey rate: the confidence must be between 0 and 1 exclusive, got not a number",
    });
  });
});

describe("surveyRate counts", () => {
  it("refuses fractional, qualified or rounded counts", () => {
    expect(surveyRate(99.5, 100)).toMatchObject({ ok: false, reason: "not_a_count" });
    expect(surveyRate(99, 100.5)).toMatchObject({ ok: false, reason: "not_a_count" });
    expect(surveyRate({ value: 99, unit: "人", comparator: "nearly" }, 100)).toMatchObject({
      ok: false,
      reason: "not_a_count",
    });
    expect(surveyRate(99, { value: 100, unit: "人", comparator: "approx" })).toMatchObject({
      ok: false,
      reason: "not_a_count",
    });
    expect(
      surveyRate(9000, { value: 10000, unit: "人", comparator: "eq", precision: 10000 }),
    ).toMatchObject({ ok: false, reason: "not_a_count" });
    expect(
      surveyRate(
        { value: 99, unit: "人", comparator: "eq" },
        { value: 100, unit: "名", comparator: "eq" },
      ).ok,
    ).toBe(true);
    expect(
      surveyRate(
        { value: 99, unit: "人", comparator: "eq" },
        { value: 100, unit: "人次", comparator: "eq" },
      ),
    ).toMatchObject({
      ok: false,
      reason: "unit_mismatch",
    });
  });

  it("refuses, without throwing, a count whose precision is an object that cannot be compared", () => {
    const precision = Object.create(null) as unknown as number;
    expect(surveyRate({ value: 0, comparator: "eq", precision }, 100)).toMatchObject({
      ok: false,
      reason: "not_a_count",
    });
  });
});
