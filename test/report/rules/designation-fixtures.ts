// Designations of the eleventh national batch (民委发〔2024〕18号, 16 January 2024, 命名有效期5年)
// and the reports that list them, for the designation lifecycle rules.
import type { Locale } from "../../../src/core/locale";
import type { ReportRule } from "../../../src/report/report-rule";
import { validateReport } from "../../../src/report/validate-report";

export const museum = {
  id: "museum",
  title: "全国民族团结进步示范单位",
  kind: "demonstration_unit",
  level: "national",
  recipient: { type: "unit", name: "中国人民抗日战争纪念馆", regionCode: "110106" },
  batch: 11,
  namedOn: "2024-01-16",
  year: 2024,
  termYears: 5,
  authority: "国家民委",
} as const;

export function reportOf(
  designations: readonly object[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { id: "r", title: "报告", regionCode: "110106", period: "2024", designations, ...extra };
}

/** The messages one rule gives a report, in zh-CN, zh-TW and en. */
export function messagesOf(rule: ReportRule, report: unknown): readonly (readonly string[])[] {
  return (["zh-CN", "zh-TW", "en"] as const satisfies readonly Locale[]).map((locale) =>
    validateReport(report, { rules: [rule], locale }).diagnostics.map((d) => d.message),
  );
}
