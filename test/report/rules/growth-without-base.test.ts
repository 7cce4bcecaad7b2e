import { describe, expect, it } from "vitest";
import { growthWithoutBaseRule } from "../../../src/report/rules/growth-without-base";
import { validateReport } from "../../../src/report/validate-report";

const rules = [growthWithoutBaseRule];

function reportWith(observations: readonly object[], indicators: readonly object[] = []) {
  return { id: "r", title: "报告", regionCode: "150105", period: "2023", indicators, observations };
}

const growth = {
  indicatorId: "growth_rate",
  regionCode: "150105",
  period: "2023",
  value: { value: 6.7, unit: "%" },
};

describe("growthWithoutBaseRule", () => {
  it("points at the missing growthOf as the doc example shows", () => {
    const observations = [
      {
        indicatorId: "growth_rate",
        regionCode: "150105",
        period: "2023",
        value: { value: 6.7, unit: "%" },
      },
    ];
    const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", observations };
    expect(validateReport(report, { rules: [growthWithoutBaseRule] }).diagnostics[0]?.path).toEqual(
      ["observations", 0, "growthOf"],
    );
  });

  it("warns, naming the indicator, and leaves the report valid", () => {
    const result = validateReport(reportWith([growth]), { rules });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["GROWTH_WITHOUT_BASE", "warning"],
    ]);
    expect(result.diagnostics[0]?.message).toMatch(/^观测值（增速，地区 150105，2023）是增速/);
  });

  it("is silent for a growth that names its base, and for other kinds", () => {
    const named = { ...growth, growthOf: "gross_domestic_product" };
    const count = { ...growth, indicatorId: "activities_held", value: { value: 5, unit: "场次" } };
    expect(validateReport(reportWith([named, count]), { rules }).diagnostics).toEqual([]);
  });

  it("reads the kind from the report's own indicators", () => {
    const indicator = {
      id: "income_growth",
      name: { "zh-CN": "收入增速" },
      kind: "growth",
      unit: "%",
      aggregation: "none",
    };
    const observation = { ...growth, indicatorId: "income_growth" };
    const result = validateReport(reportWith([observation], [indicator]), { rules, locale: "en" });
    expect(result.diagnostics[0]?.message).toMatch(/^observation of 收入增速 for 150105, 2023 is/);
  });
});
