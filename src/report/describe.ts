// How diagnostics name records and places, in each locale.
import type { LabelTable } from "../core/labels";
import type { Locale } from "../core/locale";

/** @internal */
export type RecordKind =
  | "unit"
  | "brand"
  | "carrier"
  | "campaign"
  | "component"
  | "activity"
  | "agreement"
  | "designation"
  | "indicator"
  | "observation"
  | "region"
  | "report"
  | "target";

const recordKindLabels: LabelTable<RecordKind> = {
  unit: { "zh-CN": "单位", "zh-TW": "單位", en: "unit" },
  brand: { "zh-CN": "工作品牌", "zh-TW": "工作品牌", en: "brand" },
  carrier: { "zh-CN": "阵地", "zh-TW": "陣地", en: "carrier" },
  campaign: { "zh-CN": "行动", "zh-TW": "行動", en: "campaign" },
  component: { "zh-CN": "行动分项", "zh-TW": "行動分項", en: "campaign component" },
  activity: { "zh-CN": "活动", "zh-TW": "活動", en: "activity" },
  agreement: { "zh-CN": "协议", "zh-TW": "協議", en: "agreement" },
  designation: { "zh-CN": "命名表彰", "zh-TW": "命名表彰", en: "designation" },
  indicator: { "zh-CN": "指标", "zh-TW": "指標", en: "indicator" },
  observation: { "zh-CN": "观测值", "zh-TW": "觀測值", en: "observation" },
  region: { "zh-CN": "行政区划", "zh-TW": "行政區劃", en: "region" },
  report: { "zh-CN": "报告", "zh-TW": "報告", en: "report" },
  target: { "zh-CN": "目标", "zh-TW": "目標", en: "target" },
};

/**
 * The word for a kind of record, such as 活动 or `activity`.
 *
 * @internal
 */
export function recordKindLabel(kind: RecordKind, locale: Locale): string {
  return recordKindLabels[kind][locale];
}

/**
 * Names a record for a message: 活动“少年儿童云交流”（cloud-exchange）, or
 * `activity "…" (cloud-exchange)` in English.
 *
 * @internal
 */
export function describeRecord(
  kind: RecordKind,
  name: string | undefined,
  id: string | undefined,
  locale: Locale,
): string {
  const word = recordKindLabel(kind, locale);
  if (locale === "en") {
    const quoted = name === undefined ? "" : ` "${name}"`;
    return `${word}${quoted}${id === undefined ? "" : ` (${id})`}`;
  }
  const quoted = name === undefined ? "" : `“${name}”`;
  return `${word}${quoted}${id === undefined ? "" : `（${id}）`}`;
}

/**
 * Names an observation by its indicator, region and period.
 *
 * @internal
 */
export function describeObservation(
  observation: {
    readonly indicatorId: string;
    readonly regionCode: string;
    readonly period: string;
  },
  locale: Locale,
  indicatorName?: string,
): string {
  const indicator = indicatorName ?? observation.indicatorId;
  if (locale === "en") {
    return `observation of ${indicator} for ${observation.regionCode}, ${observation.period}`;
  }
  const word = recordKindLabel("observation", locale);
  const region = locale === "zh-TW" ? "地區" : "地区";
  return `${word}（${indicator}，${region} ${observation.regionCode}，${observation.period}）`;
}

/**
 * Writes a path the way code reads it: `activities[3].date`.
 *
 * @internal
 */
export function formatPath(path: readonly (string | number)[]): string {
  let text = "";
  for (const key of path) {
    text += typeof key === "number" ? `[${key}]` : text === "" ? key : `.${key}`;
  }
  return text;
}
