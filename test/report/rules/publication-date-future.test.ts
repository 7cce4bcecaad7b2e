import { describe, expect, it } from "vitest";
import type { Locale } from "../../../src/core/locale";
import { publicationDateRule } from "../../../src/report/rules/publication-date";
import { validateReport } from "../../../src/report/validate-report";

const rules = [publicationDateRule];
const report = {
  id: "r",
  title: "报告",
  regionCode: "150105",
  period: "2023",
  publishedOn: "2027-01-05",
};

function found(locale: Locale) {
  return validateReport(report, { rules, today: "2026-12-01", locale }).diagnostics.map((d) => [
    d.code,
    d.severity,
    d.path,
    d.message,
  ]);
}

describe("publicationDateRule, a date after today", () => {
  it("is an error at publishedOn, in every locale", () => {
    expect(found("zh-CN")).toEqual([
      [
        "PUBLICATION_DATE",
        "error",
        ["publishedOn"],
        "报告的发布日期 2027-01-05 晚于今天（2026-12-01）",
      ],
    ]);
    expect(found("zh-TW").map((d) => d.slice(0, 3))).toEqual([
      ["PUBLICATION_DATE", "error", ["publishedOn"]],
    ]);
    expect(found("en").map((d) => d.slice(0, 3))).toEqual([
      ["PUBLICATION_DATE", "error", ["publishedOn"]],
    ]);
  });
});
