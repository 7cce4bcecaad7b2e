import { isWithin } from "../../region/is-within";
import { describeRecord, formatPath } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import type { ReportRule } from "../report-rule";

const repeatedParty = {
  "zh-CN": "{record}的协议方“{party}”重复，与 {first} 是同一方",
  "zh-TW": "{record}的協議方“{party}”重複，與 {first} 是同一方",
  en: '{record} lists party "{party}" twice: it is the same as {first}',
};

const noLocalParty = {
  "zh-CN": "{record}的 {count} 个协议方都不在报告地区 {region} 内",
  "zh-TW": "{record}的 {count} 個協議方都不在報告地區 {region} 內",
  en: "none of the {count} parties of {record} is in the report's region {region}",
};

/**
 * AGREEMENT_PARTIES: an agreement's parties are distinct — no unit twice, no name twice in the
 * same region (an error) — and at least one of them lies in the report's own region, since a
 * report tells of agreements its region signed (a warning: an agreement it brokered between
 * others may still belong).
 *
 * @category report
 * @example
 * ```ts
 * const party = { name: "赛罕区委统战部", regionCode: "150105" };
 * const agreements = [{ id: "a1", title: "结对子协议", kind: "pairing", parties: [party, party], signedOn: "2023-04-26", signing: "online" }];
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", agreements };
 * validateReport(report, { rules: [agreementPartiesRule] }).diagnostics[0]?.message
 * //=> "协议“结对子协议”（a1）的协议方“赛罕区委统战部”重复，与 agreements[0].parties[0] 是同一方"
 * ```
 */
export const agreementPartiesRule: ReportRule = {
  code: "AGREEMENT_PARTIES",
  description: {
    "zh-CN": "协议各方互不相同，且至少一方在报告地区内",
    "zh-TW": "協議各方互不相同，且至少一方在報告地區內",
    en: "an agreement's parties are distinct and one of them is in the report's region",
  },
  check(report, { locale }) {
    const diagnostics: Diagnostic[] = [];
    for (const [index, agreement] of report.agreements.entries()) {
      const record = describeRecord("agreement", agreement.title, agreement.id, locale);
      const firstByKey = new Map<string, number>();
      for (const [position, party] of agreement.parties.entries()) {
        const keys = [`name\u0000${party.name}\u0000${party.regionCode}`];
        if (party.unitId !== undefined) keys.push(`unit\u0000${party.unitId}`);
        const first = keys.map((key) => firstByKey.get(key)).find((found) => found !== undefined);
        if (first !== undefined) {
          const path = ["agreements", index, "parties", position];
          diagnostics.push(
            createDiagnostic("AGREEMENT_PARTIES", "error", path, repeatedParty, locale, {
              record,
              party: party.name,
              first: formatPath(["agreements", index, "parties", first]),
            }),
          );
          continue;
        }
        for (const key of keys) firstByKey.set(key, position);
      }
      const local = agreement.parties.some((party) =>
        isWithin(party.regionCode, report.regionCode),
      );
      if (!local) {
        const path = ["agreements", index, "parties"];
        diagnostics.push(
          createDiagnostic("AGREEMENT_PARTIES", "warning", path, noLocalParty, locale, {
            record,
            count: agreement.parties.length,
            region: report.regionCode,
          }),
        );
      }
    }
    return diagnostics;
  },
};
