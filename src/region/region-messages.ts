/**
 * The texts region functions put in their failures and issues.
 *
 * @internal
 */
import type { LocalizedText } from "../core/labels";
import type { RegionCodeFailureReason } from "./region-code-structure";

/** Why a region code is rejected, with `{code}` and `{part}` placeholders. */
export const regionCodeMessages: { readonly [R in RegionCodeFailureReason]: LocalizedText } = {
  invalid_format: {
    "zh-CN": "区划代码须为 6、9 或 12 位数字，收到 {code}",
    "zh-TW": "區劃代碼須為 6、9 或 12 位數字，收到 {code}",
    en: "a region code has 6, 9 or 12 digits; got {code}",
  },
  unknown_province: {
    "zh-CN": "区划代码 {code} 的省级代码 {part} 不在 GB/T 2260 的省级代码中",
    "zh-TW": "區劃代碼 {code} 的省級代碼 {part} 不在 GB/T 2260 的省級代碼中",
    en: "region code {code} starts with {part}, which is not a GB/T 2260 province prefix",
  },
  county_without_prefecture: {
    "zh-CN": "区划代码 {code} 有县级代码 {part} 却没有地级代码（第 3–4 位为 00）",
    "zh-TW": "區劃代碼 {code} 有縣級代碼 {part} 卻沒有地級代碼（第 3–4 位為 00）",
    en: "region code {code} has a county part {part} but no prefecture part (digits 3–4 are 00)",
  },
  township_without_prefecture: {
    "zh-CN": "区划代码 {code} 有乡级代码 {part} 却没有地级代码（第 3–4 位为 00）",
    "zh-TW": "區劃代碼 {code} 有鄉級代碼 {part} 卻沒有地級代碼（第 3–4 位為 00）",
    en: "region code {code} has a township part {part} but no prefecture part (digits 3–4 are 00)",
  },
  invalid_township: {
    "zh-CN": "区划代码 {code} 的乡级代码 {part} 不在 001–599 之间",
    "zh-TW": "區劃代碼 {code} 的鄉級代碼 {part} 不在 001–599 之間",
    en: "region code {code} has township part {part}, outside 001–599",
  },
  village_without_township: {
    "zh-CN": "区划代码 {code} 有村级代码 {part} 却没有乡级代码（第 7–9 位为 000）",
    "zh-TW": "區劃代碼 {code} 有村級代碼 {part} 卻沒有鄉級代碼（第 7–9 位為 000）",
    en: "region code {code} has a village part {part} but no township part (digits 7–9 are 000)",
  },
};
