import type { Locale } from "../../core/locale";
import { periodRange } from "../../period/period-range";
import type { RegionHistory } from "../../region/region-history";
import { retirementInHistory } from "../../region/retirement-in-history";
import type { Report } from "../../schemas/report";
import { describeObservation, describeRecord } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import type { ReportRule } from "../report-rule";

const retired = {
  "zh-CN":
    "{record}的地区代码 {code}（{name}）已于 {year} 年停用{approval}，其区域今{where} {successors}",
  "zh-TW":
    "{record}的地區代碼 {code}（{name}）已於 {year} 年停用{approval}，其區域今{where} {successors}",
  en: "{record} names region code {code} ({name}), which left use in {year}{approval}; its area is now {where} {successors}",
};
const where = {
  one: { "zh-CN": "属", "zh-TW": "屬", en: "in" },
  many: { "zh-CN": "分属", "zh-TW": "分屬", en: "divided among" },
};

/** The last day of a period key, or undefined when it is not one. */
function endOf(period: string | undefined): string | undefined {
  if (period === undefined) return undefined;
  const range = periodRange(period);
  return range.ok ? range.value.end : undefined;
}

/** Every region code a report names, the date it is named on, where it stands and who names it. */
function* datedCodesOf(
  report: Report,
  locale: Locale,
): Generator<
  readonly [
    code: string,
    date: string | undefined,
    path: readonly (string | number)[],
    record: string,
  ]
> {
  const reportDate = report.publishedOn ?? endOf(report.period);
  yield [
    report.regionCode,
    reportDate,
    ["regionCode"],
    describeRecord("report", report.title, report.id, locale),
  ];
  for (const [index, unit] of report.units.entries()) {
    yield [
      unit.regionCode,
      reportDate,
      ["units", index, "regionCode"],
      describeRecord("unit", unit.name, unit.id, locale),
    ];
  }
  for (const [index, brand] of report.brands.entries()) {
    yield [
      brand.regionCode,
      reportDate,
      ["brands", index, "regionCode"],
      describeRecord("brand", brand.name, brand.id, locale),
    ];
  }
  for (const [index, campaign] of report.campaigns.entries()) {
    const record = describeRecord("campaign", campaign.name, campaign.id, locale);
    if (campaign.regionCode !== undefined) {
      yield [campaign.regionCode, reportDate, ["campaigns", index, "regionCode"], record];
    }
  }
  for (const [index, activity] of report.activities.entries()) {
    const record = describeRecord("activity", activity.name, activity.id, locale);
    const date = activity.date ?? endOf(activity.period) ?? reportDate;
    for (const [position, code] of activity.regionCodes.entries()) {
      yield [code, date, ["activities", index, "regionCodes", position], record];
    }
  }
  for (const [index, agreement] of report.agreements.entries()) {
    const record = describeRecord("agreement", agreement.title, agreement.id, locale);
    const date = agreement.signedOn ?? reportDate;
    for (const [position, party] of agreement.parties.entries()) {
      yield [
        party.regionCode,
        date,
        ["agreements", index, "parties", position, "regionCode"],
        record,
      ];
    }
  }
  for (const [index, designation] of report.designations.entries()) {
    const record = describeRecord("designation", designation.title, designation.id, locale);
    // A year alone is judged from its first day: an honour of 2020 may predate a change of 2020.
    const date = designation.year === undefined ? reportDate : `${designation.year}-01-01`;
    yield [
      designation.recipient.regionCode,
      date,
      ["designations", index, "recipient", "regionCode"],
      record,
    ];
  }
  for (const [index, observation] of report.observations.entries()) {
    const record = describeObservation(observation, locale);
    yield [
      observation.regionCode,
      endOf(observation.period) ?? reportDate,
      ["observations", index, "regionCode"],
      record,
    ];
  }
}

/**
 * RETIRED_REGION_CODE (a warning), for a code history: no record names a region code that had
 * left use by its date, and each one that does is told the codes that took its area. A record's
 * date is its own (an activity's day or period end, an agreement's signing, a designation's
 * year, an observation's period end), else the report's publication or period end. A change
 * known only by its year counts from the next 1 January, one with a dated approval from that day;
 * a township code is judged by its county. `shiliu/cn-regions/history` exports the rule for the
 * national history as `retiredRegionCodeRule`.
 *
 * @param history - The code history to judge codes by.
 * @returns The rule, to add to `validateReport`'s rules.
 * @category report
 * @example
 * ```ts
 * const rule = createRetiredRegionCodeRule(cnRegionHistory);
 * const designations = [{ id: "d1", title: "全国民族团结进步示范单位", kind: "demonstration_unit", level: "national", year: 2021, recipient: { type: "unit", name: "某社区", regionCode: "632321" } }];
 * const report = { id: "r", title: "报告", regionCode: "632301", period: "2021", designations };
 * validateReport(report, { rules: [rule] }).diagnostics[0]?.message
 * //=> "命名表彰“全国民族团结进步示范单位”（d1）的地区代码 632321（同仁县）已于 2020 年停用（民函〔2020〕63号），其区域今属 632301 同仁市"
 * ```
 */
export function createRetiredRegionCodeRule(history: RegionHistory): ReportRule {
  return {
    code: "RETIRED_REGION_CODE",
    description: {
      "zh-CN": "记录所用的地区代码在其日期前未停用",
      "zh-TW": "記錄所用的地區代碼在其日期前未停用",
      en: "no record names a region code that had left use by its date",
    },
    check(report, { locale }) {
      const diagnostics: Diagnostic[] = [];
      for (const [code, date, path, record] of datedCodesOf(report, locale)) {
        if (date === undefined) continue;
        const retirement = retirementInHistory(history, code, date);
        if (retirement === undefined) continue;
        const number = retirement.approval?.number;
        diagnostics.push(
          createDiagnostic("RETIRED_REGION_CODE", "warning", path, retired, locale, {
            record,
            code: retirement.code,
            name: retirement.name,
            year: retirement.year,
            approval:
              number === undefined ? "" : locale === "en" ? ` (${number})` : `（${number}）`,
            where: (retirement.successors.length > 1 ? where.many : where.one)[locale],
            successors: retirement.successors
              .map((successor) => `${successor.code} ${successor.name}`)
              .join(locale === "en" ? ", " : "、"),
          }),
        );
      }
      return diagnostics;
    },
  };
}
