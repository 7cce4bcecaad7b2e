import type { Locale } from "../../core/locale";
import { parseRegionCode } from "../../region/parse-region-code";
import type { Report } from "../../schemas/report";
import { describeObservation, describeRecord } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import type { ReportRule } from "../report-rule";

const unknownRegion = {
  "zh-CN": "{record}的地区代码 {code} 既不在报告的行政区划列表中，也不在区划目录中",
  "zh-TW": "{record}的地區代碼 {code} 既不在報告的行政區劃列表中，也不在區劃目錄中",
  en: "{record} names region {code}, which is neither among the report's regions nor in the region index",
};

/** Every region code a report names, with where it stands and who names it. */
function* regionCodesOf(
  report: Report,
  locale: Locale,
): Generator<readonly [code: string, path: readonly (string | number)[], record: string]> {
  yield [
    report.regionCode,
    ["regionCode"],
    describeRecord("report", report.title, report.id, locale),
  ];
  for (const [index, unit] of report.units.entries()) {
    const record = describeRecord("unit", unit.name, unit.id, locale);
    yield [unit.regionCode, ["units", index, "regionCode"], record];
  }
  for (const [index, brand] of report.brands.entries()) {
    const record = describeRecord("brand", brand.name, brand.id, locale);
    yield [brand.regionCode, ["brands", index, "regionCode"], record];
  }
  for (const [index, campaign] of report.campaigns.entries()) {
    const record = describeRecord("campaign", campaign.name, campaign.id, locale);
    if (campaign.issuer.regionCode !== undefined) {
      yield [campaign.issuer.regionCode, ["campaigns", index, "issuer", "regionCode"], record];
    }
    if (campaign.regionCode !== undefined) {
      yield [campaign.regionCode, ["campaigns", index, "regionCode"], record];
    }
  }
  for (const [index, activity] of report.activities.entries()) {
    const record = describeRecord("activity", activity.name, activity.id, locale);
    for (const [position, code] of activity.regionCodes.entries()) {
      yield [code, ["activities", index, "regionCodes", position], record];
    }
  }
  for (const [index, agreement] of report.agreements.entries()) {
    const record = describeRecord("agreement", agreement.title, agreement.id, locale);
    for (const [position, party] of agreement.parties.entries()) {
      yield [party.regionCode, ["agreements", index, "parties", position, "regionCode"], record];
    }
  }
  for (const [index, designation] of report.designations.entries()) {
    const record = describeRecord("designation", designation.title, designation.id, locale);
    yield [
      designation.recipient.regionCode,
      ["designations", index, "recipient", "regionCode"],
      record,
    ];
  }
  for (const [index, observation] of report.observations.entries()) {
    const record = describeObservation(observation, locale);
    yield [observation.regionCode, ["observations", index, "regionCode"], record];
  }
}

/** The canonical form of a code: a padded 12-digit code names its higher level. */
function canonical(code: string): string {
  const parsed = parseRegionCode(code);
  return parsed.ok ? parsed.value.code : code;
}

/**
 * UNKNOWN_REGION: every region code the report names is known — listed in `report.regions`
 * or present in the `regionIndex` passed to {@link validateReport} (such as one built from
 * `shiliu/cn-regions`). Padded codes match their region (`150105000000` is `150105`). A report
 * without `regions`, validated without an index, has nothing to check against, and the rule
 * finds nothing.
 *
 * @category report
 * @example
 * ```ts
 * const regions = [{ code: "150105", name: "赛罕区", level: "county" }];
 * const units = [{ id: "u1", name: "宾阳县委统战部", kind: "agency", regionCode: "450126" }];
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", regions, units };
 * validateReport(report, { rules: [unknownRegionRule] }).diagnostics[0]?.message
 * //=> "单位“宾阳县委统战部”（u1）的地区代码 450126 既不在报告的行政区划列表中，也不在区划目录中"
 * ```
 */
export const unknownRegionRule: ReportRule = {
  code: "UNKNOWN_REGION",
  description: {
    "zh-CN": "报告中的地区代码都须在报告的行政区划列表或区划目录中",
    "zh-TW": "報告中的地區代碼都須在報告的行政區劃列表或區劃目錄中",
    en: "every region code is among the report's regions or in the region index",
  },
  check(report, { locale, regionIndex }) {
    if (report.regions === undefined && regionIndex === undefined) return [];
    const listed = new Set((report.regions ?? []).map((region) => canonical(region.code)));
    const known = (code: string) => listed.has(code) || regionIndex?.get(code) !== undefined;
    const diagnostics: Diagnostic[] = [];
    for (const [code, path, record] of regionCodesOf(report, locale)) {
      if (known(canonical(code))) continue;
      diagnostics.push(
        createDiagnostic("UNKNOWN_REGION", "error", path, unknownRegion, locale, { record, code }),
      );
    }
    return diagnostics;
  },
};
