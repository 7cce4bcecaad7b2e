import { formatMessage } from "../../core/labels";
import type { Locale } from "../../core/locale";
import { rangeContains } from "../../period/period-contains";
import { periodLabel } from "../../period/period-label";
import { periodRange } from "../../period/period-range";
import type { Report } from "../../schemas/report";
import { describeRecord } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import type { ReportRule } from "../report-rule";

const outside = {
  "zh-CN": "{record}的{what} {when} 不在报告期{period}（{span}）内",
  "zh-TW": "{record}的{what} {when} 不在報告期{period}（{span}）內",
  en: "{record} has {what} {when}, outside the report period {period} ({span})",
};

const spans = {
  closed: { "zh-CN": "{start} 至 {end}", "zh-TW": "{start} 至 {end}", en: "{start} to {end}" },
  toPublication: {
    "zh-CN": "{start} 至发布日 {end}",
    "zh-TW": "{start} 至發布日 {end}",
    en: "{start} to publication on {end}",
  },
  openStart: { "zh-CN": "{end} 及以前", "zh-TW": "{end} 及以前", en: "on or before {end}" },
  openEnd: { "zh-CN": "{start} 及以后", "zh-TW": "{start} 及以後", en: "on or after {start}" },
};

const words = {
  date: { "zh-CN": "日期", "zh-TW": "日期", en: "date" },
  period: { "zh-CN": "统计期", "zh-TW": "統計期", en: "period" },
  signedOn: { "zh-CN": "签署日期", "zh-TW": "簽署日期", en: "signing date" },
};

const OPEN_END = "/..";

/**
 * A key whose open end (`2021/..`, 2021年以来) stops at the publication date, when the report
 * gives one: what a report says has happened "since 2021" has happened by the day it is
 * published. Any other key, or one that would then end before it starts, is left as it is.
 */
function boundedKey(key: string, publishedOn: string | undefined): string {
  if (publishedOn === undefined || !key.endsWith(OPEN_END)) return key;
  const bounded = `${key.slice(0, -OPEN_END.length)}/${publishedOn}`;
  return periodRange(bounded).ok ? bounded : key;
}

function reportPeriod(report: Report, key: string, locale: Locale) {
  const range = periodRange(key);
  const label = periodLabel(report.period, locale);
  if (!range.ok || !label.ok) return undefined;
  const { start, end } = range.value;
  const template =
    start === undefined
      ? spans.openStart
      : end === undefined
        ? spans.openEnd
        : key === report.period
          ? spans.closed
          : spans.toPublication;
  const span = formatMessage(template, locale, { start: start ?? "", end: end ?? "" });
  return { period: label.value, span };
}

/**
 * DATE_OUTSIDE_PERIOD: every activity's date or period, and every agreement's signing date,
 * lies within the report's period (2023 runs from 2023-01-01 to 2023-12-31). A report period
 * open at the start (`../2023-09-25`, 截至2023年9月25日 or 近年来) reaches back without limit;
 * one open at the end (`2021/..`, 2021年以来) ends on the report's `publishedOn` when given, and
 * so does an activity period open at the end (ongoing "since 2021" means up to publication).
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
    const key = boundedKey(report.period, report.publishedOn);
    const span = reportPeriod(report, key, locale);
    const outer = periodRange(key);
    if (span === undefined || !outer.ok) return [];
    const diagnostics: Diagnostic[] = [];
    // The report's range is read once; a record is named only when it is outside.
    const check = (
      kind: "activity" | "agreement",
      index: number,
      what: keyof typeof words,
      when: string,
    ) => {
      const inner = periodRange(boundedKey(when, report.publishedOn));
      if (!inner.ok || rangeContains(outer.value, inner.value)) return;
      const record =
        kind === "activity"
          ? (report.activities[index] as Report["activities"][number])
          : (report.agreements[index] as Report["agreements"][number]);
      const name = "name" in record ? record.name : record.title;
      const collection = kind === "activity" ? "activities" : "agreements";
      diagnostics.push(
        createDiagnostic(
          "DATE_OUTSIDE_PERIOD",
          "error",
          [collection, index, what],
          outside,
          locale,
          {
            record: describeRecord(kind, name, record.id, locale),
            what: words[what][locale],
            when,
            ...span,
          },
        ),
      );
    };
    const { activities, agreements } = report;
    for (let index = 0; index < activities.length; index++) {
      const { date, period } = activities[index] as Report["activities"][number];
      if (date !== undefined) check("activity", index, "date", date);
      if (period !== undefined) check("activity", index, "period", period);
    }
    for (let index = 0; index < agreements.length; index++) {
      const { signedOn } = agreements[index] as Report["agreements"][number];
      if (signedOn !== undefined) check("agreement", index, "signedOn", signedOn);
    }
    return diagnostics;
  },
};
