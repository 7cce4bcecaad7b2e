import { describe, expect, it } from "vitest";
import { readReport } from "../../src/report/read-report";
import { validateReport } from "../../src/report/validate-report";
import { ReportSchema } from "../../src/schemas/report";
import { sampleRegionIndex, sampleReport, sampleReportWith } from "./fixtures";

const regionIndex = sampleRegionIndex();

describe("readReport", () => {
  it("returns what ReportSchema returns for a report that passes", () => {
    const read = readReport(sampleReport(), "zh-CN", false);
    expect(read.report).toEqual(ReportSchema.parse(sampleReport()));
    expect(read.diagnostics).toEqual([]);
    expect(read.leftOut).toEqual([]);
  });

  it("leaves out a record that fails, keeping the rest as ReportSchema would parse them", () => {
    const input = sampleReportWith((report) => {
      (report.units?.[1] as Record<string, unknown>).kind = "bureau";
    });
    const read = readReport(input, "zh-CN", false);
    expect(read.leftOut).toEqual([{ collection: "units", index: 1, id: "binyang-united-front" }]);
    expect(read.report?.units.map((unit) => unit.id)).toEqual(["saihan-united-front"]);
    expect(Object.isFrozen(read.report)).toBe(true);
    expect(Object.isFrozen(read.report?.units)).toBe(true);
    expect(read.report?.activities).toEqual(ReportSchema.parse(sampleReport()).activities);
  });

  it("reads collections left out as empty, and regions left out as absent", () => {
    const read = readReport(
      { id: "r", title: "报告", regionCode: "150105", period: "2023", x: 1 },
      "zh-CN",
      false,
    );
    expect(read.report?.activities).toEqual([]);
    expect(read.report !== undefined && "regions" in read.report).toBe(false);
  });

  it("gives no report when a field every rule needs fails", () => {
    const input = sampleReportWith((report) => {
      report.period = "2023-13";
    });
    const read = readReport(input, "zh-CN", false);
    expect(read.report).toBeUndefined();
    expect(read.failedFields).toEqual(["period"]);
  });

  it("drops an optional field of the report that fails, and a collection that is not a list", () => {
    const input = { ...sampleReport(), publishedOn: "2023-02-30", brands: "赛出石榴红" };
    const read = readReport(input, "zh-CN", false);
    expect(read.failedFields).toEqual(["publishedOn", "brands"]);
    expect(read.report?.publishedOn).toBeUndefined();
    expect(read.report?.brands).toEqual([]);
  });
});

describe("validateReport in one pass", () => {
  it("runs every rule over the records that pass while reporting the ones that fail", () => {
    const input = sampleReportWith((report) => {
      (report.units?.[0] as Record<string, unknown>).kind = "bureau";
      report.observations?.push({
        indicatorId: "awareness_rate",
        regionCode: "150105",
        period: "2023",
        value: { value: 120, unit: "%" },
      });
    });
    const result = validateReport(input, { regionIndex });
    expect(result.ok).toBe(false);
    expect(result.report).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["SCHEMA", "error", ["units", 0, "kind"]],
      ["NOT_CHECKED", "warning", ["units", 0]],
      ["DUPLICATE_ID", "error", ["observations", 1]],
      ["NOT_CHECKED", "warning", ["brands", 0, "ownerUnitId"]],
      ["NOT_CHECKED", "warning", ["agreements", 0, "parties", 0, "unitId"]],
      ["PERCENT_OUT_OF_RANGE", "error", ["observations", 1, "value"]],
    ]);
  });

  it("says that no rule ran when a field every rule needs fails", () => {
    const input = sampleReportWith((report) => {
      report.regionCode = "1501";
      report.period = "2023-13";
    });
    const result = validateReport(input, { regionIndex, locale: "en" });
    expect(result.diagnostics.at(-1)).toEqual({
      code: "NOT_CHECKED",
      severity: "warning",
      path: [],
      message: "the report's regionCode, period failed its schema, so no cross-record rule ran",
    });
  });

  it("says which rules read an optional field as absent", () => {
    const input = { ...sampleReport(), publishedOn: "2023-02-30" };
    const result = validateReport(input, { regionIndex });
    expect(result.diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([
      ["SCHEMA", ["publishedOn"], expect.stringMatching(/^发布日期有误/)],
      ["NOT_CHECKED", ["publishedOn"], "报告的发布日期有误，跨记录规则检查时视为未填写"],
    ]);
  });

  it("reports every bad record of every collection in the first call", () => {
    const input = sampleReportWith((report) => {
      for (const unit of report.units ?? []) (unit as Record<string, unknown>).kind = "bureau";
      (report.activities?.[0] as Record<string, unknown>).modality = "cloud";
      (report.observations?.[0] as Record<string, unknown>).status = "X";
    });
    const schema = validateReport(input, { regionIndex }).diagnostics.filter(
      (d) => d.code === "SCHEMA",
    );
    expect(schema.map((d) => d.path)).toEqual([
      ["units", 0, "kind"],
      ["units", 1, "kind"],
      ["activities", 0, "modality"],
      ["observations", 0, "status"],
    ]);
  });
});

describe("validateReport paths after records left out", () => {
  it("points a rule's diagnostic at the record as submitted, not as checked", () => {
    const input = sampleReportWith((report) => {
      (report.units?.[0] as Record<string, unknown>).kind = "bureau";
      const second = report.units?.[1];
      if (second !== undefined) second.regionCode = "620799";
    });
    const result = validateReport(input, { regionIndex });
    expect(result.diagnostics.map((d) => [d.code, d.path])).toContainEqual([
      "UNKNOWN_REGION",
      ["units", 1, "regionCode"],
    ]);
  });
});
