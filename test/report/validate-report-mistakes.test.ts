// The mistakes a data team made in one submission, each found in the first call at its path,
// and all of them found together in one call.
import { describe, expect, it } from "vitest";
import { createCnRegionIndex } from "../../src/cn-regions/create-cn-region-index";
import { ShiliuError } from "../../src/core/shiliu-error";
import { validateReport } from "../../src/report/validate-report";
import type { ValidateReportOptions } from "../../src/report/validate-report-options";
import type { ReportInput } from "../../src/schemas/report";
import { type Mutable, sampleReport } from "./fixtures";

type Report = Mutable<ReportInput>;
type Change = (report: Report) => void;

const today = "2026-12-01";
const regionIndex = createCnRegionIndex();

const mistakes: readonly (readonly [string, Change, string, readonly (string | number)[]])[] = [
  [
    "an observation in 处 of an indicator defined in 个",
    (r) => {
      r.indicators?.push({
        id: "sites",
        name: { "zh-CN": "阵地数" },
        kind: "count",
        unit: "个",
        aggregation: "sum",
      });
      r.observations?.push({
        indicatorId: "sites",
        regionCode: "150105",
        period: "2023",
        value: { value: 11, unit: "处" },
      });
    },
    "UNIT_MISMATCH",
    ["observations", 1, "value", "unit"],
  ],
  [
    "participants in 人次 of an indicator in 人",
    (r) => {
      r.observations?.push({
        indicatorId: "participants",
        regionCode: "150105",
        period: "2022",
        value: { value: 300, unit: "人次" },
      });
    },
    "UNIT_MISMATCH",
    ["observations", 1, "value", "unit"],
  ],
  [
    "an activity's participants in 元",
    (r) => {
      const activity = r.activities?.[0];
      if (activity !== undefined) activity.participants = { value: 4000, unit: "元" };
    },
    "UNIT_MISMATCH",
    ["activities", 0, "participants", "unit"],
  ],
  [
    "a target in 场次 with its actual in 人次",
    (r) => {
      const campaign = r.campaigns?.[1];
      if (campaign === undefined) return;
      campaign.components = [
        {
          name: "宣讲",
          targets: [
            {
              description: "宣讲",
              target: { value: 100, unit: "场次" },
              actual: { value: 5000, unit: "人次" },
            },
          ],
        },
      ];
    },
    "UNIT_MISMATCH",
    ["campaigns", 1, "components", 0, "targets", 0, "actual", "unit"],
  ],
  [
    "a negative count of −5处",
    (r) => {
      const carrier = r.brands?.[0]?.carriers?.[1];
      if (carrier !== undefined) carrier.count = { value: -5, unit: "处" };
    },
    "INVALID_COUNT",
    ["brands", 0, "carriers", 1, "count", "value"],
  ],
  [
    "a carrier count of −3",
    (r) => {
      const carrier = r.brands?.[0]?.carriers?.[0];
      if (carrier !== undefined) carrier.count = { value: -3 };
    },
    "INVALID_COUNT",
    ["brands", 0, "carriers", 0, "count", "value"],
  ],
  [
    "2.5 people",
    (r) => {
      const activity = r.activities?.[0];
      if (activity !== undefined) activity.onlineViewers = { value: 2.5, unit: "人" };
    },
    "INVALID_COUNT",
    ["activities", 0, "onlineViewers", "value"],
  ],
  [
    "a quote that is not in the report's own source text",
    (r) => {
      r.source = { title: "赛罕区", text: "全区群众对民族团结进步创建工作的知晓率达98%。" };
    },
    "QUOTE_NOT_IN_SOURCE",
    ["observations", 0, "value", "quote"],
  ],
  [
    "a township coded 620722001 under parent 620721",
    (r) => {
      r.regions?.push({ code: "620722001", name: "某镇", level: "township", parentCode: "620721" });
    },
    "REPORT_REGIONS",
    ["regions", 6, "parentCode"],
  ],
  [
    "a 6-digit code marked township",
    (r) => {
      r.regions?.push({
        code: "620721",
        name: "肃南裕固族自治县",
        level: "township",
        parentCode: "620700",
      });
    },
    "REPORT_REGIONS",
    ["regions", 6, "level"],
  ],
  [
    "a catalogue county re-entered under another name and parent",
    (r) => {
      r.regions?.push({ code: "620722", name: "新县", level: "county", parentCode: "620800" });
    },
    "REPORT_REGIONS",
    ["regions", 6, "parentCode"],
  ],
  [
    "an unknown code 620799 and no region index",
    (r) => {
      const unit = r.units?.[1];
      if (unit !== undefined) unit.regionCode = "620799";
    },
    "NO_REGION_INDEX",
    ["regionCode"],
  ],
  [
    "a growth indicator without growthOf",
    (r) => {
      r.observations?.push({
        indicatorId: "growth_rate",
        regionCode: "150105",
        period: "2023",
        value: { value: 6.7, unit: "%" },
      });
    },
    "GROWTH_WITHOUT_BASE",
    ["observations", 1, "growthOf"],
  ],
  [
    "a demonstration unit awarded to a person",
    (r) => {
      r.designations?.push({
        id: "d-person",
        title: "全国民族团结进步示范单位",
        kind: "demonstration_unit",
        level: "national",
        recipient: { type: "person", name: "张三", regionCode: "150105" },
      });
    },
    "DESIGNATION_RECIPIENT",
    ["designations", 0, "recipient", "type"],
  ],
  [
    "a designation year of 2150",
    (r) => {
      r.designations?.push({
        id: "d-2150",
        title: "全国民族团结进步示范区",
        kind: "demonstration_region",
        level: "national",
        recipient: { type: "region", name: "赛罕区", regionCode: "150105" },
        year: 2150,
      });
    },
    "DESIGNATION_DATE",
    ["designations", 0, "year"],
  ],
  [
    "publishedOn in 2031",
    (r) => {
      r.publishedOn = "2031-01-05";
    },
    "PUBLICATION_DATE",
    ["publishedOn"],
  ],
  [
    "a whitespace-only name",
    (r) => {
      const unit = r.units?.[0];
      if (unit !== undefined) unit.name = "   ";
    },
    "SCHEMA",
    ["units", 0, "name"],
  ],
];

