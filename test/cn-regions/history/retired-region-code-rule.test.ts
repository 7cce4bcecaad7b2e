import { describe, expect, it } from "vitest";
import { cnRegionHistory } from "../../../src/cn-regions/history/cn-region-history";
import { retiredRegionCodeRule } from "../../../src/cn-regions/history/retired-region-code-rule";
import { builtInReportRules } from "../../../src/report/built-in-report-rules";
import { validateReport } from "../../../src/report/validate-report";

describe("retiredRegionCodeRule", () => {
  it("warns on a report dated after 同仁县 became 同仁市 as the doc example shows", () => {
    const report = {
      id: "r",
      title: "报告",
      regionCode: "632321",
      period: "2021",
      publishedOn: "2021-03-01",
    };
    const result = validateReport(report, {
      rules: [...builtInReportRules, retiredRegionCodeRule],
    });
    expect(
      result.diagnostics
        .filter((d) => d.code === "RETIRED_REGION_CODE")
        .map((d) => [d.severity, d.path]),
    ).toEqual([["warning", ["regionCode"]]]);
  });

  it("lets the same report dated before the change validate", () => {
    const report = { id: "r", title: "报告", regionCode: "632321", period: "2019" };
    const result = validateReport(report, { rules: [retiredRegionCodeRule] });
    expect(result).toMatchObject({ ok: true, diagnostics: [] });
  });

  it("runs with the other rules when validateReport is given the history", () => {
    const report = { id: "r", title: "报告", regionCode: "632321", period: "2021" };
    const result = validateReport(report, { regionHistory: cnRegionHistory });
    expect(result.diagnostics.filter((d) => d.code === "RETIRED_REGION_CODE")).toHaveLength(1);
    expect(() => validateReport(report, { regionHistory: 5 as never })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
  });
});
