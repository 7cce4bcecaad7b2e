// DUPLICATE_ID and an observation's `about`: a figure tied to a record is a figure of that
// record, so two observations of one indicator, region and period about two records are two
// figures, and a repeat is named with the record both are about.
import { describe, expect, it } from "vitest";
import { duplicateIdRule } from "../../../src/report/rules/duplicate-id";
import { validateReport } from "../../../src/report/validate-report";
import type { ReportInput } from "../../../src/schemas/report";

const sessions = (value: number, quote: string, about?: { kind: "activity"; id: string }) => ({
  indicatorId: "activity_sessions",
  regionCode: "640324",
  period: "../2024-01-09",
  value: { value, unit: "场次", comparator: "gt" as const, quote },
  ...(about === undefined ? {} : { about }),
});

const activity = (id: string, name: string) => ({
  id,
  name,
  regionCodes: ["640324"],
  modality: "offline" as const,
});

function reportWith(observations: ReportInput["observations"]): ReportInput {
  return {
    id: "tongxin",
    title: "同心县",
    regionCode: "640324",
    period: "../2024-01-09",
    publishedOn: "2024-01-09",
    activities: [
      activity("theme-education", "“党亲 国好 感恩”主题教育活动"),
      activity("neighbourhood", "群众性联谊活动"),
    ],
    ...(observations === undefined ? {} : { observations }),
  };
}

const codes = (report: ReportInput, locale?: "zh-CN" | "zh-TW" | "en") =>
  validateReport(report, { rules: [duplicateIdRule], ...(locale ? { locale } : {}) }).diagnostics;

describe("duplicateIdRule with about", () => {
  it("keeps two observations about two activities as two figures", () => {
    const report = reportWith([
      sessions(30, "30余场次", { kind: "activity", id: "theme-education" }),
      sessions(300, "群众性联谊活动300余场次", { kind: "activity", id: "neighbourhood" }),
    ]);
    expect(codes(report)).toEqual([]);
  });

  it("keeps the region's own figure apart from a figure about one of its activities", () => {
    const report = reportWith([
      sessions(300, "群众性联谊活动300余场次", { kind: "activity", id: "neighbourhood" }),
      sessions(330, "活动330余场次"),
    ]);
    expect(codes(report)).toEqual([]);
  });

  it("tells a figure about an activity from one about a carrier of the same id", () => {
    const report = reportWith([
      sessions(30, "30余场次", { kind: "activity", id: "theme-education" }),
      { ...sessions(30, "30余场次"), about: { kind: "carrier", id: "theme-education" } },
    ]);
    expect(codes(report)).toEqual([]);
  });

  it("reports a second observation about the same record, naming the record, in each locale", () => {
    const about = { kind: "activity", id: "neighbourhood" } as const;
    const report = reportWith([
      sessions(300, "群众性联谊活动300余场次", about),
      sessions(300, "群众性联谊活动300余场次", about),
    ]);
    const [zhCN] = codes(report);
    expect(zhCN).toMatchObject({
      code: "DUPLICATE_ID",
      severity: "error",
      path: ["observations", 1],
    });
    expect(zhCN?.message).toBe(
      "观测值（activity_sessions，地区 640324，../2024-01-09）重复，observations[0] 已给出同一指标、地区和统计期关于活动 neighbourhood 的数值",
    );
    expect(codes(report, "zh-TW")[0]?.message).toBe(
      "觀測值（activity_sessions，地區 640324，../2024-01-09）重複，observations[0] 已給出同一指標、地區和統計期關於活動 neighbourhood 的數值",
    );
    expect(codes(report, "en")[0]?.message).toBe(
      "observation of activity_sessions for 640324, ../2024-01-09 repeats observations[0], which gives the same indicator, region and period about activity neighbourhood",
    );
  });

  it("still reports two observations of the region with no about", () => {
    const report = reportWith([sessions(330, "活动330余场次"), sessions(330, "活动330余场次")]);
    expect(codes(report).map((d) => [d.code, d.path])).toEqual([
      ["DUPLICATE_ID", ["observations", 1]],
    ]);
    expect(codes(report)[0]?.message).toBe(
      "观测值（activity_sessions，地区 640324，../2024-01-09）重复，observations[0] 已给出同一指标、地区和统计期的数值",
    );
  });
});
