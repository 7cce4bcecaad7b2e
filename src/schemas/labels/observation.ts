// Enum values and labels of observations. Zod-free, so an app can show labels without zod.
import type { LabelTable } from "../../core/labels";
import type { ObservationStatus } from "../../metric/types";

/**
 * Every {@link ObservationStatus}: the SDMX OBS_STATUS codes a report needs.
 *
 * @category schemas
 * @example
 * ```ts
 * observationStatuses //=> ["A", "E", "P", "F", "U"]
 * ```
 */
export const observationStatuses = [
  "A",
  "E",
  "P",
  "F",
  "U",
] as const satisfies readonly ObservationStatus[];

/**
 * Labels of {@link ObservationStatus} in zh-CN, zh-TW and en.
 *
 * @category schemas
 * @example
 * ```ts
 * labelOf(observationStatusLabels, "P") //=> "初步数"
 * ```
 */
export const observationStatusLabels: LabelTable<ObservationStatus> = {
  A: { "zh-CN": "正常值", "zh-TW": "正常值", en: "normal" },
  E: { "zh-CN": "估计值", "zh-TW": "估計值", en: "estimated" },
  P: { "zh-CN": "初步数", "zh-TW": "初步數", en: "provisional" },
  F: { "zh-CN": "预测值", "zh-TW": "預測值", en: "forecast" },
  U: { "zh-CN": "低可靠性", "zh-TW": "低可靠性", en: "low reliability" },
};

/**
 * Every kind of record an observation can be about (`about.kind`): the records of a report that
 * have ids.
 *
 * @category schemas
 * @example
 * ```ts
 * aboutKinds //=> ["brand", "carrier", "campaign", "component", "activity", "agreement", "designation"]
 * ```
 */
export const aboutKinds = [
  "brand",
  "carrier",
  "campaign",
  "component",
  "activity",
  "agreement",
  "designation",
] as const;

/**
 * A kind of record an observation can be about.
 *
 * @category schemas
 */
export type AboutKind = (typeof aboutKinds)[number];

/**
 * Labels of {@link AboutKind} in zh-CN, zh-TW and en.
 *
 * @category schemas
 * @example
 * ```ts
 * labelOf(aboutKindLabels, "component") //=> "行动分项"
 * labelOf(aboutKindLabels, "carrier", "zh-TW") //=> "陣地"
 * ```
 */
export const aboutKindLabels: LabelTable<AboutKind> = {
  brand: { "zh-CN": "工作品牌", "zh-TW": "工作品牌", en: "brand" },
  carrier: { "zh-CN": "阵地", "zh-TW": "陣地", en: "carrier" },
  campaign: { "zh-CN": "行动", "zh-TW": "行動", en: "campaign" },
  component: { "zh-CN": "行动分项", "zh-TW": "行動分項", en: "campaign component" },
  activity: { "zh-CN": "活动", "zh-TW": "活動", en: "activity" },
  agreement: { "zh-CN": "协议", "zh-TW": "協議", en: "agreement" },
  designation: { "zh-CN": "命名表彰", "zh-TW": "命名表彰", en: "designation" },
};
