import type { ReportRule } from "./report-rule";
import { agreementPartiesRule } from "./rules/agreement-parties";
import { duplicateIdRule } from "./rules/duplicate-id";
import { unknownReferenceRule } from "./rules/unknown-reference";
import { unknownRegionRule } from "./rules/unknown-region";

/**
 * The rules {@link validateReport} runs unless told otherwise, in the order it runs them.
 *
 * @category report
 * @example
 * ```ts
 * builtInReportRules.map((rule) => rule.code) //=> ["DUPLICATE_ID", "UNKNOWN_REFERENCE", "UNKNOWN_REGION", "AGREEMENT_PARTIES"]
 * ```
 */
export const builtInReportRules: readonly ReportRule[] = [
  duplicateIdRule,
  unknownReferenceRule,
  unknownRegionRule,
  agreementPartiesRule,
];
