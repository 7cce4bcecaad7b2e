import { describe, expect, it } from "vitest";
import { designationDateRule } from "../../../src/report/rules/designation-date";
import { publicationDateRule } from "../../../src/report/rules/publication-date";
import { validateReport } from "../../../src/report/validate-report";

const report = (period: string, extra: Record<string, unknown> = {}) => ({
  id: "r",
  title: "报告",
  regionCode: "150105",
  period,
  ...extra,
});
const designation = (year: number) => ({
  id: "d1",
  title: "全国民族团结进步示范区",
  kind: "demonstration_region",
  level: "national",
  recipient: { type: "region", name: "赛罕区", regionCode: "150105" },
  year,
});

describe("rules on interval and open report periods", () => {
  it("PUBLICATION_DATE: a period open at the start has no first day to be published before", () => {
    const rules = [publicationDateRule];
    const today = "2026-12-01";
    expect(
      validateReport(report("../2023-09-25", { publishedOn: "2023-09-25" }), { rules, today })
        .diagnostics,
    ).toEqual([]);
    expect(
      validateReport(report("2021/2023", { publishedOn: "2020-12-31" }), {
        rules,
        today,
        locale: "en",
      }).diagnostics[0]?.message,
    ).toBe(
      "the report's publication date 2020-12-31 is before its period 2021/2023 starts on 2021-01-01",
    );
  });

  it("DESIGNATION_DATE: an interval ends on its last day; an open end without publication checks nothing", () => {
    const rules = [designationDateRule];
    expect(
      validateReport(report("2021/2023", { designations: [designation(2024)] }), { rules })
        .diagnostics[0]?.message,
    ).toBe("命名表彰“全国民族团结进步示范区”（d1）的年份 2024 晚于报告期的结束日期 2023-12-31");
    expect(
      validateReport(report("2021/..", { designations: [designation(2024)] }), { rules })
        .diagnostics,
    ).toEqual([]);
  });
});
