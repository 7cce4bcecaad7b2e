import { describe, expect, it } from "vitest";
import { dateOutsidePeriodRule } from "../../../src/report/rules/date-outside-period";
import { activityWith, agreementWith, diagnosticsOf, reportWith } from "./rule-fixtures";

const rules = [dateOutsidePeriodRule];

const reportOver = (period: string, records: object, publishedOn?: string) =>
  reportWith({ period, ...(publishedOn === undefined ? {} : { publishedOn }), ...records });

/** The records of one undated activity, 村晚, dated by `when`. */
const activity = (when: object) => {
  const { date: _date, ...undated } = activityWith({ name: "村晚", modality: "offline" });
  return { activities: [{ ...undated, ...when }] };
};

const found = (report: unknown) => diagnosticsOf(rules, report);

describe("dateOutsidePeriodRule, keys closed at both ends", () => {
  // Only a key open at the end (2023/..) stops at the publication: a half-year stays a half-year
  // even when the report is published after it.
  it("keeps a closed report period closed, whatever the publication date", () => {
    const report = reportOver("2023-H1", activity({ date: "2023-09-01" }), "2024-01-05");
    expect(found(report)).toEqual([
      [
        "DATE_OUTSIDE_PERIOD",
        "error",
        ["activities", 0, "date"],
        "活动“村晚”（a1）的日期 2023-09-01 不在报告期2023年上半年（2023-01-01 至 2023-06-30）内",
      ],
    ]);
  });

  it("keeps a closed activity period closed, whatever the publication date", () => {
    const inside = reportOver("2023", activity({ period: "2023-H1" }), "2024-01-05");
    expect(found(inside)).toEqual([]);
    const after = reportOver("2023", activity({ period: "2024-Q1" }), "2024-12-05");
    expect(found(after).map((d) => d.slice(0, 3))).toEqual([
      ["DATE_OUTSIDE_PERIOD", "error", ["activities", 0, "period"]],
    ]);
  });

  it("checks nothing of an agreement signed on a day the source does not give", () => {
    const agreements = [agreementWith()];
    expect(found(reportOver("2023", { agreements }, "2023-12-31"))).toEqual([]);
    const signed = [agreementWith({ signedOn: "2024-01-02" })];
    expect(found(reportOver("2023", { agreements: signed }, "2024-01-05"))).toEqual([
      [
        "DATE_OUTSIDE_PERIOD",
        "error",
        ["agreements", 0, "signedOn"],
        "协议“共建协议”（g1）的签署日期 2024-01-02 不在报告期2023年（2023-01-01 至 2023-12-31）内",
      ],
    ]);
  });
});
