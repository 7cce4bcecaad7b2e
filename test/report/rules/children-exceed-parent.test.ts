import { describe, expect, it } from "vitest";
import { childrenExceedParentRule } from "../../../src/report/rules/children-exceed-parent";
import { validateReport } from "../../../src/report/validate-report";
import type { QuantityInput } from "../../../src/schemas/quantity";

const rules = [childrenExceedParentRule];

function units(regionCode: string, value: QuantityInput, period = "2023") {
  return { indicatorId: "demonstration_units", regionCode, period, value };
}

function report(observations: readonly object[]) {
  return { id: "r", title: "呼和浩特", regionCode: "150100", period: "2023", observations };
}

const count = (value: number, comparator?: "gt" | "gte" | "nearly" | "approx") =>
  comparator === undefined ? { value, unit: "个" } : { value, unit: "个", comparator };

describe("childrenExceedParentRule", () => {
  it("reports subregions adding up to more than their region, as the doc example shows", () => {
    const units = (regionCode: string, value: number) => ({
      indicatorId: "demonstration_units",
      regionCode,
      period: "2023",
      value: { value, unit: "个" },
    });
    const observations = [units("150100", 10), units("150105", 6), units("150102", 7)];
    const report = { id: "r", title: "报告", regionCode: "150100", period: "2023", observations };
    expect(
      validateReport(report, { rules: [childrenExceedParentRule] }).diagnostics[0]?.message,
    ).toBe(
      "观测值（示范单位数，地区 150100，2023）为 10个，小于其下级地区 150105、150102 的合计 13个",
    );
  });

  it("accepts subregions that add up to no more than their region", () => {
    const input = report([
      units("150100", count(13)),
      units("150105", count(6)),
      units("150102", count(7)),
    ]);
    expect(validateReport(input, { rules }).diagnostics).toEqual([]);
  });

  it("reports the error at the parent's value", () => {
    const input = report([units("150105", count(6)), units("150100", count(5))]);
    const result = validateReport(input, { rules });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["CHILDREN_EXCEED_PARENT", ["observations", 1, "value"]],
    ]);
  });

  it("counts a township toward its county, not twice toward the prefecture", () => {
    const input = report([
      units("150100", count(10)),
      units("150105", count(8)),
      units("150105001", count(5)),
      units("150105002", count(3)),
    ]);
    expect(validateReport(input, { rules }).diagnostics).toEqual([]);
    const townshipsOnly = report([
      units("150100", count(7)),
      units("150105001", count(5)),
      units("150105002", count(3)),
    ]);
    expect(validateReport(townshipsOnly, { rules }).diagnostics).toHaveLength(1);
  });

  it("respects qualifiers: only a certain excess is an error", () => {
    const certain = report([
      units("150100", count(4)),
      units("150105", count(3, "gte")),
      units("150102", count(2)),
    ]);
    expect(validateReport(certain, { rules }).diagnostics).toHaveLength(1);
    const possible = report([
      units("150100", count(5)),
      units("150105", count(5, "nearly")),
      units("150102", count(1)),
    ]);
    expect(validateReport(possible, { rules }).diagnostics).toEqual([]);
    const estimate = report([units("150100", count(5, "approx")), units("150105", count(9))]);
    expect(validateReport(estimate, { rules }).diagnostics).toEqual([]);
  });

  it("compares figures of the same period only, and only for indicators that sum", () => {
    const periods = report([units("150100", count(5)), units("150105", count(9), "2022")]);
    expect(validateReport(periods, { rules }).diagnostics).toEqual([]);
    const rates = report([
      {
        indicatorId: "awareness_rate",
        regionCode: "150100",
        period: "2023",
        value: { value: 90, unit: "%" },
      },
      {
        indicatorId: "awareness_rate",
        regionCode: "150105",
        period: "2023",
        value: { value: 99, unit: "%" },
      },
    ]);
    expect(validateReport(rates, { rules }).diagnostics).toEqual([]);
  });

  it("words the message in English, listing the subregions", () => {
    const input = report([
      units("150100", count(10)),
      units("150105", count(6)),
      units("150102", count(7)),
    ]);
    expect(validateReport(input, { rules, locale: "en" }).diagnostics[0]?.message).toBe(
      "observation of demonstration units for 150100, 2023 is 10 个, less than the 13 个 its subregions 150105, 150102 add up to",
    );
  });

  it("leaves out growth rates, unknown indicators and subregions counted in another unit", () => {
    const growth = {
      ...units("150105", { value: 50, unit: "%" }),
      indicatorId: "growth_rate",
      growthOf: "demonstration_units",
    };
    const unknown = { ...units("150105", count(50)), indicatorId: "no_such_indicator" };
    const otherUnit = units("150102", { value: 50, unit: "家" });
    for (const extra of [growth, unknown]) {
      const result = validateReport(report([units("150100", count(10)), extra]), { rules });
      expect(result.diagnostics).toEqual([]);
    }
    const mixed = report([units("150100", count(10)), units("150105", count(6)), otherUnit]);
    expect(validateReport(mixed, { rules }).diagnostics).toEqual([]);
  });

  it("counts a repeated subregion once, by its first figure", () => {
    const input = report([
      units("150100", count(10)),
      units("150105", count(6)),
      units("150105", count(9)),
    ]);
    expect(validateReport(input, { rules }).diagnostics).toEqual([]);
    const reversed = report([
      units("150100", count(10)),
      units("150105", count(11)),
      units("150105", count(6)),
    ]);
    expect(validateReport(reversed, { rules }).diagnostics.map((d) => d.path)).toEqual([
      ["observations", 0, "value"],
    ]);
  });
});
