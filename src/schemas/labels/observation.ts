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
