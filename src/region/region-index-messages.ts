/**
 * The texts of the issues a region index build reports.
 *
 * @internal
 */
import type { LocalizedText } from "../core/labels";

/** Why one region is rejected from an index. */
export type RegionIndexIssueReason =
  | "invalid_region"
  | "invalid_code"
  | "duplicate_code"
  | "invalid_name"
  | "invalid_alias"
  | "invalid_level"
  | "invalid_normalize_name"
  | "level_mismatch"
  | "invalid_parent_code"
  | "parent_not_ancestor"
  | "unknown_parent"
  | "parent_not_nearest"
  | "unknown_alias_code";

/** One text per issue reason, with `{placeholders}`. */
export const regionIndexMessages: { readonly [R in RegionIndexIssueReason]: LocalizedText } = {
  invalid_region: {
    "zh-CN": "区划须为含 code、name、level 的对象",
    "zh-TW": "區劃須為含 code、name、level 的物件",
    en: "a region is an object with code, name and level",
  },
  invalid_code: {
    "zh-CN": "{detail}",
    "zh-TW": "{detail}",
    en: "{detail}",
  },
  duplicate_code: {
    "zh-CN": "重复的区划代码 {code}（与 regions[{first}] 相同）",
    "zh-TW": "重複的區劃代碼 {code}（與 regions[{first}] 相同）",
    en: "duplicate region code {code} (same as regions[{first}])",
  },
  invalid_name: {
    "zh-CN": "区划名称须为非空字符串",
    "zh-TW": "區劃名稱須為非空字串",
    en: "a region name is a non-empty string",
  },
  invalid_alias: {
    "zh-CN": "别名须为非空字符串",
    "zh-TW": "別名須為非空字串",
    en: "an alias is a non-empty string",
  },
  invalid_normalize_name: {
    "zh-CN": "normalizeName 须为函数（名称 → 名称），收到 {value}",
    "zh-TW": "normalizeName 須為函式（名稱 → 名稱），收到 {value}",
    en: "normalizeName must be a function from name to name, got {value}",
  },
  invalid_level: {
    "zh-CN": "未知的区划级别 {level}",
    "zh-TW": "未知的區劃級別 {level}",
    en: "unknown region level {level}",
  },
  level_mismatch: {
    "zh-CN": "级别 {level} 与区划代码 {code} 不符，代码表示 {expected}",
    "zh-TW": "級別 {level} 與區劃代碼 {code} 不符，代碼表示 {expected}",
    en: "level {level} contradicts region code {code}, which names a {expected}",
  },
  invalid_parent_code: {
    "zh-CN": "{detail}",
    "zh-TW": "{detail}",
    en: "{detail}",
  },
  parent_not_ancestor: {
    "zh-CN": "上级区划 {parent} 不是 {code} 按代码的上级",
    "zh-TW": "上級區劃 {parent} 不是 {code} 按代碼的上級",
    en: "parent {parent} is not an ancestor of {code} by code",
  },
  unknown_parent: {
    "zh-CN": "未知的上级区划 {parent}",
    "zh-TW": "未知的上級區劃 {parent}",
    en: "unknown parent region {parent}",
  },
  parent_not_nearest: {
    "zh-CN": "上级区划 {parent} 跳过了已有的 {nearest}",
    "zh-TW": "上級區劃 {parent} 跳過了已有的 {nearest}",
    en: "parent {parent} skips {nearest}, which is present",
  },
  unknown_alias_code: {
    "zh-CN": "别名所指的区划代码 {code} 不在区划列表中",
    "zh-TW": "別名所指的區劃代碼 {code} 不在區劃列表中",
    en: "aliases are given for region code {code}, which the list does not hold",
  },
};
