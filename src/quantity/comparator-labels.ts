import type { LabelTable } from "../core/labels";
import type { Comparator } from "./types";

/**
 * Labels of every {@link Comparator}: the qualifier word a writer uses (约, 近, 以上 …).
 *
 * @category quantity
 * @example
 * ```ts
 * labelOf(comparatorLabels, "gt") //=> "超过"
 * labelOf(comparatorLabels, "nearly", "en") //=> "nearly"
 * ```
 */
export const comparatorLabels: LabelTable<Comparator> = {
  eq: { "zh-CN": "等于", "zh-TW": "等於", en: "exactly" },
  approx: { "zh-CN": "约", "zh-TW": "約", en: "about" },
  nearly: { "zh-CN": "近", "zh-TW": "近", en: "nearly" },
  gt: { "zh-CN": "超过", "zh-TW": "超過", en: "more than" },
  gte: { "zh-CN": "以上", "zh-TW": "以上", en: "at least" },
  lt: { "zh-CN": "不足", "zh-TW": "不足", en: "less than" },
  lte: { "zh-CN": "以下", "zh-TW": "以下", en: "at most" },
};
