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

describe("designationPrerequisiteRule", () => {
  it("warns when the report shows no provincial title for the recipient, as the doc example shows", () => {
    const report = reportOf([national], { regionCode: "150203" });
    const result = validateReport(report, { rules: [rule] });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["DESIGNATION_PREREQUISITE", "warning", ["designations", 0]],
    ]);
    expect(messagesOf(rule, report)).toEqual([
      [
        "命名表彰“全国民族团结进步示范单位”（d1）是全国示范单位，须先被命名为省级民族团结进步示范区示范单位，但报告中没有“市府东路街道阿1#社区”的省级称号",
      ],
      [
        "命名表彰“全国民族团结进步示范单位”（d1）是全國示範單位，須先被命名為省級民族團結進步示範區示範單位，但報告中沒有「市府东路街道阿1#社区」的省級稱號",
      ],
      [
        'designation "全国民族团结进步示范单位" (d1) is a national demonstration unit, which requires the provincial title first, but the report shows no provincial title for 市府东路街道阿1#社区',
      ],
    ]);
  });

  it("is satisfied by a provincial 示范区 or 示范单位 for the same recipient, by id or by name and region", () => {
    expect(messagesOf(rule, reportOf([provincial, national]))[0]).toEqual([]);
    const asRegion = { ...provincial, kind: "demonstration_region" };
    expect(messagesOf(rule, reportOf([national, asRegion]))[0]).toEqual([]);
    const byId = (id: string, name: string) => ({ ...community, id, name });
    const a = { ...national, recipient: byId("a1", "阿1#社区") };
    const b = { ...provincial, recipient: byId("a1", "市府东路街道阿1#社区") };
    expect(messagesOf(rule, reportOf([a, b]))[0]).toEqual([]);
    const other = { ...provincial, recipient: { ...community, name: "青山区某社区" } };
    expect(messagesOf(rule, reportOf([national, other]))[0]).toHaveLength(1);
    const wrongKind = { ...provincial, kind: "model_collective" };
    expect(messagesOf(rule, reportOf([national, wrongKind]))[0]).toHaveLength(1);
  });

  it("warns when the provincial title came after the national one, in every locale", () => {
    const report = reportOf([
      { ...national, namedOn: "2022-01-25", year: 2022 },
      { ...provincial, year: 2023 },
    ]);
    expect(messagesOf(rule, report)).toEqual([
      [
        "命名表彰“全国民族团结进步示范单位”（d1）是全国称号（2022-01-25），而“市府东路街道阿1#社区”的省级称号“自治区民族团结进步示范单位”（2023）在其之后",
      ],
      [
        "命名表彰“全国民族团结进步示范单位”（d1）是全國稱號（2022-01-25），而「市府东路街道阿1#社区」的省級稱號「自治区民族团结进步示范单位」（2023）在其之後",
      ],
      [
        'designation "全国民族团结进步示范单位" (d1) is a national title (2022-01-25), but the provincial title "自治区民族团结进步示范单位" of 市府东路街道阿1#社区 came after it (2023)',
      ],
    ]);
    const sameYear = reportOf([
      { ...national, year: 2022 },
      { ...provincial, namedOn: "2022-06-01", year: 2022 },
    ]);
    expect(messagesOf(rule, sameYear)[0]).toEqual([]);
    const undated = reportOf([{ ...national, year: 2022 }, provincial]);
    expect(messagesOf(rule, undated)[0]).toEqual([]);
  });

  it("asks nothing of other kinds and levels", () => {
    const others = [
      { ...national, kind: "model_collective" },
      { ...national, kind: "education_base" },
      { ...national, level: "provincial" },
      { ...national, level: "prefectural" },
    ];
    expect(messagesOf(rule, reportOf(others))[0]).toEqual([]);
  });
});
