import { describe, expect, it } from "vitest";
import { surveyRate } from "../../src/metric/survey-rate";
import type { MetricInput } from "../../src/metric/types";

const en = { locale: "en" } as const;
const missing = null as unknown as MetricInput;
const people = (value: number, comparator: "eq" | "approx" | "nearly" | "gte" = "eq") =>
  ({ value, unit: "人", comparator }) as const;

describe("surveyRate failures", () => {
  it.each([
    [missing, 100, "missing_value", "survey rate: the positive count is missing"],
    [1, missing, "missing_value", "survey rate: the sample size is missing"],
    [-1, 100, "negative_input", "survey rate: the positive count must not be negative, got -1"],
    [0, -100, "negative_input", "survey rate: the sample size must not be negative, got -100"],
    [0, 0, "zero_denominator", "survey rate: the sample size is zero and cannot divide"],
    [
      101,
      100,
      "numerator_exceeds_denominator",
      "survey rate: the positive count 101 exceeds the total 100",
    ],
    [
      people(90),
      { value: 100, unit: "人次", comparator: "eq" },
      "unit_mismatch",
      'survey rate: the unit "人" of the positive count does not match "人次"',
    ],
  ] as const)("surveyRate(%o, %o) fails with %s", (positive, sampleSize, reason, message) => {
    expect(surveyRate(positive, sampleSize, en)).toEqual({ ok: false, reason, message });
  });

  it.each([
    [0, "0"],
    [1, "1"],
    [-0.5, "-0.5"],
    ["0.9", "0.9"],
  ])("refuses the confidence %o", (confidence, written) => {
    expect(surveyRate(1, 100, { ...en, confidence: confidence as number })).toEqual({
      ok: false,
      reason: "invalid_option",
      message: `survey rate: the confidence must be between 0 and 1 exclusive, got ${written}`,
    });
  });
});

describe("surveyRate counts", () => {
  it.each([
    [1.5, 100, "the positive count must be an exact whole number, got 1.5"],
    [1, 100.5, "the sample size must be an exact whole number, got 100.5"],
    [people(99.5), 100, "the positive count must be an exact whole number, got 99.5 人"],
    [
      people(99, "nearly"),
      100,
      "the positive count must be an exact whole number, got nearly 99 人",
    ],
    [99, people(100, "gte"), "the sample size must be an exact whole number, got at least 100 人"],
    [
      { value: 90, unit: "人", comparator: "eq", precision: 10 },
      100,
      "the positive count must be an exact whole number, got 90 人",
    ],
    [
      { value: 90, unit: "人", comparator: "eq", precision: "1" as unknown as number },
      100,
      "the positive count must be an exact whole number, got 90 人",
    ],
    [
      { value: 30, upper: 40, unit: "人", comparator: "range" },
      100,
      "the positive count must be an exact whole number, got 30 to 40 人",
    ],
  ] as const)("refuses surveyRate(%o, %o)", (positive, sampleSize, message) => {
    expect(surveyRate(positive, sampleSize, en)).toEqual({
      ok: false,
      reason: "not_a_count",
      message: `survey rate: ${message}`,
    });
  });

  it("writes the qualifier of a refused count in the locale's words", () => {
    expect(surveyRate(people(99, "approx"), 100)).toEqual({
      ok: false,
      reason: "not_a_count",
      message: "调查比率：肯定回答数须为确切的整数，收到 约99人",
    });
    expect(surveyRate(people(99, "nearly"), 100, { locale: "zh-TW" })).toEqual({
      ok: false,
      reason: "not_a_count",
      message: "調查比率：肯定回答數須為確切的整數，收到 近99人",
    });
  });

  it.each([
    [1, 0.99],
    [0.5, 0.9],
  ])("takes a count written to a precision of %o as exact", (precision, value) => {
    const positive = { value: value * 100, unit: "人", comparator: "eq", precision } as const;
    expect(surveyRate(positive, people(100))).toMatchObject({ ok: true, value });
  });
});
