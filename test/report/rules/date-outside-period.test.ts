import { describe, expect, it } from "vitest";
import { dateOutsidePeriodRule } from "../../../src/report/rules/date-outside-period";
import { validateReport } from "../../../src/report/validate-report";
import { sampleReport, sampleReportWith } from "../fixtures";

const rules = [dateOutsidePeriodRule];

describe("dateOutsidePeriodRule", () => {
  it("reports an activity after the report period as the doc example shows", () => {
    const activities = [
      {
        id: "a1",
        name: "云交流",
        date: "2024-04-26",
        regionCodes: ["150105"],
        modality: "online",
      },
    ];
    const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", activities };
    expect(validateReport(report, { rules: [dateOutsidePeriodRule] }).diagnostics[0]?.message).toBe(
      "活动“云交流”（a1）的日期 2024-04-26 不在报告期2023年（2023-01-01 至 2023-12-31）内",
    );
  });

  it("finds nothing when every date lies in the period", () => {
    expect(validateReport(sampleReport(), { rules }).diagnostics).toEqual([]);
  });

  it("checks activity periods and signing dates against a half-year report", () => {
    const input = sampleReportWith((report) => {
      report.period = "2023-H1";
      const activity = report.activities?.[0];
      if (activity !== undefined) {
        delete activity.date;
        activity.period = "2023-Q3";
      }
      const agreement = report.agreements?.[0];
      if (agreement !== undefined) agreement.signedOn = "2022-12-31";
    });
    const result = validateReport(input, { rules, locale: "en" });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["DATE_OUTSIDE_PERIOD", ["activities", 0, "period"]],
      ["DATE_OUTSIDE_PERIOD", ["agreements", 0, "signedOn"]],
    ]);
    expect(result.diagnostics[0]?.message).toBe(
      'activity "壮族三月三宾阳·赛罕心连心少年儿童云交流暨民族政策宣传月活动" (cloud-exchange) has period 2023-Q3, outside the report period H1 2023 (2023-01-01 to 2023-06-30)',
    );
    expect(result.diagnostics[1]?.message).toBe(
      'agreement "宾赛同心民族团结进步创建共建协议" (binsai) has signing date 2022-12-31, outside the report period H1 2023 (2023-01-01 to 2023-06-30)',
    );
    const traditional = validateReport(input, { rules, locale: "zh-TW" });
    expect(traditional.diagnostics.map((d) => d.message.slice(0, d.message.indexOf(" ")))).toEqual([
      "活動“壮族三月三宾阳·赛罕心连心少年儿童云交流暨民族政策宣传月活动”（cloud-exchange）的統計期",
      "協議“宾赛同心民族团结进步创建共建协议”（binsai）的簽署日期",
    ]);
  });

  it("names an activity's date as a date", () => {
    const input = sampleReportWith((report) => {
      const activity = report.activities?.[0];
      if (activity !== undefined) activity.date = "2024-01-01";
    });
    const result = validateReport(input, { rules, locale: "en" });
    expect(
      result.diagnostics.map((d) => [d.path, d.message.includes("has date 2024-01-01")]),
    ).toEqual([[["activities", 0, "date"], true]]);
  });

  it("accepts the first and last days of the period and an activity period inside it", () => {
    const input = sampleReportWith((report) => {
      const activity = report.activities?.[0];
      if (activity !== undefined) activity.date = "2023-12-31";
      const agreement = report.agreements?.[0];
      if (agreement !== undefined) agreement.signedOn = "2023-01-01";
      report.activities?.push({
        id: "autumn",
        name: "秋季村晚",
        period: "2023-Q3",
        regionCodes: ["150105"],
        modality: "offline",
      });
    });
    expect(validateReport(input, { rules }).diagnostics).toEqual([]);
  });

  it("has nothing to check for an agreement whose signing day the source does not give", () => {
    const input = sampleReportWith((report) => {
      report.period = "2023-H1";
      const agreement = report.agreements?.[0];
      if (agreement !== undefined) {
        delete agreement.signedOn;
        delete agreement.signing;
      }
    });
    expect(validateReport(input, { rules }).diagnostics).toEqual([]);
  });

  const reportOver = (
    period: string,
    publishedOn: string | undefined,
    when: Record<string, string>,
  ) => ({
    id: "r",
    title: "报告",
    regionCode: "150105",
    period,
    ...(publishedOn === undefined ? {} : { publishedOn }),
    activities: [{ id: "a1", name: "村晚", regionCodes: ["150105"], modality: "offline", ...when }],
  });
  const messages = (report: unknown) =>
    (["zh-CN", "zh-TW", "en"] as const).map(
      (locale) => validateReport(report, { rules, locale }).diagnostics[0]?.message,
    );

  it("checks dates against a multi-year report period in every locale", () => {
    expect(messages(reportOver("2021/2023", undefined, { date: "2023-12-31" }))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(messages(reportOver("2021/2023", undefined, { date: "2020-12-31" }))).toEqual([
      "活动“村晚”（a1）的日期 2020-12-31 不在报告期2021年至2023年（2021-01-01 至 2023-12-31）内",
      "活動“村晚”（a1）的日期 2020-12-31 不在報告期2021年至2023年（2021-01-01 至 2023-12-31）內",
      'activity "村晚" (a1) has date 2020-12-31, outside the report period 2021 to 2023 (2021-01-01 to 2023-12-31)',
    ]);
    expect(messages(reportOver("2021/2023", undefined, { period: "2023-05/2024-02" }))[2]).toBe(
      'activity "村晚" (a1) has period 2023-05/2024-02, outside the report period 2021 to 2023 (2021-01-01 to 2023-12-31)',
    );
  });

  it("reaches back without limit in a report period open at the start (截至, 近年来)", () => {
    expect(messages(reportOver("../2023-09-25", undefined, { date: "2016-05-01" }))[0]).toBe(
      undefined,
    );
    expect(messages(reportOver("../2023-09-25", undefined, { period: "2019/2023-09" }))).toEqual([
      "活动“村晚”（a1）的统计期 2019/2023-09 不在报告期截至2023年9月25日（2023-09-25 及以前）内",
      "活動“村晚”（a1）的統計期 2019/2023-09 不在報告期截至2023年9月25日（2023-09-25 及以前）內",
      'activity "村晚" (a1) has period 2019/2023-09, outside the report period up to 25 September 2023 (on or before 2023-09-25)',
    ]);
  });

  it("ends a report period open at the end on the publication date, when one is given", () => {
    expect(messages(reportOver("2021/..", undefined, { date: "2030-01-01" }))[0]).toBe(undefined);
    expect(messages(reportOver("2021/..", undefined, { date: "2020-06-01" }))).toEqual([
      "活动“村晚”（a1）的日期 2020-06-01 不在报告期2021年以来（2021-01-01 及以后）内",
      "活動“村晚”（a1）的日期 2020-06-01 不在報告期2021年以來（2021-01-01 及以後）內",
      'activity "村晚" (a1) has date 2020-06-01, outside the report period since 2021 (on or after 2021-01-01)',
    ]);
    expect(messages(reportOver("2021/..", "2023-09-25", { date: "2023-10-01" }))).toEqual([
      "活动“村晚”（a1）的日期 2023-10-01 不在报告期2021年以来（2021-01-01 至发布日 2023-09-25）内",
      "活動“村晚”（a1）的日期 2023-10-01 不在報告期2021年以來（2021-01-01 至發布日 2023-09-25）內",
      'activity "村晚" (a1) has date 2023-10-01, outside the report period since 2021 (2021-01-01 to publication on 2023-09-25)',
    ]);
    // An activity going on "since 2022" has gone on up to publication: inside.
    expect(messages(reportOver("2021/..", "2023-09-25", { period: "2022/.." }))[0]).toBe(undefined);
    expect(messages(reportOver("2021/2023", undefined, { period: "2022/.." }))[0]).toBe(
      "活动“村晚”（a1）的统计期 2022/.. 不在报告期2021年至2023年（2021-01-01 至 2023-12-31）内",
    );
  });
});
