// Enum values and labels of activities. Zod-free, so an app can show labels without zod.
import type { LabelTable } from "../../core/labels";

/**
 * Every way an activity is held: 线下, 线上 (云交流) or both.
 *
 * @category schemas
 * @example
 * ```ts
 * activityModalities //=> ["offline", "online", "hybrid"]
 * ```
 */
export const activityModalities = ["offline", "online", "hybrid"] as const;

/**
 * How an activity is held: 线下, 线上 (云交流) or 线上线下结合.
 *
 * @category schemas
 */
export type ActivityModality = (typeof activityModalities)[number];

/**
 * Labels of {@link ActivityModality} in zh-CN, zh-TW and en.
 *
 * @category schemas
 * @example
 * ```ts
 * labelOf(activityModalityLabels, "online", "zh-TW") //=> "線上"
 * ```
 */
export const activityModalityLabels: LabelTable<ActivityModality> = {
  offline: { "zh-CN": "线下", "zh-TW": "線下", en: "offline" },
  online: { "zh-CN": "线上", "zh-TW": "線上", en: "online" },
  hybrid: { "zh-CN": "线上线下结合", "zh-TW": "線上線下結合", en: "hybrid" },
};
