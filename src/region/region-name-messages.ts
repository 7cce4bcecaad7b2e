/**
 * The texts of the failures of a name lookup.
 *
 * @internal
 */
import type { LocalizedText } from "../core/labels";
import type { RegionNameFailureReason } from "./types";

/** One text per failure reason, with `{placeholders}`. */
export const regionNameMessages: { readonly [R in RegionNameFailureReason]: LocalizedText } = {
  not_found: {
    "zh-CN": "没有名为 {name} 的区划",
    "zh-TW": "沒有名為 {name} 的區劃",
    en: "no region is named {name}",
  },
  ambiguous: {
    "zh-CN": "名称 {name} 对应 {count} 个区划：{candidates}",
    "zh-TW": "名稱 {name} 對應 {count} 個區劃：{candidates}",
    en: "the name {name} matches {count} regions: {candidates}",
  },
};
