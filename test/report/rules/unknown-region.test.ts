import { describe, expect, it } from "vitest";
import { createCnRegionIndex } from "../../../src/cn-regions/create-cn-region-index";
import { createRegionIndex } from "../../../src/region/create-region-index";
import { unknownRegionRule } from "../../../src/report/rules/unknown-region";
import { validateReport } from "../../../src/report/validate-report";
import { sampleReport, sampleReportWith } from "../fixtures";

const rules = [unknownRegionRule];

describe("unknownRegionRule", () => {
  it("reports a region missing from the report's regions as the doc example shows", () => {
    const regions = [{ code: "150105", name: "赛罕区", level: "county" }];
    const units = [{ id: "u1", name: "宾阳县委统战部", kind: "agency", regionCode: "450126" }];
    const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", regions, units };
    expect(validateReport(report, { rules: [unknownRegionRule] }).diagnostics[0]?.message).toBe(
      "单位“宾阳县委统战部”（u1）的地区代码 450126 既不在报告的行政区划列表中，也不在区划目录中",
    );
  });

  it("finds nothing when every code is among the report's regions", () => {
    expect(validateReport(sampleReport(), { rules }).diagnostics).toEqual([]);
  });

  it("reports every unknown code at its own path", () => {
    const input = sampleReportWith((report) => {
      report.regions = (report.regions ?? []).filter((region) => region.code !== "450126");
    });
    const result = validateReport(input, { rules });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["UNKNOWN_REGION", "error", ["units", 1, "regionCode"]],
      ["UNKNOWN_REGION", "error", ["activities", 0, "regionCodes", 1]],
      ["UNKNOWN_REGION", "error", ["agreements", 0, "parties", 1, "regionCode"]],
    ]);
  });

  it("checks every region code a report names, each at its own path and naming its record", () => {
    const input = sampleReportWith((report) => {
      report.regions = [{ code: "150102", name: "新城区", level: "county" }];
      report.designations?.push({
        id: "d1",
        title: "全国民族团结进步示范区",
        kind: "demonstration_region",
        level: "national",
        recipient: { type: "region", name: "赛罕区", regionCode: "150105" },
      });
    });
    const result = validateReport(input, { rules, locale: "en" });
    expect(
      result.diagnostics.map((d) => [d.path, d.message.slice(0, d.message.indexOf(" names"))]),
    ).toEqual([
      [["regionCode"], 'report "赛罕区：手抓“民族团结+” 共开区域联动花" (saihan-2023)'],
      [["units", 0, "regionCode"], 'unit "赛罕区委统战部" (saihan-united-front)'],
      [["units", 1, "regionCode"], 'unit "宾阳县委统战部" (binyang-united-front)'],
      [["brands", 0, "regionCode"], 'brand "赛出石榴红" (saihan-red)'],
      [
        ["campaigns", 1, "issuer", "regionCode"],
        'campaign "贯彻落实“三项计划”赛罕区具体重点工作任务" (saihan-three-plans)',
      ],
      [
        ["campaigns", 1, "regionCode"],
        'campaign "贯彻落实“三项计划”赛罕区具体重点工作任务" (saihan-three-plans)',
      ],
      [
        ["activities", 0, "regionCodes", 0],
        'activity "壮族三月三宾阳·赛罕心连心少年儿童云交流暨民族政策宣传月活动" (cloud-exchange)',
      ],
      [
        ["activities", 0, "regionCodes", 1],
        'activity "壮族三月三宾阳·赛罕心连心少年儿童云交流暨民族政策宣传月活动" (cloud-exchange)',
      ],
      [
        ["agreements", 0, "parties", 0, "regionCode"],
        'agreement "宾赛同心民族团结进步创建共建协议" (binsai)',
      ],
      [
        ["agreements", 0, "parties", 1, "regionCode"],
        'agreement "宾赛同心民族团结进步创建共建协议" (binsai)',
      ],
      [["designations", 0, "recipient", "regionCode"], 'designation "全国民族团结进步示范区" (d1)'],
      [["observations", 0, "regionCode"], "observation of awareness_rate for 150105, 2023"],
    ]);
    expect(result.diagnostics.every((d) => d.code === "UNKNOWN_REGION")).toBe(true);
  });

  it("knows the codes of a region index passed as an option, such as the national catalogue", () => {
    const input = sampleReportWith((report) => {
      delete report.regions;
      const unit = report.units?.[0];
      if (unit !== undefined) unit.regionCode = "150105001";
    });
    const index = createCnRegionIndex();
    const result = validateReport(input, { rules, regionIndex: index, locale: "en" });
    expect(result.diagnostics).toEqual([
      {
        code: "UNKNOWN_REGION",
        severity: "error",
        path: ["units", 0, "regionCode"],
        message:
          'unit "赛罕区委统战部" (saihan-united-front) names region 150105001, which is neither among the report\'s regions nor in the region index',
      },
    ]);
  });

  it("combines the report's regions with the index", () => {
    const input = sampleReportWith((report) => {
      report.regions = [{ code: "150105", name: "赛罕区", level: "county" }];
    });
    const index = createRegionIndex([{ code: "450126", name: "宾阳县", level: "county" }]);
    expect(validateReport(input, { rules, regionIndex: index }).diagnostics).toEqual([]);
  });

  it("matches a padded 12-digit code to its region", () => {
    const input = sampleReportWith((report) => {
      const observation = report.observations?.[0];
      if (observation !== undefined) observation.regionCode = "150105000000";
    });
    expect(validateReport(input, { rules }).diagnostics).toEqual([]);
  });

  it("checks nothing without regions or an index", () => {
    const input = sampleReportWith((report) => {
      delete report.regions;
    });
    expect(validateReport(input, { rules }).diagnostics).toEqual([]);
  });
});
