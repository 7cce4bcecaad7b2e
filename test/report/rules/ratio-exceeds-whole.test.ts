import { describe, expect, it } from "vitest";
import { ratioExceedsWholeRule } from "../../../src/report/rules/ratio-exceeds-whole";
import { validateReport } from "../../../src/report/validate-report";
import type { QuantityInput } from "../../../src/schemas/quantity";
import { sampleReport, sampleReportWith } from "../fixtures";

const rules = [ratioExceedsWholeRule];

function withRatio(numerator: QuantityInput, denominator: QuantityInput) {
  return sampleReportWith((report) => {
    report.observations?.push({
      indicatorId: "coverage_rate",
      regionCode: "150105",
      period: "2023",
      numerator,
      denominator,
    });
  });
}

describe("ratioExceedsWholeRule", () => {
  it("reports a numerator above its denominator as the doc example shows", () => {
    const observations = [
      {
        indicatorId: "coverage_rate",
        regionCode: "150105",
        period: "2023",
        numerator: { value: 120, unit: "个" },
        denominator: { value: 100, unit: "个" },
      },
    ];
    const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", observations };
    expect(validateReport(report, { rules: [ratioExceedsWholeRule] }).diagnostics[0]?.message).toBe(
      "观测值（覆盖率，地区 150105，2023）的分子 120个 大于分母 100个：部分不能多于整体",
    );
  });

  it("finds nothing in a report without a ratio, or with a part within its whole", () => {
    expect(validateReport(sampleReport(), { rules }).diagnostics).toEqual([]);
    const full = withRatio({ value: 96, unit: "个" }, { value: 96, unit: "个" });
    expect(validateReport(full, { rules }).diagnostics).toEqual([]);
  });

  it("reports the error at the numerator", () => {
    const input = withRatio({ value: 97, unit: "个" }, { value: 96, unit: "个" });
    const result = validateReport(input, { rules });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["RATIO_EXCEEDS_WHOLE", "error", ["observations", 1, "numerator"]],
    ]);
    expect(validateReport(input, { rules, locale: "en" }).diagnostics[0]?.message).toBe(
      "observation of coverage rate for 150105, 2023 has a numerator of 97 个, more than its denominator of 96 个: a part cannot exceed the whole",
    );
    expect(validateReport(input, { rules, locale: "zh-TW" }).diagnostics[0]?.message).toBe(
      "觀測值（覆蓋率，地區 150105，2023）的分子 97個 大於分母 96個：部分不能多於整體",
    );
  });

  it("respects qualifiers: only a certain excess is an error", () => {
    const certain = withRatio(
      { value: 50000, unit: "人", comparator: "gt" },
      { value: 50000, unit: "人" },
    );
    expect(validateReport(certain, { rules }).diagnostics).toHaveLength(1);
    const possible = withRatio(
      { value: 50000, unit: "人", comparator: "nearly" },
      { value: 40000, unit: "人", comparator: "gt" },
    );
    expect(validateReport(possible, { rules }).diagnostics).toEqual([]);
    const estimate = withRatio(
      { value: 60000, unit: "人", comparator: "approx" },
      { value: 50000, unit: "人" },
    );
    expect(validateReport(estimate, { rules }).diagnostics).toEqual([]);
  });

  it("does not compare figures in different units", () => {
    const input = withRatio({ value: 500, unit: "人次" }, { value: 100, unit: "人" });
    expect(validateReport(input, { rules }).diagnostics).toEqual([]);
  });
});
