import type { LabelTable } from "../core/labels";
import type { QuantityRole } from "./report-quantities";

/**
 * How a message names the field of each kind of figure.
 *
 * @internal
 */
export const quantityRoleLabels: LabelTable<QuantityRole> = {
  participants: { "zh-CN": "参与人数", "zh-TW": "參與人數", en: "participants" },
  viewers: { "zh-CN": "在线观看人数", "zh-TW": "線上觀看人數", en: "online viewers" },
  page_views: { "zh-CN": "浏览量", "zh-TW": "瀏覽量", en: "page views" },
  carrier_count: { "zh-CN": "数量", "zh-TW": "數量", en: "count" },
  target: { "zh-CN": "目标值", "zh-TW": "目標值", en: "target" },
  actual: { "zh-CN": "完成值", "zh-TW": "完成值", en: "actual" },
  observation: { "zh-CN": "数值", "zh-TW": "數值", en: "value" },
  numerator: { "zh-CN": "分子", "zh-TW": "分子", en: "numerator" },
  denominator: { "zh-CN": "分母", "zh-TW": "分母", en: "denominator" },
};
