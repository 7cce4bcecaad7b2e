import { describe, expect, it } from "vitest";
import { invalidCountRule } from "../../../src/report/rules/invalid-count";
import { validateReport } from "../../../src/report/validate-report";
import { sampleReport, sampleReportWith } from "../fixtures";

const rules = [invalidCountRule];

describe("invalidCountRule", () => {
  it("reports fractional people as the doc example shows", () => {
    const activities = [
      {
        id: "a1",
        name: "云交流",
        date: "2023-04-26",
        regionCodes: ["150105"],
        modality: "online",
        participants: { value: 2.5, unit: "人" },
      },
    ];
    const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", activities };
    expect(validateReport(report, { rules: [invalidCountRule] }).diagnostics[0]?.message).toBe(
      "活动“云交流”（a1）的参与人数为 2.5人，人数和个数应为整数",
    );
  });

  it("finds nothing in the sample report", () => {
    expect(validateReport(sampleReport(), { rules }).diagnostics).toEqual([]);
  });

  it("reports negative counts of things and carriers counted without a unit", () => {
    const input = sampleReportWith((report) => {
      const carriers = report.brands?.[0]?.carriers;
      if (carriers?.[0] !== undefined) carriers[0].count = { value: -3 };
      if (carriers?.[1] !== undefined) carriers[1].count = { value: -5, unit: "处" };
    });
    const result = validateReport(input, { rules, locale: "en" });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.path, d.message])).toEqual([
      [
        ["brands", 0, "carriers", 0, "count", "value"],
        'carrier "红石榴赛罕家园" of brand "赛出石榴红" (saihan-red) gives its count as -3 ; a count of people or things is never negative',
      ],
      [
        ["brands", 0, "carriers", 1, "count", "value"],
        'carrier "石榴红赛罕驿站" of brand "赛出石榴红" (saihan-red) gives its count as -5 处; a count of people or things is never negative',
      ],
    ]);
  });

  it("reads a figure's scale from its measure word, and checks both ends of a range", () => {
    const input = sampleReportWith((report) => {
      const activity = report.activities?.[0];
      if (activity === undefined) return;
      activity.participants = { value: 2.5, unit: "万人" };
      activity.onlineViewers = { value: 30, upper: 40.5, unit: "人", comparator: "range" };
      activity.pageViews = { value: 0.5, unit: "万人次", comparator: "gt" };
    });
    expect(validateReport(input, { rules }).diagnostics.map((d) => d.path)).toEqual([
      ["activities", 0, "onlineViewers", "upper"],
    ]);
  });

  it("checks figures of count indicators, and leaves amounts and rates alone", () => {
    const observations = [
      {
        indicatorId: "activity_sessions",
        regionCode: "150105",
        period: "2021",
        value: { value: 2.5 },
      },
      {
        indicatorId: "awareness_rate",
        regionCode: "150105",
        period: "2022",
        value: { value: -0.5, unit: "%" },
      },
      {
        indicatorId: "gross_domestic_product",
        regionCode: "150105",
        period: "2023",
        value: { value: 363.15, unit: "元" },
      },
    ];
    const result = validateReport({ ...sampleReport(), observations }, { rules });
    expect(result.diagnostics.map((d) => d.path)).toEqual([["observations", 0, "value", "value"]]);
  });
});
