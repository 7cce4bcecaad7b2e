import { describe, expect, it } from "vitest";
import { designationExpiryRule } from "../../../src/report/rules/designation-expiry";
import { validateReport } from "../../../src/report/validate-report";
import { messagesOf, museum, reportOf } from "./designation-fixtures";

const rule = designationExpiryRule;

describe("designationExpiryRule", () => {
  it("reports an expiry that does not follow from the naming date, as the doc example shows", () => {
    const report = reportOf([{ ...museum, id: "d1", expiresOn: "2028-01-15" }], {
      regionCode: "110106",
    });
    const result = validateReport(report, { rules: [rule] });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["DESIGNATION_EXPIRY", "error", ["designations", 0, "expiresOn"]],
    ]);
    expect(messagesOf(rule, report)).toEqual([
      [
        "命名表彰“全国民族团结进步示范单位”（d1）的有效期至 2028-01-15 与命名日期 2024-01-16 加有效期 5 年不符，应为 2029-01-15（或 2029-01-16）",
      ],
      [
        "命名表彰“全国民族团结进步示范单位”（d1）的有效期至 2028-01-15 與命名日期 2024-01-16 加有效期 5 年不符，應為 2029-01-15（或 2029-01-16）",
      ],
      [
        'designation "全国民族团结进步示范单位" (d1) expires on 2028-01-15, which does not follow from its naming on 2024-01-16 for 5 years: 2029-01-15 (or 2029-01-16)',
      ],
    ]);
  });

  it("accepts the last day in force and the anniversary, and a leap-day naming", () => {
    for (const expiresOn of ["2029-01-15", "2029-01-16"]) {
      expect(messagesOf(rule, reportOf([{ ...museum, expiresOn }]))[0]).toEqual([]);
    }
    const leap = { ...museum, namedOn: "2024-02-29", expiresOn: "2029-02-27" };
    expect(messagesOf(rule, reportOf([leap]))[0]).toEqual([]);
    expect(messagesOf(rule, reportOf([{ ...leap, expiresOn: "2029-02-28" }]))[0]).toEqual([]);
    expect(messagesOf(rule, reportOf([{ ...leap, expiresOn: "2029-03-01" }]))[0]).toHaveLength(1);
  });

  it("checks an expiry against the naming year when no date is given, in every locale", () => {
    const { namedOn: _, ...byYear } = museum;
    for (const expiresOn of ["2028-12-31", "2029-01-15", "2029-12-31"]) {
      expect(messagesOf(rule, reportOf([{ ...byYear, expiresOn }]))[0]).toEqual([]);
    }
    expect(messagesOf(rule, reportOf([{ ...byYear, expiresOn: "2030-01-01" }]))).toEqual([
      [
        "命名表彰“全国民族团结进步示范单位”（museum）的有效期至 2030-01-01 与命名年份 2024 加有效期 5 年不符，应在 2028 年底至 2029 年之间",
      ],
      [
        "命名表彰“全国民族团结进步示范单位”（museum）的有效期至 2030-01-01 與命名年份 2024 加有效期 5 年不符，應在 2028 年底至 2029 年之間",
      ],
      [
        'designation "全国民族团结进步示范单位" (museum) expires on 2030-01-01, which does not follow from its naming in 2024 for 5 years: between the end of 2028 and 2029',
      ],
    ]);
  });

  it("reports an expiry before the naming even without a term, in every locale", () => {
    const { termYears: _, ...noTerm } = museum;
    expect(messagesOf(rule, reportOf([{ ...noTerm, expiresOn: "2023-12-31" }]))).toEqual([
      ["命名表彰“全国民族团结进步示范单位”（museum）的有效期至 2023-12-31 早于命名日期 2024-01-16"],
      ["命名表彰“全国民族团结进步示范单位”（museum）的有效期至 2023-12-31 早於命名日期 2024-01-16"],
      [
        'designation "全国民族团结进步示范单位" (museum) expires on 2023-12-31, before it was named (on 2024-01-16)',
      ],
    ]);
    const { namedOn: __, ...yearOnly } = noTerm;
    expect(messagesOf(rule, reportOf([{ ...yearOnly, expiresOn: "2023-12-31" }]))[2]).toEqual([
      'designation "全国民族团结进步示范单位" (museum) expires on 2023-12-31, before it was named (in 2024)',
    ]);
    expect(messagesOf(rule, reportOf([{ ...noTerm, expiresOn: "2031-06-30" }]))[0]).toEqual([]);
  });

  it("has nothing to check without an expiry", () => {
    expect(messagesOf(rule, reportOf([museum]))[0]).toEqual([]);
  });
});
