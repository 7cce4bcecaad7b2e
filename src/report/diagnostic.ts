import type * as z from "zod";
import type { LocalizedText } from "../core/labels";
import { formatMessage } from "../core/labels";
import type { Locale } from "../core/locale";

/**
 * The code of a built-in check: `SCHEMA` for a field the schema rejects, and one code per
 * cross-record rule.
 *
 * @category report
 */
export type DiagnosticCode =
  | "SCHEMA"
  | "DUPLICATE_ID"
  | "UNKNOWN_REFERENCE"
  | "UNKNOWN_REGION"
  | "AGREEMENT_PARTIES"
  | "DATE_OUTSIDE_PERIOD"
  | "RATIO_EXCEEDS_WHOLE"
  | "PERCENT_OUT_OF_RANGE"
  | "GROWTH_MISMATCH"
  | "CHILDREN_EXCEED_PARENT"
  | "QUOTE_MISMATCH"
  | "NOT_CHECKED"
  | "REPORT_REGIONS"
  | "NO_REGION_INDEX"
  | "PUBLICATION_DATE"
  | "DESIGNATION_RECIPIENT"
  | "DESIGNATION_DATE"
  | "DESIGNATION_EXPIRY"
  | "DESIGNATION_STATUS"
  | "DESIGNATION_PREREQUISITE"
  | "GROWTH_WITHOUT_BASE"
  | "QUOTE_NOT_IN_SOURCE"
  | "UNQUOTED_FIGURE"
  | "UNIT_MISMATCH"
  | "INVALID_COUNT";

/**
 * How serious a diagnostic is: an `error` makes the report invalid, a `warning` does not.
 *
 * @category report
 */
export type DiagnosticSeverity = "error" | "warning";

/**
 * One problem found in a report: what (`code`), how serious, where (`path` from the report's
 * root, such as `["activities", 3, "date"]`) and a readable `message` naming the record.
 *
 * @category report
 */
export interface Diagnostic {
  /** A built-in {@link DiagnosticCode}, or the code of an app's own rule. */
  readonly code: DiagnosticCode | (string & NonNullable<unknown>);
  readonly severity: DiagnosticSeverity;
  /** Keys and indexes from the report's root to the offending value. */
  readonly path: readonly (string | number)[];
  /** A sentence in the requested locale, naming the record and the numbers involved. */
  readonly message: string;
  /**
   * The zod issue a `SCHEMA` diagnostic was made from, its path from the report's root; present
   * only when `validateReport` is asked for it with `zodIssues: true`.
   */
  readonly issue?: z.core.$ZodIssue;
}

/**
 * Builds a diagnostic whose message is a localized template filled with `params`.
 *
 * @internal
 */
export function createDiagnostic(
  code: Diagnostic["code"],
  severity: DiagnosticSeverity,
  path: readonly (string | number)[],
  template: LocalizedText,
  locale: Locale,
  params: Readonly<Record<string, string | number>> = {},
): Diagnostic {
  return { code, severity, path, message: formatMessage(template, locale, params) };
}
