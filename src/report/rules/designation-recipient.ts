import { labelOf } from "../../core/labels";
import { parseRegionCode } from "../../region/parse-region-code";
import { regionLevelLabels } from "../../region/region-level-labels";
import type { RegionLevel } from "../../region/types";
import {
  type DesignationKind,
  designationKindLabels,
  type RecipientType,
  recipientTypeLabels,
} from "../../schemas/labels/designation";
import { describeRecord } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import type { ReportRule } from "../report-rule";

// Who may receive each kind, after the 2020 全国民族团结进步示范区（单位）命名办法: 示范区 are
// regions of county level and above; 示范单位 are bodies — 机关、企业、学校、社区、乡镇（街道）、
// 村 … — so a street or a village given as a region is one too; 教育基地 are bodies. The State
// Council's 模范集体 goes to any collective, a region (市中区 获评…先进集体) or a unit; 模范个人
// to a person; a 示范家庭 to a family (household).
const aboveTownship: readonly RegionLevel[] = ["province", "prefecture", "county"];
const townshipOrBelow: readonly RegionLevel[] = ["township", "village"];
const anyLevel: readonly RegionLevel[] = [
  "province",
  "prefecture",
  "county",
  "township",
  "village",
];

interface Recipients {
  readonly types: readonly RecipientType[];
  /** The levels a region recipient may have, when a region may receive it. */
  readonly regionLevels?: readonly RegionLevel[];
}

const recipientsOf: { readonly [K in DesignationKind]: Recipients } = {
  demonstration_region: { types: ["region"], regionLevels: aboveTownship },
  demonstration_unit: { types: ["unit", "region"], regionLevels: townshipOrBelow },
  model_collective: { types: ["unit", "region"], regionLevels: anyLevel },
  model_individual: { types: ["person"] },
  education_base: { types: ["unit"] },
  demonstration_family: { types: ["family"] },
};

const wrongRecipient = {
  "zh-CN": "{record}是{kind}，授予对象应为{expected}，而非{type}",
  "zh-TW": "{record}是{kind}，授予對象應為{expected}，而非{type}",
  en: "{record} is a {kind}, which goes to a {expected}, not a {type}",
};

const wrongLevel = {
  "zh-CN": "{record}是{kind}，授予的地区应为{expected}，而 {code} 是{level}",
  "zh-TW": "{record}是{kind}，授予的地區應為{expected}，而 {code} 是{level}",
  en: "{record} is a {kind}, which goes to a region of level {expected}; {code} is a {level}",
};

const regionNotByCode = {
  "zh-CN": "{record}授予地区，对象编号应为该地区的区划代码 {code}，而非 {id}",
  "zh-TW": "{record}授予地區，對象編號應為該地區的區劃代碼 {code}，而非 {id}",
  en: "{record} goes to a region, whose recipient id must be its region code {code}, not {id}",
};

function canonical(code: string): string | undefined {
  const parsed = parseRegionCode(code);
  return parsed.ok ? parsed.value.code : undefined;
}

/**
 * DESIGNATION_RECIPIENT: a designation's kind fits who received it — a 示范区 is a region of
 * county level or above; a 示范单位 a unit, or a street or village (乡镇街道、村社区) given as a
 * region; a 教育基地 a unit; a 模范集体 a unit or a region; a 模范个人 a person; a 示范家庭 a
 * family — and a region
 * recipient is named by its region code: its `id`, when given, is the same code as its
 * `regionCode`.
 *
 * @category report
 * @example
 * ```ts
 * const designations = [{ id: "d1", title: "全国民族团结进步示范单位", kind: "demonstration_unit", level: "national", recipient: { type: "person", name: "张三", regionCode: "150105" } }];
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", designations };
 * validateReport(report, { rules: [designationRecipientRule] }).diagnostics[0]?.message
 * //=> "命名表彰“全国民族团结进步示范单位”（d1）是民族团结进步示范单位，授予对象应为单位/地区，而非个人"
 * ```
 */
export const designationRecipientRule: ReportRule = {
  code: "DESIGNATION_RECIPIENT",
  description: {
    "zh-CN": "命名表彰的类型与授予对象相符，地区对象以区划代码标识",
    "zh-TW": "命名表彰的類型與授予對象相符，地區對象以區劃代碼標識",
    en: "a designation's kind fits its recipient; a region recipient is named by its code",
  },
  check(report, { locale }) {
    const diagnostics: Diagnostic[] = [];
    report.designations.forEach((designation, index) => {
      const { recipient, kind } = designation;
      const record = describeRecord("designation", designation.title, designation.id, locale);
      const allowed = recipientsOf[kind];
      const kindLabel = labelOf(designationKindLabels, kind, locale);
      if (!allowed.types.includes(recipient.type)) {
        const path = ["designations", index, "recipient", "type"];
        const expected = allowed.types.map((type) => labelOf(recipientTypeLabels, type, locale));
        diagnostics.push(
          createDiagnostic("DESIGNATION_RECIPIENT", "error", path, wrongRecipient, locale, {
            record,
            kind: kindLabel,
            expected: expected.join("/"),
            type: labelOf(recipientTypeLabels, recipient.type, locale),
          }),
        );
      }
      if (recipient.type !== "region") return;
      const parsed = parseRegionCode(recipient.regionCode);
      const levels = allowed.regionLevels;
      if (parsed.ok && levels !== undefined && !levels.includes(parsed.value.level)) {
        const path = ["designations", index, "recipient", "regionCode"];
        diagnostics.push(
          createDiagnostic("DESIGNATION_RECIPIENT", "error", path, wrongLevel, locale, {
            record,
            kind: kindLabel,
            expected: levels.map((level) => labelOf(regionLevelLabels, level, locale)).join("/"),
            code: parsed.value.code,
            level: labelOf(regionLevelLabels, parsed.value.level, locale),
          }),
        );
      }
      if (recipient.id === undefined) return;
      const code = parsed.ok ? parsed.value.code : undefined;
      if (code !== undefined && canonical(recipient.id) === code) return;
      const path = ["designations", index, "recipient", "id"];
      diagnostics.push(
        createDiagnostic("DESIGNATION_RECIPIENT", "error", path, regionNotByCode, locale, {
          record,
          code: code ?? recipient.regionCode,
          id: recipient.id,
        }),
      );
    });
    return diagnostics;
  },
};
