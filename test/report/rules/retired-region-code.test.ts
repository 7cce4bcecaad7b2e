import { describe, expect, it } from "vitest";
import { cnRegionHistory } from "../../../src/cn-regions/history/cn-region-history";
import { createRetiredRegionCodeRule } from "../../../src/report/rules/retired-region-code";
import { validateReport } from "../../../src/report/validate-report";

const rule = createRetiredRegionCodeRule(cnRegionHistory);
const rules = [rule];
const naming = (year: number | undefined, regionCode: string) => ({
  id: "d1",
  title: "全国民族团结进步示范单位",
  kind: "demonstration_unit",
  level: "national",
  ...(year === undefined ? {} : { year }),
  recipient: { type: "unit", name: "某社区", regionCode },
});

describe("createRetiredRegionCodeRule", () => {
  it("warns on 同仁县 named in 2021 as the doc example shows", () => {
    const designations = [naming(2021, "632321")];
    const report = { id: "r", title: "报告", regionCode: "632301", period: "2021", designations };
    expect(validateReport(report, { rules: [rule] }).diagnostics[0]?.message).toBe(
      "命名表彰“全国民族团结进步示范单位”（d1）的地区代码 632321（同仁县）已于 2020 年停用（民函〔2020〕63号），其区域今属 632301 同仁市",
    );
  });

  it("is a warning at the record's path, and the report still validates", () => {
    const report = {
      id: "r",
      title: "报告",
      regionCode: "632321",
      period: "2021",
      publishedOn: "2021-03-01",
    };
    const result = validateReport(report, { rules });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["RETIRED_REGION_CODE", "warning", ["regionCode"]],
    ]);
  });

  it("lets a report dated before the change validate as it is", () => {
    for (const [period, publishedOn] of [
      ["2019", "2019-12-31"],
      ["2020", "2020-03-01"],
    ] as const) {
      const report = { id: "r", title: "报告", regionCode: "632321", period, publishedOn };
      expect(validateReport(report, { rules }).diagnostics).toEqual([]);
    }
    // An honour of 2020 may predate the change of June 2020: its year alone is not enough.
    const designations = [naming(2020, "632321")];
    const report = { id: "r", title: "报告", regionCode: "632301", period: "2020", designations };
    expect(validateReport(report, { rules }).diagnostics).toEqual([]);
  });

  it("dates the change by its approval within the year of the change", () => {
    // 民函〔2020〕63号 is dated 2020-06-12.
    const report = {
      id: "r",
      title: "报告",
      regionCode: "632321",
      period: "2020",
      publishedOn: "2020-06-12",
    };
    expect(validateReport(report, { rules }).diagnostics).toHaveLength(1);
  });

  it("names every successor of a split, and judges a township code by its county", () => {
    const activities = [
      {
        id: "a1",
        name: "联谊活动",
        date: "2015-05-01",
        regionCodes: ["130103001", "130102"],
        modality: "offline",
      },
    ];
    const report = { id: "r", title: "报告", regionCode: "130102", period: "2015", activities };
    const result = validateReport(report, { rules, locale: "en" });
    expect(result.diagnostics.map((d) => [d.path, d.message])).toEqual([
      [
        ["activities", 0, "regionCodes", 0],
        'activity "联谊活动" (a1) names region code 130103 (桥东区), which left use in 2014 (国函〔2014〕122号); its area is now divided among 130102 长安区, 130104 桥西区',
      ],
    ]);
  });

  it("reads each record's own date: an agreement's signing, an observation's period", () => {
    const agreements = [
      {
        id: "g1",
        title: "共建协议",
        kind: "co_construction",
        parties: [
          { name: "甲", regionCode: "371324" },
          { name: "乙", regionCode: "110103" },
        ],
        signedOn: "2009-05-01",
        commitments: [],
      },
    ];
    const observations = [
      {
        indicatorId: "participants",
        regionCode: "110103",
        period: "2011",
        value: { value: 5, unit: "人次", comparator: "eq" },
        status: "A",
      },
    ];
    const report = {
      id: "r",
      title: "报告",
      regionCode: "110101",
      period: "2011",
      agreements,
      observations,
    };
    const result = validateReport(report, { rules });
    // 110103 崇文区 left use in 2010: the 2009 agreement is fine, the 2011 figure is not; the
    // renamed 371324 (苍山县 → 兰陵县) is the same code and never warned on.
    expect(result.diagnostics.map((d) => d.path)).toEqual([["observations", 0, "regionCode"]]);
  });

  it("passes over codes the history does not hold, and judges by the history it is given", () => {
    const empty = createRetiredRegionCodeRule({ firstYear: 1981, lastYear: 2024, records: [] });
    const report = { id: "r", title: "报告", regionCode: "632321", period: "2022" };
    expect(validateReport(report, { rules: [empty] }).diagnostics).toEqual([]);
    const unknown = { id: "r", title: "报告", regionCode: "150199", period: "2022" };
    expect(validateReport(unknown, { rules }).diagnostics).toEqual([]);
  });
});
