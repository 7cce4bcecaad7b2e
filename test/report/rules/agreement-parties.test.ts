import { describe, expect, it } from "vitest";
import { agreementPartiesRule } from "../../../src/report/rules/agreement-parties";
import { validateReport } from "../../../src/report/validate-report";
import { sampleReport, sampleReportWith } from "../fixtures";

const rules = [agreementPartiesRule];

describe("agreementPartiesRule", () => {
  it("reports a party listed twice as the doc example shows", () => {
    const party = { name: "赛罕区委统战部", regionCode: "150105" };
    const agreements = [
      {
        id: "a1",
        title: "结对子协议",
        kind: "pairing",
        parties: [party, party],
        signedOn: "2023-04-26",
        signing: "online",
      },
    ];
    const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", agreements };
    expect(validateReport(report, { rules: [agreementPartiesRule] }).diagnostics[0]?.message).toBe(
      "协议“结对子协议”（a1）的协议方“赛罕区委统战部”重复，与 agreements[0].parties[0] 是同一方",
    );
  });

  it("finds nothing when the parties differ and one is local", () => {
    expect(validateReport(sampleReport(), { rules }).diagnostics).toEqual([]);
  });

  it("treats two parties with the same unit as the same party, whatever their names", () => {
    const input = sampleReportWith((report) => {
      const parties = report.agreements?.[0]?.parties;
      const first = parties?.[0];
      if (parties === undefined || first === undefined) throw new Error("fixture has parties");
      parties.push({ ...first, name: "中共赛罕区委统战部" });
    });
    const result = validateReport(input, { rules });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.severity, d.path])).toEqual([
      ["error", ["agreements", 0, "parties", 2]],
    ]);
  });

  it("lets two parties share a name in different regions", () => {
    const input = sampleReportWith((report) => {
      const party = report.agreements?.[0]?.parties[1];
      if (party !== undefined) party.name = "赛罕区委统战部";
      if (party !== undefined) delete party.unitId;
    });
    expect(validateReport(input, { rules }).diagnostics).toEqual([]);
  });

  it("warns when no party lies in the report's region, and stays ok", () => {
    const input = sampleReportWith((report) => {
      report.regionCode = "370103";
    });
    const result = validateReport(input, { rules, locale: "zh-TW" });
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([
      {
        code: "AGREEMENT_PARTIES",
        severity: "warning",
        path: ["agreements", 0, "parties"],
        message:
          "協議“宾赛同心民族团结进步创建共建协议”（binsai）的 2 個協議方都不在報告地區 370103 內",
      },
    ]);
  });

  it("counts a party below the report's region as local", () => {
    const input = sampleReportWith((report) => {
      report.regionCode = "150100";
    });
    expect(validateReport(input, { rules }).diagnostics).toEqual([]);
  });
});
