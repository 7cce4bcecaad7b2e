import type { ReportRule } from "./report-rule";
import { duplicateIdRule } from "./rules/duplicate-id";
import { unknownReferenceRule } from "./rules/unknown-reference";

/**
 * The rules {@link validateReport} runs unless told otherwise, in the order it runs them.
 *
 * @category report
 * @example
 * ```ts
 * builtInReportRules.map((rule) => rule.code) //=> ["DUPLICATE_ID", "UNKNOWN_REFERENCE"]
 * ```
 */
export const builtInReportRules: readonly ReportRule[] = [duplicateIdRule, unknownReferenceRule];
