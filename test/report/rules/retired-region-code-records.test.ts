// Every kind of record that names a region code, judged against a small history of its own: a
// code renamed without a dated approval (150101 → 150102 in 2000) and one split by a dated one
// (150103 → 150102 and 150104 on 2005-03-01).
import { describe, expect, it } from "vitest";
import type { Locale } from "../../../src/core/locale";
import type { RegionHistory, RegionHistoryRecord } from "../../../src/region/region-history";
import { createRetiredRegionCodeRule } from "../../../src/report/rules/retired-region-code";
import { validateReport } from "../../../src/report/validate-report";

function county(
  code: string,
  name: string,
  end?: number,
  successors: RegionHistoryRecord["successors"] = [],
): RegionHistoryRecord {
  return {
    code,
    name,
    level: "county",
    start: 1990,
    ...(end === undefined ? {} : { end }),
    successors,
    successorsFromCounties: false,
    transfers: [],
  };
}

const approval = { number: "民函〔2005〕1号", date: "2005-03-01" };
const history: RegionHistory = {
  firstYear: 1990,
  lastYear: 2024,
  records: [
    county("150101", "旧城区", 2000, [{ code: "150102", year: 2000, approvals: [] }]),
    county("150102", "新城区"),
    county("150103", "分区", 2005, [
      { code: "150102", year: 2005, approvals: [approval] },
      { code: "150104", year: 2005, approvals: [] },
    ]),
    county("150104", "另区"),
  ],
};
const rule = createRetiredRegionCodeRule(history);

/** A report of 2010 in 150102 with the records given. */
function reportWith(records: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { id: "r", title: "报告", regionCode: "150102", period: "2010", ...records };
}

function warnings(report: unknown, locale: Locale = "zh-CN") {
  return validateReport(report, { rules: [rule], locale }).diagnostics.map((d) => [
    d.code,
    d.severity,
    d.path,
    d.message,
  ]);
}

const renamed = "150101（旧城区）已于 2000 年停用，其区域今属 150102 新城区";

describe("createRetiredRegionCodeRule, the rule it makes", () => {
  it("has its code and its description in every locale", () => {
    const made = createRetiredRegionCodeRule(history);
    expect(made.code).toBe("RETIRED_REGION_CODE");
    expect(made.description).toEqual({
      "zh-CN": "记录所用的地区代码在其日期前未停用",
      "zh-TW": "記錄所用的地區代碼在其日期前未停用",
      en: "no record names a region code that had left use by its date",
    });
  });

  it("says a change with no dated approval without a document, and a split's successors, in every locale", () => {
    const report = reportWith({ regionCode: "150101", units: [unit("150103")] });
    expect(warnings(report).map((w) => w[3])).toEqual([
      `报告“报告”（r）的地区代码 ${renamed}`,
      "单位“统战部”（u1）的地区代码 150103（分区）已于 2005 年停用（民函〔2005〕1号），其区域今分属 150102 新城区、150104 另区",
    ]);
    expect(warnings(report, "zh-TW").map((w) => w[3])).toEqual([
      "報告“报告”（r）的地區代碼 150101（旧城区）已於 2000 年停用，其區域今屬 150102 新城区",
      "單位“统战部”（u1）的地區代碼 150103（分区）已於 2005 年停用（民函〔2005〕1号），其區域今分屬 150102 新城区、150104 另区",
    ]);
    expect(warnings(report, "en").map((w) => w[3])).toEqual([
      'report "报告" (r) names region code 150101 (旧城区), which left use in 2000; its area is now in 150102 新城区',
      'unit "统战部" (u1) names region code 150103 (分区), which left use in 2005 (民函〔2005〕1号); its area is now divided among 150102 新城区, 150104 另区',
    ]);
  });
});

function unit(regionCode: string) {
  return { id: "u1", name: "统战部", kind: "agency", regionCode };
}

