import { periodRange } from "../../period/period-range";
import { describeRecord } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import type { ReportRule } from "../report-rule";

const afterPublication = {
  "zh-CN": "{record}的年份 {year} 晚于报告的发布日期 {date}",
  "zh-TW": "{record}的年份 {year} 晚於報告的發布日期 {date}",
  en: "{record} is dated {year}, after the report was published on {date}",
};

const afterPeriod = {
  "zh-CN": "{record}的年份 {year} 晚于报告期的结束日期 {date}",
  "zh-TW": "{record}的年份 {year} 晚於報告期的結束日期 {date}",
  en: "{record} is dated {year}, after the report's period ends on {date}",
};

/**
 * DESIGNATION_DATE: a report tells of honours already conferred, so no designation's `year` is
 * after the year the report was published (`publishedOn`), or, when that is not given, the year
 * its period ends.
 *
 * @category report
 * @example
 * ```ts
 * const designations = [{ id: "d1", title: "全国民族团结进步示范区", kind: "demonstration_region", level: "national", recipient: { type: "region", name: "赛罕区", regionCode: "150105" }, year: 2150 }];
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", publishedOn: "2024-01-10", designations };
 * validateReport(report, { rules: [designationDateRule] }).diagnostics[0]?.message
 * //=> "命名表彰“全国民族团结进步示范区”（d1）的年份 2150 晚于报告的发布日期 2024-01-10"
 * ```
 */
export const designationDateRule: ReportRule = {
  code: "DESIGNATION_DATE",
  description: {
    "zh-CN": "命名表彰的年份不晚于报告发布（或报告期结束）的年份",
    "zh-TW": "命名表彰的年份不晚於報告發布（或報告期結束）的年份",
    en: "no designation is dated after the report's publication, or the end of its period",
  },
  check(report, { locale }) {
    const range = periodRange(report.period);
    const date = report.publishedOn ?? (range.ok ? range.value.end : undefined);
    if (date === undefined) return [];
    const latest = Number(date.slice(0, 4));
    const template = report.publishedOn === undefined ? afterPeriod : afterPublication;
    const diagnostics: Diagnostic[] = [];
    report.designations.forEach((designation, index) => {
      if (designation.year === undefined || designation.year <= latest) return;
      const record = describeRecord("designation", designation.title, designation.id, locale);
      const path = ["designations", index, "year"];
      diagnostics.push(
        createDiagnostic("DESIGNATION_DATE", "error", path, template, locale, {
          record,
          year: designation.year,
          date,
        }),
      );
    });
    return diagnostics;
  },
};
