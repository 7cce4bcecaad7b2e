import type { ReportRule } from "./report-rule";
import { agreementPartiesRule } from "./rules/agreement-parties";
import { childrenExceedParentRule } from "./rules/children-exceed-parent";
import { dateOutsidePeriodRule } from "./rules/date-outside-period";
import { designationDateRule } from "./rules/designation-date";
import { designationExpiryRule } from "./rules/designation-expiry";
import { designationPrerequisiteRule } from "./rules/designation-prerequisite";
import { designationRecipientRule } from "./rules/designation-recipient";
import { designationStatusRule } from "./rules/designation-status";
import { duplicateIdRule } from "./rules/duplicate-id";
import { growthMismatchRule } from "./rules/growth-mismatch";
import { growthWithoutBaseRule } from "./rules/growth-without-base";
import { invalidCountRule } from "./rules/invalid-count";
import { noRegionIndexRule } from "./rules/no-region-index";
import { percentOutOfRangeRule } from "./rules/percent-out-of-range";
import { publicationDateRule } from "./rules/publication-date";
import { quoteMismatchRule } from "./rules/quote-mismatch";
import { quoteNotInSourceRule } from "./rules/quote-not-in-source";
import { ratioExceedsWholeRule } from "./rules/ratio-exceeds-whole";
import { reportRegionsRule } from "./rules/report-regions";
import { unitMismatchRule } from "./rules/unit-mismatch";
import { unknownReferenceRule } from "./rules/unknown-reference";
import { unknownRegionRule } from "./rules/unknown-region";
import { unquotedFigureRule } from "./rules/unquoted-figure";

/**
 * The rules {@link validateReport} runs unless told otherwise, in the order it runs them.
 *
 * @category report
 * @example
 * ```ts
 * builtInReportRules.map((rule) => rule.code) //=> ["DUPLICATE_ID", "UNKNOWN_REFERENCE", "UNKNOWN_REGION", "REPORT_REGIONS", "NO_REGION_INDEX", "AGREEMENT_PARTIES", "DATE_OUTSIDE_PERIOD", "PUBLICATION_DATE", "DESIGNATION_RECIPIENT", "DESIGNATION_DATE", "DESIGNATION_EXPIRY", "DESIGNATION_STATUS", "DESIGNATION_PREREQUISITE", "UNIT_MISMATCH", "INVALID_COUNT", "RATIO_EXCEEDS_WHOLE", "PERCENT_OUT_OF_RANGE", "GROWTH_MISMATCH", "GROWTH_WITHOUT_BASE", "CHILDREN_EXCEED_PARENT", "QUOTE_MISMATCH", "QUOTE_NOT_IN_SOURCE", "UNQUOTED_FIGURE"]
 * ```
 */
export const builtInReportRules: readonly ReportRule[] = [
  duplicateIdRule,
  unknownReferenceRule,
  unknownRegionRule,
  reportRegionsRule,
  noRegionIndexRule,
  agreementPartiesRule,
  dateOutsidePeriodRule,
  publicationDateRule,
  designationRecipientRule,
  designationDateRule,
  designationExpiryRule,
  designationStatusRule,
  designationPrerequisiteRule,
  unitMismatchRule,
  invalidCountRule,
  ratioExceedsWholeRule,
  percentOutOfRangeRule,
  growthMismatchRule,
  growthWithoutBaseRule,
  childrenExceedParentRule,
  quoteMismatchRule,
  quoteNotInSourceRule,
  unquotedFigureRule,
];