describe("createRetiredRegionCodeRule, records dated by the report", () => {
  it("warns on a unit, a brand and a campaign at their own codes", () => {
    const report = reportWith({
      units: [unit("150102"), { ...unit("150101"), id: "u2" }],
      brands: [{ id: "b1", name: "石榴红", regionCode: "150101" }],
      campaigns: [
        {
          id: "c0",
          name: "全国行动",
          kind: "action",
          issuer: { level: "national" },
          components: [],
        },
        {
          id: "c1",
          name: "五项行动",
          kind: "action",
          issuer: { level: "county" },
          regionCode: "150101",
          components: [],
        },
      ],
    });
    expect(warnings(report)).toEqual([
      [
        "RETIRED_REGION_CODE",
        "warning",
        ["units", 1, "regionCode"],
        `单位“统战部”（u2）的地区代码 ${renamed}`,
      ],
      [
        "RETIRED_REGION_CODE",
        "warning",
        ["brands", 0, "regionCode"],
        `工作品牌“石榴红”（b1）的地区代码 ${renamed}`,
      ],
      [
        "RETIRED_REGION_CODE",
        "warning",
        ["campaigns", 1, "regionCode"],
        `行动“五项行动”（c1）的地区代码 ${renamed}`,
      ],
    ]);
  });

  it("dates them by the publication, else the period's end", () => {
    const units = [unit("150103")];
    expect(warnings(reportWith({ units, period: "2005", publishedOn: "2005-02-28" }))).toEqual([]);
    expect(warnings(reportWith({ units, period: "2005", publishedOn: "2005-03-01" }))).toHaveLength(
      1,
    );
    expect(warnings(reportWith({ units, period: "2005-01" }))).toEqual([]);
    expect(warnings(reportWith({ units, period: "2005-03" }))).toHaveLength(1);
  });
});

describe("createRetiredRegionCodeRule, records with dates of their own", () => {
  const activity = (dating: object) => ({
    id: "a1",
    name: "联谊活动",
    regionCodes: ["150102", "150101"],
    modality: "offline",
    ...dating,
  });

  it("judges an activity by its day, else its period's end, else the report's date", () => {
    const at = (dating: object) => warnings(reportWith({ activities: [activity(dating)] }));
    expect(at({ date: "1999-05-01" })).toEqual([]);
    expect(at({ period: "1999" })).toEqual([]);
    expect(at({ date: "2001-05-01" })).toEqual([
      [
        "RETIRED_REGION_CODE",
        "warning",
        ["activities", 0, "regionCodes", 1],
        `活动“联谊活动”（a1）的地区代码 ${renamed}`,
      ],
    ]);
    expect(at({ period: "2001-H1" })).toHaveLength(1);
    expect(at({})).toHaveLength(1);
    expect(warnings(reportWith({ period: "1999", activities: [activity({})] }))).toEqual([]);
  });

  it("judges an agreement's parties by its signing, else the report's date", () => {
    const agreement = (signing: object) => ({
      id: "g1",
      title: "共建协议",
      kind: "co_construction",
      parties: [
        { name: "甲", regionCode: "150101" },
        { name: "乙", regionCode: "150104" },
      ],
      commitments: [],
      ...signing,
    });
    expect(warnings(reportWith({ agreements: [agreement({ signedOn: "1998-01-01" })] }))).toEqual(
      [],
    );
    expect(warnings(reportWith({ agreements: [agreement({})] }))).toEqual([
      [
        "RETIRED_REGION_CODE",
        "warning",
        ["agreements", 0, "parties", 0, "regionCode"],
        `协议“共建协议”（g1）的地区代码 ${renamed}`,
      ],
    ]);
  });

  it("judges a designation by the first day of its year, else the report's date", () => {
    const designation = (year: object) => ({
      id: "d1",
      title: "示范单位",
      kind: "demonstration_unit",
      level: "provincial",
      recipient: { type: "unit", name: "某社区", regionCode: "150103" },
      ...year,
    });
    // The split took effect on 2005-03-01: an honour of 2005 may predate it.
    expect(warnings(reportWith({ designations: [designation({ year: 2005 })] }))).toEqual([]);
    expect(warnings(reportWith({ designations: [designation({ year: 2006 })] }))).toHaveLength(1);
    expect(warnings(reportWith({ designations: [designation({})] }))).toEqual([
      [
        "RETIRED_REGION_CODE",
        "warning",
        ["designations", 0, "recipient", "regionCode"],
        "命名表彰“示范单位”（d1）的地区代码 150103（分区）已于 2005 年停用（民函〔2005〕1号），其区域今分属 150102 新城区、150104 另区",
      ],
    ]);
  });

  it("judges an observation by its period's end, not the report's date", () => {
    // A change known only by its year counts from the next 1 January: 2000 is still before it.
    const observation = (period: string) => ({
      indicatorId: "participants",
      regionCode: "150101",
      period,
      value: { value: 5, unit: "人次" },
    });
    expect(warnings(reportWith({ observations: [observation("1999")] }))).toEqual([]);
    const found = warnings(
      reportWith({ observations: [observation("2000"), observation("2001")] }),
    );
    expect(found.map((w) => w.slice(0, 3))).toEqual([
      ["RETIRED_REGION_CODE", "warning", ["observations", 1, "regionCode"]],
    ]);
    expect(found[0]?.[3]).toMatch(
      /^观测值（.+，地区 150101，2001）的地区代码 150101（旧城区）已于 2000 年停用，其区域今属 150102 新城区$/,
    );
  });
});
