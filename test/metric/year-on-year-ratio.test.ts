import { describe, expect, it } from "vitest";
import type { MetricInput, Observation } from "../../src/metric/types";
import { yearOnYear } from "../../src/metric/year-on-year";

const at = (period: string, rest: Partial<Observation>): Observation => ({
  indicatorId: "awareness_rate",
  regionCode: "150105",
  period,
  ...rest,
});
const rateAt = (period: string, numerator: MetricInput, denominator: MetricInput) =>
  at(period, { numerator, denominator });
const options = { indicatorId: "awareness_rate", regionCode: "150105", period: "2023" } as const;

describe("yearOnYear of a ratio given as numerator and denominator", () => {
  it("keeps the limit a qualified numerator gives (99余 of 100 against 90 of 100)", () => {
    const observations = [
      rateAt("2023", { value: 99, comparator: "gt" }, 100),
      rateAt("2022", 90, 100),
    ];
    expect(yearOnYear(observations, options)).toEqual({
      ok: true,
      value: 0.99 / 0.9 - 1,
      lower: 0.99 / 0.9 - 1,
    });
  });

  it("turns a bounded previous ratio into the opposite limit of the growth", () => {
    const observations = [
      rateAt("2023", 90, 100),
      rateAt("2022", { value: 80, comparator: "gte" }, 100),
    ];
    expect(yearOnYear(observations, options)).toEqual({
      ok: true,
      value: 0.9 / 0.8 - 1,
      upper: 0.9 / 0.8 - 1,
    });
  });

  it("says a growth from an estimated or a range numerator is approximate", () => {
    const estimate = [
      rateAt("2023", { value: 99, comparator: "approx" }, 100),
      rateAt("2022", 90, 100),
    ];
    expect(yearOnYear(estimate, options)).toEqual({
      ok: true,
      value: 0.99 / 0.9 - 1,
      approximate: true,
    });
    const range = [
      rateAt(
        "2023",
        { value: 90, upper: 100, unit: "人", comparator: "range" },
        { value: 100, unit: "人", comparator: "eq" },
      ),
      at("2022", { value: { value: 80, unit: "%", comparator: "eq" } }),
    ];
    expect(yearOnYear(range, options)).toEqual({
      ok: true,
      value: 0.95 / 0.8 - 1,
      lower: 0.9 / 0.8 - 1,
      upper: 1 / 0.8 - 1,
      approximate: true,
    });
  });

  it("reads sides of one quantity at different scales on one scale", () => {
    const observations = [
      rateAt(
        "2023",
        { value: 9.9, unit: "万人", comparator: "eq" },
        { value: 100000, unit: "人", comparator: "eq" },
      ),
      rateAt("2022", 90, 100),
    ];
    expect(yearOnYear(observations, options)).toEqual({ ok: true, value: 0.99 / 0.9 - 1 });
  });
});

describe("yearOnYear's failures are its own and name the period", () => {
  it.each([
    ["zh-CN", "同比增速：2022 观测值的分母为零，不能作除数"],
    ["zh-TW", "同比增速：2022 觀測值的分母為零，不能作除數"],
    [
      "en",
      "year-on-year growth: the denominator of the 2022 observation is zero and cannot divide",
    ],
  ] as const)(
    "names the zero denominator of the previous period's observation (%s)",
    (locale, text) => {
      const observations = [rateAt("2023", 9, 10), rateAt("2022", 4, 0)];
      expect(yearOnYear(observations, { ...options, locale })).toEqual({
        ok: false,
        reason: "zero_denominator",
        message: text,
      });
    },
  );

  it("names a negative numerator of the current period's, printed as written", () => {
    const observations = [
      rateAt("2023", { value: -5, unit: "人", comparator: "eq" }, 10),
      rateAt("2022", 4, 10),
    ];
    expect(yearOnYear(observations, options)).toEqual({
      ok: false,
      reason: "negative_input",
      message: "同比增速：2023 观测值的分子不能为负数，收到 -5人",
    });
  });

  it("names a previous observation that is not positive, printed as written", () => {
    const zero = [
      at("2023", { value: 5 }),
      at("2022", { value: { value: 0, unit: "人", comparator: "approx" } }),
    ];
    expect(yearOnYear(zero, { ...options, locale: "en" })).toEqual({
      ok: false,
      reason: "non_positive_base",
      message: "year-on-year growth: the 2022 observation must be positive, got about 0 人",
    });
    const ratioZero = [rateAt("2023", 5, 10), rateAt("2022", 0, 10)];
    expect(yearOnYear(ratioZero, options)).toEqual({
      ok: false,
      reason: "non_positive_base",
      message: "同比增速：2022 观测值须为正数，收到 0",
    });
  });

  it("names the current observation of another quantity, and one that is not finite", () => {
    const units = [
      at("2023", { value: { value: 110, unit: "人", comparator: "eq" } }),
      at("2022", { value: { value: 100, unit: "元", comparator: "eq" } }),
    ];
    expect(yearOnYear(units, options)).toEqual({
      ok: false,
      reason: "unit_mismatch",
      message: "同比增速：2023 观测值的单位“人”与“元”不一致",
    });
    const nan = [
      at("2023", { value: { value: Number.NaN, comparator: "eq" } }),
      at("2022", { value: 1 }),
    ];
    expect(yearOnYear(nan, { ...options, locale: "zh-TW" })).toEqual({
      ok: false,
      reason: "not_finite",
      message: "同比增速：2023 觀測值須為有限數，收到 非數值",
    });
  });
});
