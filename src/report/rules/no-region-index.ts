import { createDiagnostic } from "../diagnostic";
import type { ReportRule } from "../report-rule";

const structureOnly = {
  "zh-CN":
    "未提供区划目录（regionIndex）：地区代码只检查了格式，未核对是否真实存在；可传入由 shiliu/cn-regions 建立的全国区划目录",
  "zh-TW":
    "未提供區劃目錄（regionIndex）：地區代碼只檢查了格式，未核對是否真實存在；可傳入由 shiliu/cn-regions 建立的全國區劃目錄",
  en: "no regionIndex was given: region codes were checked for their structure only, not for existing; pass the national catalogue built from shiliu/cn-regions",
};

/**
 * NO_REGION_INDEX (a warning): validated without a `regionIndex`, a report's region codes are
 * checked for their structure only — 620799 has a valid shape and names no county — so the
 * result says so, and how to check them against the national catalogue.
 *
 * @category report
 * @example
 * ```ts
 * const report = { id: "r", title: "报告", regionCode: "620799", period: "2023" };
 * const result = validateReport(report, { rules: [noRegionIndexRule] });
 * result.ok //=> true
 * result.diagnostics[0]?.severity //=> "warning"
 * ```
 */
export const noRegionIndexRule: ReportRule = {
  code: "NO_REGION_INDEX",
  description: {
    "zh-CN": "未提供区划目录时提示：地区代码只检查了格式",
    "zh-TW": "未提供區劃目錄時提示：地區代碼只檢查了格式",
    en: "without a region index, says that region codes were checked for structure only",
  },
  check(_report, { locale, regionIndex }) {
    if (regionIndex !== undefined) return [];
    return [createDiagnostic("NO_REGION_INDEX", "warning", ["regionCode"], structureOnly, locale)];
  },
};
