import { describe, expect, it } from "vitest";
import { locales } from "../../src/core/locale";
import { builtInReportRules } from "../../src/report/built-in-report-rules";

describe("builtInReportRules", () => {
  it("lists the rules as the doc example shows", () => {
    expect(builtInReportRules.map((rule) => rule.code)).toEqual([
      "DUPLICATE_ID",
      "UNKNOWN_REFERENCE",
      "UNKNOWN_REGION",
      "AGREEMENT_PARTIES",
      "DATE_OUTSIDE_PERIOD",
      "RATIO_EXCEEDS_WHOLE",
      "PERCENT_OUT_OF_RANGE",
      "GROWTH_MISMATCH",
      "CHILDREN_EXCEED_PARENT",
      "QUOTE_MISMATCH",
    ]);
  });

  it("describes every rule in every locale", () => {
    for (const rule of builtInReportRules) {
      for (const locale of locales) expect(rule.description[locale]).toMatch(/\S/);
      expect(new Set(locales.map((locale) => rule.description[locale])).size).toBe(3);
    }
  });
});
