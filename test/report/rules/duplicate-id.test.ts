import { describe, expect, it } from "vitest";
import { duplicateIdRule } from "../../../src/report/rules/duplicate-id";
import { validateReport } from "../../../src/report/validate-report";
import { sampleReport, sampleReportWith } from "../fixtures";

describe("duplicateIdRule", () => {
  it("reports a reused unit id as the doc example shows", () => {
    const units = [
      { id: "u1", name: "甲局", kind: "agency", regionCode: "150105" },
      { id: "u1", name: "乙校", kind: "school", regionCode: "150105" },
    ];
    const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", units };
    expect(validateReport(report, { rules: [duplicateIdRule] }).diagnostics[0]?.message).toBe(
      "单位“乙校”的编号 u1 重复，units[0] 已使用该编号",
    );
  });

  it("finds nothing in a report whose ids are distinct", () => {
    const result = validateReport(sampleReport(), { rules: [duplicateIdRule] });
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("reports every later copy of an activity id as an error at its id", () => {
    const input = sampleReportWith((report) => {
      const first = report.activities?.[0];
      if (first === undefined) throw new Error("fixture has an activity");
      report.activities?.push({ ...first, name: "第二场" }, { ...first, name: "第三场" });
    });
    const result = validateReport(input, { rules: [duplicateIdRule] });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["DUPLICATE_ID", "error", ["activities", 1, "id"]],
      ["DUPLICATE_ID", "error", ["activities", 2, "id"]],
    ]);
    expect(result.diagnostics[0]?.message).toBe(
      "活动“第二场”的编号 cloud-exchange 重复，activities[0] 已使用该编号",
    );
  });

  it("checks region codes and agreements, designations and indicators by their titles", () => {
    const input = sampleReportWith((report) => {
      report.regions?.push({ code: "150105", name: "赛罕", level: "county", parentCode: "150100" });
      const agreement = report.agreements?.[0];
      if (agreement === undefined) throw new Error("fixture has an agreement");
      report.agreements?.push({ ...agreement, title: "结对子协议" });
    });
    const result = validateReport(input, { rules: [duplicateIdRule], locale: "en" });
    expect(result.diagnostics.map((d) => d.path)).toEqual([
      ["agreements", 1, "id"],
      ["regions", 6, "code"],
    ]);
    expect(result.diagnostics[1]?.message).toBe(
      'region "赛罕" reuses the id 150105 already used at regions[2]',
    );
  });

  it("checks units, brands, campaigns, designations and indicators, naming each record", () => {
    const designation = {
      id: "d1",
      title: "全国民族团结进步示范区",
      kind: "demonstration_region",
      level: "national",
      recipient: { type: "region", name: "赛罕区", regionCode: "150105" },
    } as const;
    const indicator = {
      id: "pomegranate_homes",
      name: { "zh-CN": "红石榴家园数" },
      kind: "count",
      unit: "个",
      aggregation: "sum",
    } as const;
    const input = sampleReportWith((report) => {
      const [unit, brand, campaign] = [
        report.units?.[0],
        report.brands?.[0],
        report.campaigns?.[0],
      ];
      if (unit === undefined || brand === undefined || campaign === undefined) {
        throw new Error("fixture has a unit, a brand and a campaign");
      }
      report.units?.push({ ...unit, name: "另一单位" });
      report.brands?.push({ ...brand, name: "另一品牌" });
      report.campaigns?.push({ ...campaign, name: "另一行动" });
      report.designations?.push(designation, { ...designation, title: "另一称号" });
      report.indicators?.push(indicator, { ...indicator, name: { "zh-CN": "另一指标" } });
    });
    const result = validateReport(input, { rules: [duplicateIdRule], locale: "en" });
    expect(result.diagnostics.map((d) => [d.path, d.message])).toEqual([
      [
        ["units", 2, "id"],
        'unit "另一单位" reuses the id saihan-united-front already used at units[0]',
      ],
      [["brands", 1, "id"], 'brand "另一品牌" reuses the id saihan-red already used at brands[0]'],
      [
        ["campaigns", 2, "id"],
        'campaign "另一行动" reuses the id three-plans already used at campaigns[0]',
      ],
      [
        ["designations", 1, "id"],
        'designation "另一称号" reuses the id d1 already used at designations[0]',
      ],
      [
        ["indicators", 1, "id"],
        'indicator "另一指标" reuses the id pomegranate_homes already used at indicators[0]',
      ],
    ]);
  });

  it("keeps apart the growth rates of different indicators", () => {
    const growth = (growthOf: string) => ({
      indicatorId: "growth_rate",
      growthOf,
      regionCode: "150105",
      period: "2023",
      value: { value: 6.7, unit: "%" },
    });
    const input = sampleReportWith((report) => {
      report.observations?.push(growth("gross_domestic_product"), growth("fixed_asset_investment"));
    });
    expect(validateReport(input, { rules: [duplicateIdRule] }).diagnostics).toEqual([]);
    const twice = sampleReportWith((report) => {
      report.observations?.push(growth("gross_domestic_product"), growth("gross_domestic_product"));
    });
    expect(
      validateReport(twice, { rules: [duplicateIdRule] }).diagnostics.map((d) => d.path),
    ).toEqual([["observations", 2]]);
  });

  it("reports two observations of one indicator, region and period", () => {
    const input = sampleReportWith((report) => {
      report.observations?.push({
        indicatorId: "awareness_rate",
        regionCode: "150105",
        period: "2023",
        value: { value: 98, unit: "%" },
      });
    });
    const result = validateReport(input, { rules: [duplicateIdRule], locale: "zh-TW" });
    expect(result.diagnostics).toEqual([
      {
        code: "DUPLICATE_ID",
        severity: "error",
        path: ["observations", 1],
        message:
          "觀測值（awareness_rate，地區 150105，2023）重複，observations[0] 已給出同一指標、地區和統計期的數值",
      },
    ]);
  });

  it("lets different kinds of record share an id", () => {
    const input = sampleReportWith((report) => {
      const unit = report.units?.[0];
      if (unit === undefined) throw new Error("fixture has a unit");
      unit.id = "cloud-exchange";
      const brand = report.brands?.[0];
      if (brand !== undefined) brand.ownerUnitId = "cloud-exchange";
      const party = report.agreements?.[0]?.parties[0];
      if (party !== undefined) party.unitId = "cloud-exchange";
    });
    expect(validateReport(input, { rules: [duplicateIdRule] }).diagnostics).toEqual([]);
  });

  it("finds a carrier or component id used twice anywhere in the report", () => {
    const input = sampleReportWith((report) => {
      const carriers = report.brands?.[0]?.carriers;
      if (carriers?.[0] !== undefined) carriers[0].id = "homes";
      report.campaigns?.push({
        id: "fronts",
        name: "三大宣传阵地",
        kind: "framework",
        issuer: { level: "county" },
        components: [
          {
            id: "mobile",
            name: "流动阵地",
            carriers: [{ id: "homes", kind: "home", name: "家园" }],
          },
          { id: "mobile", name: "实体阵地" },
          // A carrier and a component may share an id: about names the kind too.
          { id: "homes", name: "示范阵地" },
        ],
      });
    });
    const found = (locale: "zh-CN" | "zh-TW" | "en") =>
      validateReport(input, { rules: [duplicateIdRule], locale }).diagnostics.map((d) => [
        d.path.join("."),
        d.message,
      ]);
    expect(found("zh-CN")).toEqual([
      [
        "campaigns.2.components.0.carriers.0.id",
        "阵地“家园”的编号 homes 重复，brands[0].carriers[0] 已使用该编号",
      ],
      [
        "campaigns.2.components.1.id",
        "行动分项“实体阵地”的编号 mobile 重复，campaigns[2].components[0] 已使用该编号",
      ],
    ]);
    expect(found("zh-TW")[0]?.[1]).toBe(
      "陣地“家园”的編號 homes 重複，brands[0].carriers[0] 已使用該編號",
    );
    expect(found("en")[1]?.[1]).toBe(
      'campaign component "实体阵地" reuses the id mobile already used at campaigns[2].components[0]',
    );
  });
});
