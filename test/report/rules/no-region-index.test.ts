import { describe, expect, it } from "vitest";
import { noRegionIndexRule } from "../../../src/report/rules/no-region-index";
import { validateReport } from "../../../src/report/validate-report";
import { sampleRegionIndex, sampleReport } from "../fixtures";

describe("noRegionIndexRule", () => {
  it("warns that codes were checked for structure only as the doc example shows", () => {
    const report = { id: "r", title: "报告", regionCode: "620799", period: "2023" };
    const result = validateReport(report, { rules: [noRegionIndexRule] });
    expect(result.ok).toBe(true);
    expect(result.diagnostics[0]?.severity).toBe("warning");
  });

  it("says so in every locale, naming the catalogue to pass", () => {
    const rules = [noRegionIndexRule];
    expect(validateReport(sampleReport(), { rules }).diagnostics).toEqual([
      {
        code: "NO_REGION_INDEX",
        severity: "warning",
        path: ["regionCode"],
        message:
          "未提供区划目录（regionIndex）：地区代码只检查了格式，未核对是否真实存在；可传入由 shiliu/cn-regions 建立的全国区划目录",
      },
    ]);
    expect(validateReport(sampleReport(), { rules, locale: "en" }).diagnostics[0]?.message).toMatch(
      /^no regionIndex was given: .*shiliu\/cn-regions$/,
    );
  });

  it("is silent when a region index is given", () => {
    const rules = [noRegionIndexRule];
    const regionIndex = sampleRegionIndex();
    expect(validateReport(sampleReport(), { rules, regionIndex }).diagnostics).toEqual([]);
  });
});
