import type { Locale } from "../../core/locale";
import { periodContains } from "../../period/period-contains";
import { periodLabel } from "../../period/period-label";
import { periodRange } from "../../period/period-range";
import type { Report } from "../../schemas/report";
import { describeRecord } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import type { ReportRule } from "../report-rule";

const outside = {
  "zh-CN": "{record}的{what} {when} 不在报告期{period}（{start} 至 {end}）内",
  "zh-TW": "{record}的{what} {when} 不在報告期{period}（{start} 至 {end}）內",
  en: "{record} has {what} {when}, outside the report period {period} ({start} to {end})",
};

const words = {
  date: { "zh-CN": "日期", "zh-TW": "日期", en: "date" },
  period: { "zh-CN": "统计期", "zh-TW": "統計期", en: "period" },
  signedOn: { "zh-CN": "签署日期", "zh-TW": "簽署日期", en: "signing date" },
};

function reportPeriod(report: Report, locale: Locale) {
  const range = periodRange(report.period);
  const label = periodLabel(report.period, locale);
  if (!range.ok || !label.ok) return undefined;
  return { period: label.value, start: range.value.start, end: range.value.end };
}

/**
 * DATE_OUTSIDE_PERIOD: every activity's date or period, and every agreement's signing date,
 * lies within the report's period (2023 runs from 2023-01-01 to 2023-12-31).
 *
 * @category report
 * @example
 * ```ts
 * const activities = [{ id: "a1", name: "云交流", date: "2024-04-26", regionCodes: ["150105"], modality: "online" }];
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", activities };
 * validateReport(report, { rules: [dateOutsidePeriodRule] }).diagnostics[0]?.message
 * //=> "活动“云交流”（a1）的日期 2024-04-26 不在报告期2023年（2023-01-01 至 2023-12-31）内"
 * ```
 */
export const dateOutsidePeriodRule: ReportRule = {
  code: "DATE_OUTSIDE_PERIOD",
  description: {
    "zh-CN": "活动的日期或统计期、协议的签署日期都在报告期内",
    "zh-TW": "活動的日期或統計期、協議的簽署日期都在報告期內",
    en: "activity dates and periods and agreement signing dates lie within the report period",
  },
  check(report, { locale }) {
    const span = reportPeriod(report, locale);
    if (span === undefined) return [];
    const diagnostics: Diagnostic[] = [];
    const check = (
      record: string,
      what: keyof typeof words,
      when: string,
      path: readonly (string | number)[],
    ) => {
      const inside = periodContains(report.period, when);
      if (!inside.ok || inside.value) return;
      diagnostics.push(
        createDiagnostic("DATE_OUTSIDE_PERIOD", "error", path, outside, locale, {
          record,
          what: words[what][locale],
          when,
          ...span,
        }),
      );
    };
    for (const [index, activity] of report.activities.entries()) {
      const record = describeRecord("activity", activity.name, activity.id, locale);
      if (activity.date !== undefined) {
        check(record, "date", activity.date, ["activities", index, "date"]);
      }
      if (activity.period !== undefined) {
        check(record, "period", activity.period, ["activities", index, "period"]);
      }
    }
    for (const [index, agreement] of report.agreements.entries()) {
      const record = describeRecord("agreement", agreement.title, agreement.id, locale);
      if (agreement.signedOn !== undefined) {
        check(record, "signedOn", agreement.signedOn, ["agreements", index, "signedOn"]);
      }
    }
    return diagnostics;
  },
};
