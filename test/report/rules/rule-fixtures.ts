// Small valid records of 赛罕区 (150105) and a report of 2023 to put them in, for tests that
// give a rule one record at a time and read every field of what it finds.
import type { Diagnostic } from "../../../src/report/diagnostic";
import type { ReportRule } from "../../../src/report/report-rule";
import { validateReport } from "../../../src/report/validate-report";
import type { ValidateReportOptions } from "../../../src/report/validate-report-options";

/** A report of 赛罕区 for 2023 with the records (or other fields) given. */
export function reportWith(
  fields: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  return { id: "r", title: "报告", regionCode: "150105", period: "2023", ...fields };
}

/** What the rules find in a report: each diagnostic's code, severity, path and message. */
export function diagnosticsOf(
  rules: readonly ReportRule[],
  report: unknown,
  options: Omit<ValidateReportOptions, "rules"> = {},
): (readonly [Diagnostic["code"], Diagnostic["severity"], Diagnostic["path"], string])[] {
  return validateReport(report, { ...options, rules }).diagnostics.map(
    (d) => [d.code, d.severity, d.path, d.message] as const,
  );
}

/** An online activity held on 2023-04-26, with the fields given. */
export function activityWith(fields: Readonly<Record<string, unknown>> = {}) {
  return {
    id: "a1",
    name: "云交流",
    date: "2023-04-26",
    regionCodes: ["150105"],
    modality: "online",
    ...fields,
  };
}

/** A co-construction agreement of two parties, unsigned unless the fields say so. */
export function agreementWith(fields: Readonly<Record<string, unknown>> = {}) {
  return {
    id: "g1",
    title: "共建协议",
    kind: "co_construction",
    parties: [
      { name: "甲", regionCode: "150105" },
      { name: "乙", regionCode: "150102" },
    ],
    commitments: [],
    ...fields,
  };
}

/** A county campaign, 五项行动, of the components given. */
export function campaignOf(
  components: readonly object[],
  fields: Readonly<Record<string, unknown>> = {},
) {
  return {
    id: "c1",
    name: "五项行动",
    kind: "action",
    issuer: { level: "county" },
    components,
    ...fields,
  };
}

/** An observation of 赛罕区 for 2023 of the indicator and figure given. */
export function observationOf(
  indicatorId: string,
  value: object,
  fields: Readonly<Record<string, unknown>> = {},
) {
  return { indicatorId, regionCode: "150105", period: "2023", value, ...fields };
}
