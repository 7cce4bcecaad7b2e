import { parseRegionCode } from "../../region/parse-region-code";
import type { Designation } from "../../schemas/designation";
import type { DesignationKind } from "../../schemas/labels/designation";
import { describeRecord } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import type { ReportRule } from "../report-rule";

// 示范区 and 示范单位 are one title system: a province names 省级民族团结进步示范区示范单位, and a
// region or unit so named may apply for the national one (2020 命名办法, article 4).
const demonstration: readonly DesignationKind[] = ["demonstration_region", "demonstration_unit"];

const missing = {
  "zh-CN":
    "{record}是全国{kind}，须先被命名为省级民族团结进步示范区示范单位，但报告中没有“{name}”的省级称号",
  "zh-TW":
    "{record}是全國{kind}，須先被命名為省級民族團結進步示範區示範單位，但報告中沒有「{name}」的省級稱號",
  en: "{record} is a national {kind}, which requires the provincial title first, but the report shows no provincial title for {name}",
};

const later = {
  "zh-CN":
    "{record}是全国称号（{national}），而“{name}”的省级称号“{provincial}”（{provincialWhen}）在其之后",
  "zh-TW":
    "{record}是全國稱號（{national}），而「{name}」的省級稱號「{provincial}」（{provincialWhen}）在其之後",
  en: '{record} is a national title ({national}), but the provincial title "{provincial}" of {name} came after it ({provincialWhen})',
};

const kindWords = {
  demonstration_region: { "zh-CN": "示范区", "zh-TW": "示範區", en: "demonstration region" },
  demonstration_unit: { "zh-CN": "示范单位", "zh-TW": "示範單位", en: "demonstration unit" },
};

function canonical(code: string): string {
  const parsed = parseRegionCode(code);
  return parsed.ok ? parsed.value.code : code;
}

/** Whether two designations went to the same recipient: the same id, else the same name and region. */
function sameRecipient(a: Designation["recipient"], b: Designation["recipient"]): boolean {
  if (a.type !== b.type) return false;
  if (a.id !== undefined && b.id !== undefined) return a.id === b.id;
  return a.name === b.name && canonical(a.regionCode) === canonical(b.regionCode);
}

/** When a designation was named, as precisely as the record says: a date, or a year. */
function namedWhen(d: Designation): string | undefined {
  return d.namedOn ?? (d.year === undefined ? undefined : String(d.year));
}

/**
 * DESIGNATION_PREREQUISITE: a national 示范区 or 示范单位 in a report goes to a recipient that the
 * same report shows with the provincial title it requires. A region or unit applies for
 * 全国民族团结进步示范区示范单位 only once named 省级民族团结进步示范区示范单位 (the 2020
 * 《全国民族团结进步示范区示范单位命名办法》, article 4; the province examines and recommends
 * it under the 2023 and 2025 《全国民族团结进步示范区示范单位创建命名管理办法》). So the rule
 * warns when the report has no provincial demonstration title for that recipient (matched by
 * recipient id, else by name and region code), or has one named after the national one (by
 * `namedOn`, else `year`). A warning, not an error: an article may leave the provincial title
 * unsaid, and units of central bodies (国家移民管理局, 中国国家铁路集团 …) are recommended by those
 * bodies, not by a province.
 *
 * @category report
 * @example
 * ```ts
 * const recipient = { type: "unit", name: "市府东路街道阿1#社区", regionCode: "150203010001" };
 * const designations = [{ id: "d1", title: "全国民族团结进步示范单位", kind: "demonstration_unit", level: "national", recipient }];
 * const report = { id: "r", title: "报告", regionCode: "150203", period: "2024", designations };
 * validateReport(report, { rules: [designationPrerequisiteRule] }).diagnostics[0]?.message
 * //=> "命名表彰“全国民族团结进步示范单位”（d1）是全国示范单位，须先被命名为省级民族团结进步示范区示范单位，但报告中没有“市府东路街道阿1#社区”的省级称号"
 * ```
 */
export const designationPrerequisiteRule: ReportRule = {
  code: "DESIGNATION_PREREQUISITE",
  description: {
    "zh-CN": "全国示范区示范单位的授予对象在报告中先有省级示范区示范单位称号",
    "zh-TW": "全國示範區示範單位的授予對象在報告中先有省級示範區示範單位稱號",
    en: "a national demonstration title goes to a recipient the report shows with the provincial title first",
  },
  check(report, { locale }) {
    const diagnostics: Diagnostic[] = [];
    const provincial = report.designations.filter(
      (d) => d.level === "provincial" && demonstration.includes(d.kind),
    );
    report.designations.forEach((designation, index) => {
      const { kind, level, recipient } = designation;
      if (
        level !== "national" ||
        (kind !== "demonstration_region" && kind !== "demonstration_unit")
      ) {
        return;
      }
      const record = describeRecord("designation", designation.title, designation.id, locale);
      const path = ["designations", index];
      const prior = provincial.filter((d) => sameRecipient(d.recipient, recipient));
      if (prior.length === 0) {
        diagnostics.push(
          createDiagnostic("DESIGNATION_PREREQUISITE", "warning", path, missing, locale, {
            record,
            kind: kindWords[kind][locale],
            name: recipient.name,
          }),
        );
        return;
      }
      const national = namedWhen(designation);
      if (national === undefined) return;
      // Compared at the precision both give: a year against a date compares years.
      const dated = prior.map((d) => ({ d, when: namedWhen(d) }));
      const before = dated.some(
        ({ when }) =>
          when === undefined || when.slice(0, national.length) <= national.slice(0, when.length),
      );
      const first = dated[0];
      if (before || first === undefined || first.when === undefined) return;
      diagnostics.push(
        createDiagnostic("DESIGNATION_PREREQUISITE", "warning", path, later, locale, {
          record,
          national,
          name: recipient.name,
          provincial: first.d.title,
          provincialWhen: first.when,
        }),
      );
    });
    return diagnostics;
  },
};
