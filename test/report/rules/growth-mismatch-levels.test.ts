import { describe, expect, it } from "vitest";
import type { Locale } from "../../../src/core/locale";
import { growthMismatchRule } from "../../../src/report/rules/growth-mismatch";
import { validateReport } from "../../../src/report/validate-report";
import type { QuantityInput } from "../../../src/schemas/quantity";

const rules = [growthMismatchRule];

function gdp(period: string, value: QuantityInput) {
  return { indicatorId: "gross_domestic_product", regionCode: "150102", period, value };
}

function growth(value: QuantityInput, period = "2023-H1") {
  return {
    indicatorId: "growth_rate",
    growthOf: "gross_domestic_product",
    regionCode: "150102",
    period,
    value,
  };
}

function found(observations: readonly object[], locale: Locale = "zh-CN") {
  const report = { id: "r", title: "新城区", regionCode: "150102", period: "2023", observations };
  return validateReport(report, { rules, locale }).diagnostics.map((d) => [
    d.code,
    d.severity,
    d.path,
    d.message,
  ]);
}

const current = gdp("2023-H1", { value: 36310000000, unit: "元" });
const previous = gdp("2022-H1", { value: 34030000000, unit: "元" });
const wrong = growth({ value: 8.7, unit: "%" });
const mismatch = [
  "GROWTH_MISMATCH",
  "error",
  ["observations", 2, "value"],
  "观测值（增速，地区 150102，2023-H1）为 8.7%，但地区生产总值 363.1亿元（2023-H1）与 340.3亿元（2022-H1）算出的增速为 6.7%",
];

describe("growthMismatchRule, the levels a rate is checked against", () => {
  it("reports a rate against the level with a value, in every locale", () => {
    expect(found([current, previous, wrong])).toEqual([mismatch]);
    expect(found([current, previous, wrong], "zh-TW").map((d) => d[3])).toEqual([
      "觀測值（增速，地區 150102，2023-H1）為 8.7%，但地區生產總值 363.1億元（2023-H1）與 340.3億元（2022-H1）算出的增速為 6.7%",
    ]);
  });

  it("keeps a level's value when the same figure is also given without one", () => {
    const asRatio = {
      indicatorId: "gross_domestic_product",
      regionCode: "150102",
      period: "2022-H1",
      numerator: { value: 1 },
      denominator: { value: 2 },
    };
    expect(found([current, previous, wrong, asRatio])).toEqual([mismatch]);
  });

  it("never takes a figure that names a growthOf for a level", () => {
    // A growth figure of another indicator's growth is no level of that growth, whatever its id.
    const rateAsLevel = { ...gdp("2022-H1", { value: 1, unit: "元" }), growthOf: "population" };
    expect(found([current, previous, wrong, rateAsLevel])).toEqual([mismatch]);
  });

  it("checks nothing without this period's figure, or with figures of different units", () => {
    expect(found([previous, wrong])).toEqual([]);
    const inPeople = gdp("2022-H1", { value: 34030000000, unit: "人" });
    expect(found([current, inPeople, wrong])).toEqual([]);
  });

  it("checks nothing against an estimate of either year, or a rate with no value", () => {
    const about = { comparator: "approx" } as const;
    expect(
      found([gdp("2023-H1", { value: 36310000000, unit: "元", ...about }), previous, wrong]),
    ).toEqual([]);
    expect(
      found([current, gdp("2022-H1", { value: 34030000000, unit: "元", ...about }), wrong]),
    ).toEqual([]);
    expect(found([current, previous, growth({ value: 8.7, unit: "%", ...about })])).toEqual([]);
    const { value: _value, ...valueless } = wrong;
    const asRatio = { ...valueless, numerator: { value: 87 }, denominator: { value: 1000 } };
    expect(found([current, previous, asRatio])).toEqual([]);
  });

  it("checks nothing against a last year's figure that may be zero or less", () => {
    const below = gdp("2022-H1", { value: 34030000000, unit: "元", comparator: "lt" });
    expect(found([current, below, growth({ value: 1, unit: "%" })])).toEqual([]);
  });
});

describe("growthMismatchRule, the edges of what the figures allow", () => {
  // Ranges have exact ends: this year 5 to 6, last year 3 to 4 give 25% to 100%.
  const thisYear = gdp("2023-H1", { value: 5, upper: 6, unit: "元", comparator: "range" });
  const lastYear = gdp("2022-H1", { value: 3, upper: 4, unit: "元", comparator: "range" });
  const rate = (value: number, upper: number) =>
    growth({ value, upper, unit: "%", comparator: "range" });

  it("accepts a rate that touches the least or the most growth the figures allow", () => {
    expect(found([thisYear, lastYear, rate(10, 25)])).toEqual([]);
    expect(found([thisYear, lastYear, rate(100, 150)])).toEqual([]);
  });

  it("reports a rate wholly below or above what the figures allow", () => {
    expect(found([thisYear, lastYear, rate(10, 24.9)]).map((d) => d[2])).toEqual([
      ["observations", 2, "value"],
    ]);
    expect(found([thisYear, lastYear, rate(100.1, 150)]).map((d) => d[2])).toEqual([
      ["observations", 2, "value"],
    ]);
  });

  it("writes a qualified rate given as a fraction in the words of the locale", () => {
    const more = growth({ value: 0.0867, comparator: "gt" });
    expect(found([current, previous, more], "en").map((d) => d[3])).toEqual([
      "observation of growth rate for 150102, 2023-H1 is more than 8.67%, but gross regional product of 36,310,000,000 元 (2023-H1) against 34,030,000,000 元 (2022-H1) gives 6.7%",
    ]);
  });
});
