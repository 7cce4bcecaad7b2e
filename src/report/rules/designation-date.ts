import { periodRange } from "../../period/period-range";
import { describeRecord } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import type { ReportRule } from "../report-rule";

const afterPublication = {
  "zh-CN": "{record}的{what} {when} 晚于报告的发布日期 {date}",
  "zh-TW": "{record}的{what} {when} 晚於報告的發布日期 {date}",
  en: "{record} {what} {when}, after the report was published on {date}",
};

const afterPeriod = {
  "zh-CN": "{record}的{what} {when} 晚于报告期的结束日期 {date}",
  "zh-TW": "{record}的{what} {when} 晚於報告期的結束日期 {date}",
  en: "{record} {what} {when}, after the report's period ends on {date}",
};

const words = {
  year: { "zh-CN": "年份", "zh-TW": "年份", en: "is dated" },
  namedOn: { "zh-CN": "命名日期", "zh-TW": "命名日期", en: "was named on" },
  revokedOn: { "zh-CN": "撤销日期", "zh-TW": "撤銷日期", en: "was revoked on" },
};

/**
 * DESIGNATION_DATE: a report tells of honours already conferred, so no designation's `year`,
 * naming date `namedOn` or revocation date `revokedOn` is after the day the report was
 * published (`publishedOn`), or, when that is not given, the last day of its period (a year
 * is compared with the year of that day). A period open at the end (`2021/..`) without
 * `publishedOn` has no last day, and nothing is checked.
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
    "zh-CN": "命名表彰的年份、命名日期和撤销日期不晚于报告发布（或报告期结束）",
    "zh-TW": "命名表彰的年份、命名日期和撤銷日期不晚於報告發布（或報告期結束）",
    en: "no designation is named, dated or revoked after the report's publication, or the end of its period",
  },
  check(report, { locale }) {
    const range = periodRange(report.period);
    const date = report.publishedOn ?? (range.ok ? range.value.end : undefined);
    if (date === undefined) return [];
    const latestYear = Number(date.slice(0, 4));
    const template = report.publishedOn === undefined ? afterPeriod : afterPublication;
    const diagnostics: Diagnostic[] = [];
    report.designations.forEach((designation, index) => {
      const record = describeRecord("designation", designation.title, designation.id, locale);
      const late = (what: keyof typeof words, when: string | number) =>
        diagnostics.push(
          createDiagnostic(
            "DESIGNATION_DATE",
            "error",
            ["designations", index, what],
            template,
            locale,
            {
              record,
              what: words[what][locale],
              when,
              date,
            },
          ),
        );
      const { year, namedOn, revokedOn } = designation;
      if (year !== undefined && year > latestYear) late("year", year);
      if (namedOn !== undefined && namedOn > date) late("namedOn", namedOn);
      if (revokedOn !== undefined && revokedOn > date) late("revokedOn", revokedOn);
    });
    return diagnostics;
  },
};
