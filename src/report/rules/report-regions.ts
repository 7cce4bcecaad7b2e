import { formatMessage } from "../../core/labels";
import { parseRegionCode } from "../../region/parse-region-code";
import { regionLevelLabels } from "../../region/region-level-labels";
import { safeCreateRegionIndex } from "../../region/safe-create-region-index";
import type { Region } from "../../region/types";
import { describeRecord } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import type { ReportRule } from "../report-rule";

const listed = {
  "zh-CN": "{record}：{problem}",
  "zh-TW": "{record}：{problem}",
  en: "{record}: {problem}",
};

const clash = {
  "zh-CN": "{record}与区划目录不一致：目录中 {code} 是{expected}",
  "zh-TW": "{record}與區劃目錄不一致：目錄中 {code} 是{expected}",
  en: "{record} contradicts the region index, where {code} is {expected}",
};

const catalogueEntry = {
  "zh-CN": "“{name}”（{level}，上级 {parent}）",
  "zh-TW": "「{name}」（{level}，上級 {parent}）",
  en: '"{name}" ({level}, under {parent})',
};

const none = { "zh-CN": "无", "zh-TW": "無", en: "none" };

function canonical(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const parsed = parseRegionCode(code);
  return parsed.ok ? parsed.value.code : code;
}

/**
 * REPORT_REGIONS: the report's own `regions`, beside the catalogue regions above them, are a
 * list {@link createRegionIndex} accepts — each level agrees with its code (a 6-digit code is
 * no 乡镇), each `parentCode` is an ancestor by code, present (in the list or the catalogue) and
 * the nearest one present, no code twice in any padding — and none contradicts the
 * `regionIndex` passed to {@link validateReport}: a code the catalogue holds keeps its name (or
 * an alias), its level and its parent. Without a catalogue, a parent outside the list is not
 * looked up. (A code repeated exactly as written is DUPLICATE_ID's.)
 *
 * @category report
 * @example
 * ```ts
 * const regions = [
 *   { code: "620700", name: "张掖市", level: "prefecture" },
 *   { code: "620721", name: "肃南裕固族自治县", level: "county", parentCode: "620700" },
 *   { code: "620722001", name: "洪水镇", level: "township", parentCode: "620721" },
 * ];
 * const report = { id: "r", title: "报告", regionCode: "620721", period: "2023", regions };
 * validateReport(report, { rules: [reportRegionsRule] }).diagnostics[0]?.message
 * //=> "行政区划“洪水镇”（620722001）：上级区划 620721 不是 620722001 按代码的上级"
 * ```
 */
export const reportRegionsRule: ReportRule = {
  code: "REPORT_REGIONS",
  description: {
    "zh-CN": "报告的行政区划列表符合区划索引的规则，且与区划目录一致",
    "zh-TW": "報告的行政區劃列表符合區劃索引的規則，且與區劃目錄一致",
    en: "the report's regions form a valid region index and agree with the region index given",
  },
  check(report, { locale, regionIndex }) {
    const regions = report.regions;
    if (regions === undefined) return [];
    const diagnostics: Diagnostic[] = [];
    // The list names the regions the catalogue lacks (streets, villages): with a catalogue, the
    // ancestors it holds stand beside the list, as an index of both would hold them.
    const rows: Region[] = [...regions];
    if (regionIndex !== undefined) {
      const present = new Set(regions.map((region) => canonical(region.code)));
      for (const region of regions) {
        for (const ancestor of regionIndex.ancestors(region.code)) {
          if (present.has(ancestor.code)) break;
          present.add(ancestor.code);
          rows.push(ancestor);
        }
      }
    }
    const result = safeCreateRegionIndex(rows, { locale });
    const name = (at: number) => {
      const region = regions[at];
      return describeRecord("region", region?.name, region?.code, locale);
    };
    if (!result.ok) {
      const firstOf = new Map<string, number>();
      regions.forEach((region, at) => {
        if (!firstOf.has(region.code)) firstOf.set(region.code, at);
      });
      for (const issue of result.issues) {
        const at = issue.path[1];
        if (typeof at !== "number" || at >= regions.length) continue;
        // Without a catalogue a parent outside the list cannot be looked up; NO_REGION_INDEX says so.
        if (issue.reason === "unknown_parent" && regionIndex === undefined) continue;
        if (issue.reason === "duplicate_code") {
          // The same code written the same way twice is already a DUPLICATE_ID.
          if (firstOf.get(regions[at]?.code ?? "") !== at) continue;
        }
        const params = { record: name(at), problem: issue.message };
        diagnostics.push(
          createDiagnostic("REPORT_REGIONS", "error", issue.path, listed, locale, params),
        );
      }
    }
    if (regionIndex === undefined) return diagnostics;
    regions.forEach((region, at) => {
      const known = regionIndex.get(region.code);
      if (known === undefined) return;
      const names = [known.name, ...(known.aliases ?? [])];
      const parent = canonical(region.parentCode);
      const knownParent = regionIndex.parent(known.code)?.code;
      const sameParent = parent === undefined || parent === knownParent;
      if (names.includes(region.name) && region.level === known.level && sameParent) return;
      const expected = {
        name: known.name,
        level: regionLevelLabels[known.level][locale],
        parent: knownParent ?? none[locale],
      };
      diagnostics.push(
        createDiagnostic("REPORT_REGIONS", "error", ["regions", at], clash, locale, {
          record: name(at),
          code: known.code,
          expected: formatMessage(catalogueEntry, locale, expected),
        }),
      );
    });
    return diagnostics;
  },
};
