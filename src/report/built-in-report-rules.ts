import type { ReportRule } from "./report-rule";
import { agreementPartiesRule } from "./rules/agreement-parties";
import { childrenExceedParentRule } from "./rules/children-exceed-parent";
import { dateOutsidePeriodRule } from "./rules/date-outside-period";
import { duplicateIdRule } from "./rules/duplicate-id";
import { growthMismatchRule } from "./rules/growth-mismatch";
import { percentOutOfRangeRule } from "./rules/percent-out-of-range";
import { quoteMismatchRule } from "./rules/quote-mismatch";
import { ratioExceedsWholeRule } from "./rules/ratio-exceeds-whole";
import { unknownReferenceRule } from "./rules/unknown-reference";
import { unknownRegionRule } from "./rules/unknown-region";

/**
 * The rules {@link validateReport} runs unless told otherwise, in the order it runs them.
 *
 * @category report
 * @example
 * ```ts
 * builtInReportRules.map((rule) => rule.code) //=> ["DUPLICATE_ID", "UNKNOWN_REFERENCE", "UNKNOWN_REGION", "AGREEMENT_PARTIES", "DATE_OUTSIDE_PERIOD", "RATIO_EXCEEDS_WHOLE", "PERCENT_OUT_OF_RANGE", "GROWTH_MISMATCH", "CHILDREN_EXCEED_PARENT", "QUOTE_MISMATCH"]
 * ```
 */
export const builtInReportRules: readonly ReportRule[] = [
  duplicateIdRule,
  unknownReferenceRule,
  unknownRegionRule,
  agreementPartiesRule,
  dateOutsidePeriodRule,
  ratioExceedsWholeRule,
  percentOutOfRangeRule,
  growthMismatchRule,
  childrenExceedParentRule,
  quoteMismatchRule,
];
