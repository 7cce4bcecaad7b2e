import { describe, expect, it } from "vitest";
import { locales } from "../../src/core/locale";
import { builtInReportRules } from "../../src/report/built-in-report-rules";

describe("builtInReportRules", () => {
  it("lists the rules as the doc example shows", () => {
    expect(builtInReportRules.map((rule) => rule.code)).toEqual([
      "DUPLICATE_ID",
      "UNKNOWN_REFERENCE",
      "UNKNOWN_REGION",
      "REPORT_REGIONS",
      "NO_REGION_INDEX",
      "AGREEMENT_PARTIES",
      "DATE_OUTSIDE_PERIOD",
      "PUBLICATION_DATE",
      "DESIGNATION_RECIPIENT",
      "DESIGNATION_DATE",
      "DESIGNATION_EXPIRY",
      "DESIGNATION_STATUS",
      "DESIGNATION_PREREQUISITE",
      "UNIT_MISMATCH",
      "INVALID_COUNT",
      "RATIO_EXCEEDS_WHOLE",
      "PERCENT_OUT_OF_RANGE",
      "GROWTH_MISMATCH",
      "GROWTH_WITHOUT_BASE",
      "CHILDREN_EXCEED_PARENT",
      "QUOTE_MISMATCH",
      "QUOTE_NOT_IN_SOURCE",
      "UNQUOTED_FIGURE",
    ]);
  });

  it("gives every rule a code of its own", () => {
    const codes = builtInReportRules.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("describes every rule in every locale", () => {
    for (const rule of builtInReportRules) {
      for (const locale of locales) expect(rule.description[locale]).toMatch(/\S/);
      expect(new Set(locales.map((locale) => rule.description[locale])).size).toBe(3);
    }
  });
});
