import { labelOf } from "../../core/labels";
import type { Locale } from "../../core/locale";
import { aboutKindLabels } from "../../schemas/labels/observation";
import type { Report } from "../../schemas/report";
import { describeObservation, describeRecord, formatPath, type RecordKind } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import { nestedRecordsOf } from "../nested-records";
import type { ReportRule } from "../report-rule";

const duplicateId = {
  "zh-CN": "{record}的编号 {id} 重复，{first} 已使用该编号",
  "zh-TW": "{record}的編號 {id} 重複，{first} 已使用該編號",
  en: "{record} reuses the id {id} already used at {first}",
};

const duplicateObservation = {
  "zh-CN": "{record}重复，{first} 已给出同一指标、地区和统计期的数值",
  "zh-TW": "{record}重複，{first} 已給出同一指標、地區和統計期的數值",
  en: "{record} repeats {first}, which gives the same indicator, region and period",
};

const duplicateObservationAbout = {
  "zh-CN": "{record}重复，{first} 已给出同一指标、地区和统计期关于{about} {id} 的数值",
  "zh-TW": "{record}重複，{first} 已給出同一指標、地區和統計期關於{about} {id} 的數值",
  en: "{record} repeats {first}, which gives the same indicator, region and period about {about} {id}",
};

interface Keyed {
  readonly id: string;
  readonly name: string;
}

interface Collection {
  readonly key: keyof Report;
  readonly kind: RecordKind;
  readonly idField: "id" | "code";
  readonly records: readonly Keyed[];
}

function collectionsOf(report: Report): readonly Collection[] {
  const byId = (records: readonly { readonly id: string; readonly name: string }[]) =>
    records.map(({ id, name }) => ({ id, name }));
  const byTitle = (records: readonly { readonly id: string; readonly title: string }[]) =>
    records.map(({ id, title }) => ({ id, name: title }));
  return [
    { key: "units", kind: "unit", idField: "id", records: byId(report.units) },
    { key: "brands", kind: "brand", idField: "id", records: byId(report.brands) },
    { key: "campaigns", kind: "campaign", idField: "id", records: byId(report.campaigns) },
    { key: "activities", kind: "activity", idField: "id", records: byId(report.activities) },
    { key: "agreements", kind: "agreement", idField: "id", records: byTitle(report.agreements) },
    {
      key: "designations",
      kind: "designation",
      idField: "id",
      records: byTitle(report.designations),
    },
    {
      key: "indicators",
      kind: "indicator",
      idField: "id",
      records: report.indicators.map(({ id, name }) => ({ id, name: name["zh-CN"] })),
    },
    {
      key: "regions",
      kind: "region",
      idField: "code",
      records: (report.regions ?? []).map(({ code, name }) => ({ id: code, name })),
    },
  ];
}

function duplicatesIn(collection: Collection, locale: Locale): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const firstIndex = new Map<string, number>();
  collection.records.forEach((record, index) => {
    const first = firstIndex.get(record.id);
    if (first === undefined) {
      firstIndex.set(record.id, index);
      return;
    }
    const path = [collection.key, index, collection.idField];
    diagnostics.push(
      createDiagnostic("DUPLICATE_ID", "error", path, duplicateId, locale, {
        record: describeRecord(collection.kind, record.name, undefined, locale),
        id: record.id,
        first: formatPath([collection.key, first]),
      }),
    );
  });
  return diagnostics;
}

// Carriers and components have ids of their own across the whole report: an observation's
// `about` names one by id alone, wherever it sits.
function nestedDuplicates(report: Report, locale: Locale): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const first = new Map<string, readonly (string | number)[]>();
  for (const record of nestedRecordsOf(report)) {
    const key = `${record.kind}\u0000${record.id}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, record.path.slice(0, -1));
      continue;
    }
    diagnostics.push(
      createDiagnostic("DUPLICATE_ID", "error", record.path, duplicateId, locale, {
        record: describeRecord(record.kind, record.name, undefined, locale),
        id: record.id,
        first: formatPath(earlier),
      }),
    );
  }
  return diagnostics;
}

/**
 * DUPLICATE_ID: every unit, brand, campaign, activity, agreement, designation, indicator and
 * listed region has an id (code) of its own, so does every carrier and campaign component that
 * has an id (across the whole report: brands' carriers and components' carriers share one set of
 * ids), and no two observations give the same indicator for the same region and period about
 * the same record: an observation's `about` (活动场次 of one activity and of another) makes it a
 * figure of its own.
 *
 * @category report
 * @example
 * ```ts
 * const units = [
 *   { id: "u1", name: "甲局", kind: "agency", regionCode: "150105" },
 *   { id: "u1", name: "乙校", kind: "school", regionCode: "150105" },
 * ];
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", units };
 * validateReport(report, { rules: [duplicateIdRule] }).diagnostics[0]?.message
 * //=> "单位“乙校”的编号 u1 重复，units[0] 已使用该编号"
 * ```
 */
export const duplicateIdRule: ReportRule = {
  code: "DUPLICATE_ID",
  description: {
    "zh-CN": "同类记录的编号不得重复；同一指标、地区、统计期（及所指记录）只能有一个观测值",
    "zh-TW": "同類記錄的編號不得重複；同一指標、地區、統計期（及所指記錄）只能有一個觀測值",
    en: "records of one kind have distinct ids; one observation per indicator, region, period and record it is about",
  },
  check(report, { locale }) {
    const diagnostics: Diagnostic[] = [];
    for (const collection of collectionsOf(report)) {
      diagnostics.push(...duplicatesIn(collection, locale));
    }
    diagnostics.push(...nestedDuplicates(report, locale));
    const firstObservation = new Map<string, number>();
    report.observations.forEach((observation, index) => {
      const { about } = observation;
      const key = `${observation.indicatorId}\u0000${observation.growthOf ?? ""}\u0000${observation.regionCode}\u0000${observation.period}\u0000${about?.kind ?? ""}\u0000${about?.id ?? ""}`;
      const first = firstObservation.get(key);
      if (first === undefined) {
        firstObservation.set(key, index);
        return;
      }
      diagnostics.push(
        createDiagnostic(
          "DUPLICATE_ID",
          "error",
          ["observations", index],
          about === undefined ? duplicateObservation : duplicateObservationAbout,
          locale,
          {
            record: describeObservation(observation, locale),
            first: formatPath(["observations", first]),
            ...(about === undefined
              ? {}
              : { about: labelOf(aboutKindLabels, about.kind, locale), id: about.id }),
          },
        ),
      );
    });
    return diagnostics;
  },
};
