import { periodRange } from "../../period/period-range";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import type { ReportRule } from "../report-rule";

const inFuture = {
  "zh-CN": "报告的发布日期 {date} 晚于今天（{today}）",
  "zh-TW": "報告的發布日期 {date} 晚於今天（{today}）",
  en: "the report's publication date {date} is after today ({today})",
};

const beforePeriod = {
  "zh-CN": "报告的发布日期 {date} 早于报告期 {period} 的开始日期 {start}",
  "zh-TW": "報告的發布日期 {date} 早於報告期 {period} 的開始日期 {start}",
  en: "the report's publication date {date} is before its period {period} starts on {start}",
};

/**
 * PUBLICATION_DATE: a report is published on a day that has come (not after the `today` of
 * {@link validateReport}, which defaults to today in China) and not before its period starts:
 * a report of 2023 is not published in 2022.
 *
 * @category report
 * @example
 * ```ts
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", publishedOn: "2031-01-05" };
 * validateReport(report, { rules: [publicationDateRule], today: "2026-12-01" }).diagnostics[0]?.message
 * //=> "报告的发布日期 2031-01-05 晚于今天（2026-12-01）"
 * ```
 */
export const publicationDateRule: ReportRule = {
  code: "PUBLICATION_DATE",
  description: {
    "zh-CN": "报告的发布日期不晚于今天，也不早于报告期开始",
    "zh-TW": "報告的發布日期不晚於今天，也不早於報告期開始",
    en: "the report is published no later than today and not before its period starts",
  },
  check(report, { locale, today }) {
    const date = report.publishedOn;
    if (date === undefined) return [];
    const diagnostics: Diagnostic[] = [];
    const path = ["publishedOn"];
    if (today !== undefined && date > today) {
      diagnostics.push(
        createDiagnostic("PUBLICATION_DATE", "error", path, inFuture, locale, { date, today }),
      );
    }
    const range = periodRange(report.period);
    const start = range.ok ? range.value.start : undefined;
    // A period open at the start (../2023-09-25) has no first day to be published before.
    if (start !== undefined && date < start) {
      diagnostics.push(
        createDiagnostic("PUBLICATION_DATE", "error", path, beforePeriod, locale, {
          date,
          period: report.period,
          start,
        }),
      );
    }
    return diagnostics;
  },
};
