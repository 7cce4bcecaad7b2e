import { describe, expect, it } from "vitest";
import type { Locale } from "../../../src/core/locale";
import { percentOutOfRangeRule } from "../../../src/report/rules/percent-out-of-range";
import type { QuantityInput } from "../../../src/schemas/quantity";
import { diagnosticsOf, observationOf, reportWith } from "./rule-fixtures";

const rules = [percentOutOfRangeRule];

const found = (indicatorId: string, value: QuantityInput, locale: Locale = "zh-CN") =>
  diagnosticsOf(rules, reportWith({ observations: [observationOf(indicatorId, value)] }), {
    locale,
  });

const valuePath = ["observations", 0, "value"];

describe("percentOutOfRangeRule, which figures are rates", () => {
  it("reports a rate above all as an error at its value, its qualifier in the words of the locale", () => {
    const above = { value: 100, unit: "%", comparator: "gt" } as const;
    expect(found("awareness_rate", above).map((d) => d.slice(0, 3))).toEqual([
      ["PERCENT_OUT_OF_RANGE", "error", valuePath],
    ]);
    expect(found("awareness_rate", above, "en")[0]?.[3]).toContain("more than 100%");
  });

  it("takes a rate that may reach all, or lies above a bound below all", () => {
    expect(found("awareness_rate", { value: 100, unit: "%" })).toEqual([]);
    expect(found("awareness_rate", { value: 50, unit: "%", comparator: "gt" })).toEqual([]);
  });

  it("leaves a figure of a rate indicator in a unit other than % to the unit rule", () => {
    expect(found("awareness_rate", { value: 150, unit: "人" })).toEqual([]);
  });

  it("asks no range of a count, even a negative one without a unit", () => {
    expect(found("participants", { value: -5 })).toEqual([]);
  });

  it("asks no range of a rate given as a numerator and a denominator", () => {
    const ratio = {
      indicatorId: "awareness_rate",
      regionCode: "150105",
      period: "2023",
      numerator: { value: 150 },
      denominator: { value: 100 },
    };
    expect(diagnosticsOf(rules, reportWith({ observations: [ratio] }))).toEqual([]);
  });
});

describe("percentOutOfRangeRule, indicators it does not know", () => {
  it("asks no range of a percentage of an indicator it does not know", () => {
    expect(found("no_such_indicator", { value: 150, unit: "%" })).toEqual([]);
  });
});