function reportWith(...changes: readonly Change[]): ReportInput {
  const report = structuredClone(sampleReport()) as Report;
  for (const change of changes) change(report);
  return report;
}

function found(input: ReportInput, options: ValidateReportOptions) {
  return validateReport(input, { today, ...options }).diagnostics.map((d) => [d.code, d.path]);
}

describe("validateReport on a submission's mistakes", () => {
  it("validates the clean submission with no error against the national catalogue", () => {
    const result = validateReport(sampleReport(), { today, regionIndex });
    expect(result.diagnostics).toEqual([]);
  });

  it.each(mistakes)("finds %s in the first call, at its path", (name, change, code, path) => {
    const options = name.includes("no region index") ? {} : { regionIndex };
    expect(found(reportWith(change), options)).toContainEqual([code, path]);
  });

  it("finds every mistake of one submission in one call", () => {
    const report = reportWith(...mistakes.map(([, change]) => change));
    const result = validateReport(report, { today });
    expect(result.ok).toBe(false);
    const codes = new Set(result.diagnostics.map((d) => d.code));
    for (const [, , code] of mistakes) expect(codes).toContain(code);
    // Where the mistakes share a collection their indexes shift; each is still found at its place.
    const at = result.diagnostics.map((d) => `${d.code} ${d.path.join(".")}`);
    expect(at).toEqual(
      expect.arrayContaining([
        "SCHEMA units.0.name",
        "UNKNOWN_REGION units.1.regionCode",
        "NO_REGION_INDEX regionCode",
        "UNIT_MISMATCH observations.1.value.unit",
        "UNIT_MISMATCH observations.2.value.unit",
        "UNIT_MISMATCH activities.0.participants.unit",
        "UNIT_MISMATCH campaigns.1.components.0.targets.0.actual.unit",
        "INVALID_COUNT brands.0.carriers.0.count.value",
        "INVALID_COUNT brands.0.carriers.1.count.value",
        "INVALID_COUNT activities.0.onlineViewers.value",
        "QUOTE_NOT_IN_SOURCE observations.0.value.quote",
        "REPORT_REGIONS regions.6.parentCode",
        "REPORT_REGIONS regions.7.level",
        "REPORT_REGIONS regions.8.parentCode",
        "GROWTH_WITHOUT_BASE observations.3.growthOf",
        "DESIGNATION_RECIPIENT designations.0.recipient.type",
        "DESIGNATION_DATE designations.1.year",
        "PUBLICATION_DATE publishedOn",
      ]),
    );
  });

  it("blames the caller for options it cannot use, not the data", () => {
    expect(() => validateReport(sampleReport(), { knownIndicators: 5 as never })).toThrow(
      ShiliuError,
    );
  });
});
