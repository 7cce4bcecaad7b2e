import type { Locale } from "../../core/locale";
import { periodRange } from "../../period/period-range";
import type { Report } from "../../schemas/report";
import { describeRecord } from "../describe";
import { expiryBounds } from "../designation-term";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import type { ReportRule } from "../report-rule";

const markedInForce = {
  "zh-CN": "{record}标为有效，但有效期{until} {expiry}，早于报告的{ref} {date}",
  "zh-TW": "{record}標為有效，但有效期{until} {expiry}，早於報告的{ref} {date}",
  en: "{record} is marked in force, but its term ends {until} {expiry}, before the report's {ref} {date}",
};

const markedExpired = {
  "zh-CN": "{record}标为已到期，但有效期{until} {expiry}，报告的{ref} {date} 仍在有效期内",
  "zh-TW": "{record}標為已到期，但有效期{until} {expiry}，報告的{ref} {date} 仍在有效期內",
  en: "{record} is marked expired, but its term runs {until} {expiry}, past the report's {ref} {date}",
};

const words = {
  exactEnd: { "zh-CN": "至", "zh-TW": "至", en: "on" },
  latestEnd: { "zh-CN": "最迟至", "zh-TW": "最遲至", en: "at the latest on" },
  exactRun: { "zh-CN": "至", "zh-TW": "至", en: "to" },
  earliestRun: { "zh-CN": "至少至", "zh-TW": "至少至", en: "at least to" },
  publishedOn: { "zh-CN": "发布日期", "zh-TW": "發布日期", en: "publication date" },
  periodEnd: { "zh-CN": "报告期结束日期", "zh-TW": "報告期結束日期", en: "period end" },
};

/** The day the report speaks as of: its publication, or the last day of its period. */
function asOf(report: Report, locale: Locale) {
  if (report.publishedOn !== undefined) {
    return { date: report.publishedOn, ref: words.publishedOn[locale] };
  }
  const range = periodRange(report.period);
  const end = range.ok ? range.value.end : undefined;
  return end === undefined ? undefined : { date: end, ref: words.periodEnd[locale] };
}

/**
 * DESIGNATION_STATUS: a designation's `status` agrees with its term as of the day the report
 * speaks (its `publishedOn`, else the last day of its period): one marked `in_force` has not
 * passed its last day in force, and one marked `expired` has. The last day comes from
 * `expiresOn`, else from `namedOn` and `termYears` (命名有效期5年 under the national naming rules),
 * else — as a span — from `year` and `termYears`. A `revoked` title (撤销, the exit mechanism of
 * the 2023 and 2025 创建命名管理办法's dynamic management) ends whenever it is revoked and is
 * not checked. A warning: a report may repeat the status it was given.
 *
 * @category report
 * @example
 * ```ts
 * const designations = [{ id: "d1", title: "全国民族团结进步示范单位", kind: "demonstration_unit", level: "national", recipient: { type: "unit", name: "中国人民抗日战争纪念馆", regionCode: "110106" }, namedOn: "2024-01-16", year: 2024, termYears: 5, status: "expired" }];
 * const report = { id: "r", title: "报告", regionCode: "110106", period: "2024", publishedOn: "2025-01-10", designations };
 * validateReport(report, { rules: [designationStatusRule] }).diagnostics[0]?.message
 * //=> "命名表彰“全国民族团结进步示范单位”（d1）标为已到期，但有效期至 2029-01-15，报告的发布日期 2025-01-10 仍在有效期内"
 * ```
 */
export const designationStatusRule: ReportRule = {
  code: "DESIGNATION_STATUS",
  description: {
    "zh-CN": "命名的状态（有效/已到期）与其有效期和报告的发布日期相符",
    "zh-TW": "命名的狀態（有效/已到期）與其有效期和報告的發布日期相符",
    en: "a designation's status (in force or expired) agrees with its term as of the report's publication",
  },
  check(report, { locale }) {
    const day = asOf(report, locale);
    if (day === undefined) return [];
    const diagnostics: Diagnostic[] = [];
    report.designations.forEach((designation, index) => {
      const { status } = designation;
      if (status !== "in_force" && status !== "expired") return;
      const bounds = expiryBounds(designation);
      if (bounds === undefined) return;
      const exact = bounds.earliest === bounds.latest;
      let template: typeof markedInForce;
      let expiry: string;
      let until: string;
      if (status === "in_force" && bounds.latest < day.date) {
        [template, expiry] = [markedInForce, bounds.latest];
        until = (exact ? words.exactEnd : words.latestEnd)[locale];
      } else if (status === "expired" && bounds.earliest >= day.date) {
        [template, expiry] = [markedExpired, bounds.earliest];
        until = (exact ? words.exactRun : words.earliestRun)[locale];
      } else {
        return;
      }
      const record = describeRecord("designation", designation.title, designation.id, locale);
      const path = ["designations", index, "status"];
      diagnostics.push(
        createDiagnostic("DESIGNATION_STATUS", "warning", path, template, locale, {
          record,
          until,
          expiry,
          ...day,
        }),
      );
    });
    return diagnostics;
  },
};
