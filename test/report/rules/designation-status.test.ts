import { describe, expect, it } from "vitest";
import { designationStatusRule } from "../../../src/report/rules/designation-status";
import { validateReport } from "../../../src/report/validate-report";
import { messagesOf, museum, reportOf } from "./designation-fixtures";

const rule = designationStatusRule;

describe("designationStatusRule", () => {
  it("warns when a title in its term is marked expired, as the doc example shows", () => {
    const report = reportOf([{ ...museum, id: "d1", status: "expired" }], {
      publishedOn: "2025-01-10",
    });
    const result = validateReport(report, { rules: [rule] });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["DESIGNATION_STATUS", "warning", ["designations", 0, "status"]],
    ]);
    expect(messagesOf(rule, report)).toEqual([
      [
        "命名表彰“全国民族团结进步示范单位”（d1）标为已到期，但有效期至 2029-01-15，报告的发布日期 2025-01-10 仍在有效期内",
      ],
      [
        "命名表彰“全国民族团结进步示范单位”（d1）標為已到期，但有效期至 2029-01-15，報告的發布日期 2025-01-10 仍在有效期內",
      ],
      [
        'designation "全国民族团结进步示范单位" (d1) is marked expired, but its term runs to 2029-01-15, past the report\'s publication date 2025-01-10',
      ],
    ]);
  });

  it("warns when a title past its term is marked in force, against the period end without publication", () => {
    const report = reportOf([{ ...museum, status: "in_force" }], { period: "2030" });
    expect(messagesOf(rule, report)).toEqual([
      [
        "命名表彰“全国民族团结进步示范单位”（museum）标为有效，但有效期至 2029-01-15，早于报告的报告期结束日期 2030-12-31",
      ],
      [
        "命名表彰“全国民族团结进步示范单位”（museum）標為有效，但有效期至 2029-01-15，早於報告的報告期結束日期 2030-12-31",
      ],
      [
        'designation "全国民族团结进步示范单位" (museum) is marked in force, but its term ends on 2029-01-15, before the report\'s period end 2030-12-31',
      ],
    ]);
  });

  it("uses the given expiry first, and a span when only the naming year is known", () => {
    const given = { ...museum, expiresOn: "2029-01-16", status: "in_force" };
    expect(messagesOf(rule, reportOf([given], { publishedOn: "2029-01-16" }))[0]).toEqual([]);
    const { namedOn: _, ...byYear } = museum;
    const inForce = { ...byYear, status: "in_force" };
    expect(messagesOf(rule, reportOf([inForce], { publishedOn: "2029-12-30" }))[0]).toEqual([]);
    expect(messagesOf(rule, reportOf([inForce], { publishedOn: "2030-01-05" }))).toEqual([
      [
        "命名表彰“全国民族团结进步示范单位”（museum）标为有效，但有效期最迟至 2029-12-30，早于报告的发布日期 2030-01-05",
      ],
      [
        "命名表彰“全国民族团结进步示范单位”（museum）標為有效，但有效期最遲至 2029-12-30，早於報告的發布日期 2030-01-05",
      ],
      [
        'designation "全国民族团结进步示范单位" (museum) is marked in force, but its term ends at the latest on 2029-12-30, before the report\'s publication date 2030-01-05',
      ],
    ]);
    const expired = { ...byYear, status: "expired" };
    expect(messagesOf(rule, reportOf([expired], { publishedOn: "2029-06-01" }))[0]).toEqual([]);
    expect(messagesOf(rule, reportOf([expired], { publishedOn: "2028-06-01" }))[2]).toEqual([
      'designation "全国民族团结进步示范单位" (museum) is marked expired, but its term runs at least to 2028-12-31, past the report\'s publication date 2028-06-01',
    ]);
  });

  it("leaves revoked titles, titles without a status or a term, and open report periods alone", () => {
    const cases = [
      reportOf([{ ...museum, status: "revoked" }], { publishedOn: "2025-01-10" }),
      reportOf([museum], { period: "2035" }),
      reportOf(
        [{ ...museum, termYears: undefined, status: "expired" }].map(({ termYears: _, ...d }) => d),
      ),
      reportOf([{ ...museum, status: "in_force" }], { period: "2021/.." }),
    ];
    for (const report of cases) expect(messagesOf(rule, report)[0]).toEqual([]);
  });
});
