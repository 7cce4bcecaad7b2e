import { describe, expect, it } from "vitest";
import { createCnRegionIndex } from "../../../src/cn-regions/create-cn-region-index";
import { createRegionIndex } from "../../../src/region/create-region-index";
import { reportRegionsRule } from "../../../src/report/rules/report-regions";
import { validateReport } from "../../../src/report/validate-report";
import { sampleReport, sampleReportWith } from "../fixtures";

const rules = [reportRegionsRule];
const regionIndex = createCnRegionIndex();

function withRegions(regions: readonly object[]) {
  return { id: "r", title: "报告", regionCode: "620721", period: "2023", regions };
}

describe("reportRegionsRule", () => {
  it("reports a township under a county that is not its parent as the doc example shows", () => {
    const regions = [
      { code: "620700", name: "张掖市", level: "prefecture" },
      { code: "620721", name: "肃南裕固族自治县", level: "county", parentCode: "620700" },
      { code: "620722001", name: "洪水镇", level: "township", parentCode: "620721" },
    ];
    const report = { id: "r", title: "报告", regionCode: "620721", period: "2023", regions };
    expect(validateReport(report, { rules: [reportRegionsRule] }).diagnostics[0]?.message).toBe(
      "行政区划“洪水镇”（620722001）：上级区划 620721 不是 620722001 按代码的上级",
    );
  });

  it("finds nothing in a list an index accepts, with or without a catalogue", () => {
    expect(validateReport(sampleReport(), { rules }).diagnostics).toEqual([]);
    expect(validateReport(sampleReport(), { rules, regionIndex }).diagnostics).toEqual([]);
  });

  it("finds nothing when a report lists only what the catalogue lacks", () => {
    const streets = [
      { code: "370103002", name: "大观园街道", level: "township", parentCode: "370103" },
      { code: "370103002001", name: "某社区", level: "village", parentCode: "370103002" },
    ];
    expect(validateReport(withRegions(streets), { rules, regionIndex }).diagnostics).toEqual([]);
  });

  it("reports a 6-digit code marked as a township at its level", () => {
    const result = validateReport(
      withRegions([{ code: "620721", name: "肃南县", level: "township" }]),
      { rules, locale: "en" },
    );
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["REPORT_REGIONS", ["regions", 0, "level"]],
    ]);
    expect(result.diagnostics[0]?.message).toMatch(/^region "肃南县" \(620721\): level/);
  });

  it("reports a catalogue county entered under another name and parent", () => {
    const regions = [
      { code: "620700", name: "张掖市", level: "prefecture" },
      { code: "620800", name: "平凉市", level: "prefecture" },
      { code: "620721", name: "肃北县", level: "county", parentCode: "620800" },
    ];
    const result = validateReport(withRegions(regions), { rules, regionIndex });
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["REPORT_REGIONS", ["regions", 2, "parentCode"]],
      ["REPORT_REGIONS", ["regions", 2]],
    ]);
    expect(result.diagnostics[1]?.message).toBe(
      "行政区划“肃北县”（620721）与区划目录不一致：目录中 620721 是“肃南裕固族自治县”（县级，上级 620700）",
    );
  });

  it("accepts a catalogue region under one of its aliases", () => {
    const index = createRegionIndex([
      { code: "620700", name: "张掖市", level: "prefecture" },
      { code: "620721", name: "肃南裕固族自治县", level: "county", aliases: ["肃南县"] },
    ]);
    const regions = [{ code: "620721", name: "肃南县", level: "county", parentCode: "620700" }];
    expect(validateReport(withRegions(regions), { rules, regionIndex: index }).diagnostics).toEqual(
      [],
    );
  });

  it("reports a code written twice in different paddings, but not one DUPLICATE_ID reports", () => {
    const padded = sampleReportWith((report) => {
      report.regions?.push({ code: "150105000000", name: "赛罕区", level: "county" });
    });
    expect(validateReport(padded, { rules }).diagnostics.map((d) => d.path)).toEqual([
      ["regions", 6, "code"],
    ]);
    const same = sampleReportWith((report) => {
      report.regions?.push({ code: "150105", name: "赛罕区", level: "county" });
    });
    expect(validateReport(same, { rules }).diagnostics).toEqual([]);
  });

  it("looks up a parent outside the list only in a catalogue", () => {
    const regions = [{ code: "620799001", name: "某镇", level: "township", parentCode: "620799" }];
    expect(validateReport(withRegions(regions), { rules }).diagnostics).toEqual([]);
    const result = validateReport(withRegions(regions), { rules, regionIndex, locale: "en" });
    expect(result.diagnostics.map((d) => d.path)).toEqual([["regions", 0, "parentCode"]]);
  });

  it("finds nothing in a report without regions", () => {
    const report = { id: "r", title: "报告", regionCode: "620721", period: "2023" };
    expect(validateReport(report, { rules, regionIndex }).diagnostics).toEqual([]);
  });
});
