import { describe, expect, it } from "vitest";
import { designationDateRule } from "../../../src/report/rules/designation-date";
import { validateReport } from "../../../src/report/validate-report";

const rules = [designationDateRule];

function reportWith(year: number, extra: { publishedOn?: string; period?: string } = {}) {
  const designations = [
    {
      id: "d1",
      title: "全国民族团结进步示范区",
      kind: "demonstration_region",
      level: "national",
      recipient: { type: "region", name: "赛罕区", regionCode: "150105" },
      year,
    },
  ];
  return { id: "r", title: "报告", regionCode: "150105", period: "2023", ...extra, designations };
}

describe("designationDateRule", () => {
  it("reports a designation dated after publication as the doc example shows", () => {
    const designations = [
      {
        id: "d1",
        title: "全国民族团结进步示范区",
        kind: "demonstration_region",
        level: "national",
        recipient: { type: "region", name: "赛罕区", regionCode: "150105" },
        year: 2150,
      },
    ];
    const report = {
      id: "r",
      title: "报告",
      regionCode: "150105",
      period: "2023",
      publishedOn: "2024-01-10",
      designations,
    };
    expect(validateReport(report, { rules: [designationDateRule] }).diagnostics[0]?.message).toBe(
      "命名表彰“全国民族团结进步示范区”（d1）的年份 2150 晚于报告的发布日期 2024-01-10",
    );
  });

  it("accepts the year of publication and earlier years", () => {
    expect(validateReport(reportWith(2024, { publishedOn: "2024-01-10" }), { rules }).ok).toBe(
      true,
    );
    expect(validateReport(reportWith(2019), { rules }).diagnostics).toEqual([]);
  });

  it("compares with the end of the period when the report gives no publication date", () => {
    expect(validateReport(reportWith(2023), { rules }).diagnostics).toEqual([]);
    const result = validateReport(reportWith(2024), { rules, locale: "en" });
    expect(result.diagnostics).toEqual([
      {
        code: "DESIGNATION_DATE",
        severity: "error",
        path: ["designations", 0, "year"],
        message:
          'designation "全国民族团结进步示范区" (d1) is dated 2024, after the report\'s period ends on 2023-12-31',
      },
    ]);
  });

  it("reads the end of a period shorter than a year", () => {
    const result = validateReport(reportWith(2024, { period: "2023-H1" }), { rules });
    expect(result.diagnostics[0]?.message).toMatch(/报告期的结束日期 2023-06-30$/);
  });
});
