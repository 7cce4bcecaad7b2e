import { describe, expect, it } from "vitest";
import { designationPrerequisiteRule } from "../../../src/report/rules/designation-prerequisite";
import { validateReport } from "../../../src/report/validate-report";
import { messagesOf, reportOf } from "./designation-fixtures";

const rule = designationPrerequisiteRule;
const community = { type: "unit", name: "市府东路街道阿1#社区", regionCode: "150203010001" };
const national = {
  id: "d1",
  title: "全国民族团结进步示范单位",
  kind: "demonstration_unit",
  level: "national",
  recipient: community,
};
const provincial = {
  id: "d0",
  title: "自治区民族团结进步示范单位",
  kind: "demonstration_unit",
  level: "provincial",
  recipient: community,
};

/** Code, severity and path of each warning the rule gives. */
function warnings(designations: readonly object[]): unknown[] {
  const result = validateReport(reportOf(designations), { rules: [rule] });
  return result.diagnostics.map((d) => [d.code, d.severity, d.path]);
}

const warned = ["DESIGNATION_PREREQUISITE", "warning", ["designations", 1]];

describe("designationPrerequisiteRule, who the provincial title went to", () => {
  it("takes the same name in the same region, its code written in any of its forms", () => {
    const short = { type: "region", name: "昆都仑区", regionCode: "150203" };
    const long = { ...short, regionCode: "150203000000" };
    const region = { ...national, kind: "demonstration_region", recipient: short };
    const provincialRegion = { ...provincial, kind: "demonstration_region", recipient: long };
    expect(warnings([provincialRegion, region])).toEqual([]);
  });

  it("does not take the same name in another region", () => {
    const elsewhere = { ...community, regionCode: "150204010001" };
    expect(warnings([{ ...provincial, recipient: elsewhere }, national])).toEqual([warned]);
  });

  it("does not take the same name and region given to another type of recipient", () => {
    const asRegion = { ...community, type: "region" };
    expect(warnings([{ ...provincial, recipient: asRegion }, national])).toEqual([warned]);
  });

  it("matches by id when both recipients have one, whatever their names", () => {
    const renamed = { ...community, id: "u-7", name: "阿1#社区", regionCode: "150204" };
    const same = { ...community, id: "u-7" };
    expect(
      warnings([
        { ...provincial, recipient: renamed },
        { ...national, recipient: same },
      ]),
    ).toEqual([]);
    const other = { ...community, id: "u-8" };
    expect(
      warnings([
        { ...provincial, recipient: other },
        { ...national, recipient: same },
      ]),
    ).toEqual([warned]);
  });

  it("matches by name and region when only one recipient has an id", () => {
    const withId = { ...community, id: "u-7" };
    expect(warnings([{ ...provincial, recipient: withId }, national])).toEqual([]);
    expect(warnings([provincial, { ...national, recipient: withId }])).toEqual([]);
    const renamed = { ...community, name: "阿1#社区", id: "u-7" };
    expect(warnings([{ ...provincial, recipient: renamed }, national])).toEqual([warned]);
  });

  it("warns at each national title that lacks its provincial one, naming its kind in every locale", () => {
    const region = {
      id: "d2",
      title: "全国民族团结进步示范区",
      kind: "demonstration_region",
      level: "national",
      recipient: { type: "region", name: "昆都仑区", regionCode: "150203" },
    };
    expect(warnings([provincial, national, region])).toEqual([
      ["DESIGNATION_PREREQUISITE", "warning", ["designations", 2]],
    ]);
    expect(messagesOf(rule, reportOf([region]))).toEqual([
      [
        "命名表彰“全国民族团结进步示范区”（d2）是全国示范区，须先被命名为省级民族团结进步示范区示范单位，但报告中没有“昆都仑区”的省级称号",
      ],
      [
        "命名表彰“全国民族团结进步示范区”（d2）是全國示範區，須先被命名為省級民族團結進步示範區示範單位，但報告中沒有「昆都仑区」的省級稱號",
      ],
      [
        'designation "全国民族团结进步示范区" (d2) is a national demonstration region, which requires the provincial title first, but the report shows no provincial title for 昆都仑区',
      ],
    ]);
  });

  it("asks nothing of a national title of another kind", () => {
    for (const kind of ["model_collective", "education_base"]) {
      expect(warnings([{ ...national, kind }]), kind).toEqual([]);
    }
    const family = { type: "family", name: "某某家庭", regionCode: "150203" };
    expect(warnings([{ ...national, kind: "demonstration_family", recipient: family }])).toEqual(
      [],
    );
    const person = { type: "person", name: "张三", regionCode: "150203" };
    expect(warnings([{ ...national, kind: "model_individual", recipient: person }])).toEqual([]);
  });

  it("asks nothing of a demonstration title below the national level", () => {
    for (const level of ["provincial", "prefectural", "county"]) {
      for (const kind of ["demonstration_unit", "demonstration_region"]) {
        const recipient =
          kind === "demonstration_region"
            ? { type: "region", name: "昆都仑区", regionCode: "150203" }
            : community;
        const title = { ...national, level, kind, recipient, namedOn: "2020-01-01" };
        expect(warnings([title]), `${level} ${kind}`).toEqual([]);
      }
    }
  });
});

describe("designationPrerequisiteRule, when the provincial title came", () => {
  const dated = (named: object, prior: object) =>
    warnings([
      { ...provincial, ...prior },
      { ...national, ...named },
    ]);

  it("compares dates to the day, and a year against a date by the year", () => {
    expect(dated({ namedOn: "2022-01-25" }, { namedOn: "2022-01-24" })).toEqual([]);
    expect(dated({ namedOn: "2022-01-25" }, { namedOn: "2022-01-25" })).toEqual([]);
    expect(dated({ namedOn: "2022-01-25" }, { namedOn: "2022-01-26" })).toEqual([warned]);
    expect(dated({ namedOn: "2022-01-25" }, { year: 2022 })).toEqual([]);
    expect(dated({ year: 2022 }, { namedOn: "2022-12-31" })).toEqual([]);
    expect(dated({ year: 2022 }, { namedOn: "2023-01-01" })).toEqual([warned]);
    expect(dated({ year: 2022 }, { year: 2021 })).toEqual([]);
    expect(dated({ year: 2022 }, { year: 2023 })).toEqual([warned]);
  });

  it("is satisfied when any provincial title of the recipient came first", () => {
    const report = reportOf([
      { ...provincial, id: "late", year: 2024 },
      { ...provincial, id: "early", year: 2019 },
      { ...national, year: 2022 },
    ]);
    expect(messagesOf(rule, report)[0]).toEqual([]);
  });

  it("names the first provincial title listed and its date when every one came later", () => {
    const report = reportOf([
      { ...provincial, id: "p1", title: "自治区示范单位（第一次）", namedOn: "2023-05-01" },
      { ...provincial, id: "p2", title: "自治区示范单位（第二次）", year: 2024 },
      { ...national, year: 2022 },
    ]);
    const result = validateReport(report, { rules: [rule], locale: "en" });
    expect(result.diagnostics.map((d) => [d.path, d.message])).toEqual([
      [
        ["designations", 2],
        'designation "全国民族团结进步示范单位" (d1) is a national title (2022), but the provincial title "自治区示范单位（第一次）" of 市府东路街道阿1#社区 came after it (2023-05-01)',
      ],
    ]);
  });

  it("asks no order of a national title without a date", () => {
    expect(dated({}, { year: 2030 })).toEqual([]);
  });
});
