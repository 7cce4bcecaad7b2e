import { describe, expect, it } from "vitest";
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

function report(observations: readonly object[]) {
  return { id: "r", title: "新城区", regionCode: "150102", period: "2023", observations };
}

const current = gdp("2023-H1", { value: 36310000000, unit: "元" });
const previous = gdp("2022-H1", { value: 34030000000, unit: "元" });

describe("growthMismatchRule", () => {
  it("reports a growth rate the figures do not give, as the doc example shows", () => {
    const gdp = (period: string, value: number) => ({
      indicatorId: "gross_domestic_product",
      regionCode: "150102",
      period,
      value: { value, unit: "元" },
    });
    const growth = {
      indicatorId: "growth_rate",
      growthOf: "gross_domestic_product",
      regionCode: "150102",
      period: "2023-H1",
      value: { value: 8.7, unit: "%" },
    };
    const observations = [gdp("2023-H1", 36310000000), gdp("2022-H1", 34030000000), growth];
    const report = { id: "r", title: "报告", regionCode: "150102", period: "2023", observations };
    expect(validateReport(report, { rules: [growthMismatchRule] }).diagnostics[0]?.message).toBe(
      "观测值（增速，地区 150102，2023-H1）为 8.7%，但地区生产总值 363.1亿元（2023-H1）与 340.3亿元（2022-H1）算出的增速为 6.7%",
    );
  });

  it("accepts a rate that matches within the rounding of the figures as written", () => {
    const result = validateReport(report([current, previous, growth({ value: 6.7, unit: "%" })]), {
      rules,
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("reports a rate one tenth of a point off, at the rate's value", () => {
    for (const value of [6.6, 6.8]) {
      const result = validateReport(report([current, previous, growth({ value, unit: "%" })]), {
        rules,
      });
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
        ["GROWTH_MISMATCH", ["observations", 2, "value"]],
      ]);
    }
  });

  it("takes a rate written as a fraction", () => {
    const ok = report([current, previous, growth({ value: 0.067 })]);
    expect(validateReport(ok, { rules }).diagnostics).toEqual([]);
    const wrong = report([current, previous, growth({ value: 0.087 })]);
    expect(validateReport(wrong, { rules, locale: "en" }).diagnostics[0]?.message).toBe(
      "observation of growth rate for 150102, 2023-H1 is 8.7%, but gross regional product of 36,310,000,000 元 (2023-H1) against 34,030,000,000 元 (2022-H1) gives 6.7%",
    );
    const qualified = report([current, previous, growth({ value: 0.0867, comparator: "gt" })]);
    expect(validateReport(qualified, { rules }).diagnostics[0]?.message).toContain(
      "为 超过8.67%，",
    );
  });

  it("respects qualifiers and estimates", () => {
    const more = gdp("2023-H1", { value: 36000000000, unit: "元", comparator: "gt" });
    expect(
      validateReport(report([more, previous, growth({ value: 10, unit: "%" })]), { rules })
        .diagnostics,
    ).toEqual([]);
    const about = gdp("2022-H1", { value: 34000000000, unit: "元", comparator: "approx" });
    expect(
      validateReport(report([current, about, growth({ value: 20, unit: "%" })]), { rules })
        .diagnostics,
    ).toEqual([]);
  });

  it("checks nothing without last year's figure or a growthOf", () => {
    expect(
      validateReport(report([current, growth({ value: 20, unit: "%" })]), { rules }).diagnostics,
    ).toEqual([]);
    const { growthOf: _growthOf, ...unlinked } = growth({ value: 20, unit: "%" });
    expect(validateReport(report([current, previous, unlinked]), { rules }).diagnostics).toEqual(
      [],
    );
  });

  it("reads only growth indicators, rates in % or as fractions, and levels with a value", () => {
    const wrong = { value: 20, unit: "%" };
    const notGrowth = { ...growth(wrong), indicatorId: "awareness_rate" };
    const unknown = { ...growth(wrong), indicatorId: "no_such_indicator" };
    const inPlaces = growth({ value: 20, unit: "个" });
    for (const observation of [notGrowth, unknown, inPlaces]) {
      expect(
        validateReport(report([current, previous, observation]), { rules }).diagnostics,
      ).toEqual([]);
    }
    // A level given as a ratio has no value to compute a growth from.
    const ratioLevel = {
      indicatorId: "gross_domestic_product",
      regionCode: "150102",
      period: "2022-H1",
      numerator: { value: 1 },
      denominator: { value: 2 },
    };
    expect(
      validateReport(report([current, ratioLevel, growth(wrong)]), { rules }).diagnostics,
    ).toEqual([]);
  });
});

describe("growthMismatchRule with written precision", () => {
  it("checks round numbers as tightly as any: 200亿 against 100亿 is not 8.7%", () => {
    const at = (period: string) =>
      gdp(period, { value: period === "2023-H1" ? 2e10 : 1e10, unit: "元", precision: 1e8 });
    const result = validateReport(
      report([at("2023-H1"), at("2022-H1"), growth({ value: 8.7, unit: "%", precision: 0.1 })]),
      { rules },
    );
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["GROWTH_MISMATCH", "error"],
    ]);
    const plain = validateReport(
      report([
        gdp("2023-H1", { value: 2e10, unit: "元" }),
        gdp("2022-H1", { value: 1e10, unit: "元" }),
        growth({ value: 8.7, unit: "%" }),
      ]),
      { rules },
    );
    expect(plain.diagnostics.map((d) => d.code)).toEqual(["GROWTH_MISMATCH"]);
  });

  it("allows what the written precision allows", () => {
    const result = validateReport(
      report([
        gdp("2023-H1", { value: 3.631e10, unit: "元", precision: 1e7 }),
        gdp("2022-H1", { value: 3.403e10, unit: "元", precision: 1e7 }),
        growth({ value: 6.7, unit: "%", precision: 0.1 }),
      ]),
      { rules },
    );
    expect(result.diagnostics).toEqual([]);
  });
});
