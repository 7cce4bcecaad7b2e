import type { LocalizedText } from "../core/labels";
import type { Locale } from "../core/locale";
import type { Indicator } from "../metric/types";
import type { RegionIndex } from "../region/types";
import type { Report } from "../schemas/report";
import type { Diagnostic } from "./diagnostic";
import type { LeftOutRecord } from "./read-report";

/**
 * What a rule may consult besides the report: the locale to word messages in, the indicators
 * the report's observations may refer to, and the regions known outside the report.
 *
 * @category report
 */
export interface ReportRuleContext {
  /** The language of the messages. */
  readonly locale: Locale;
  /**
   * Every indicator an observation or target may name, by id: the known catalogue (the
   * standard indicators unless told otherwise) with the report's own definitions over it.
   */
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** The region catalogue passed to `validateReport`, if any. */
  readonly regionIndex?: RegionIndex;
  /**
   * The records left out because they failed their schema. A rule that finds a reference to one
   * of them says it could not check it, rather than calling it unknown.
   */
  readonly leftOut?: readonly LeftOutRecord[];
  /** The day of validation, `YYYY-MM-DD`; a date after it has not happened yet. */
  readonly today?: string;
}

/**
 * A cross-record check run on a report that passed its schema: a stable `code`, a
 * description, and a `check` that returns the diagnostics it finds (none when the report
 * keeps the rule).
 *
 * @category report
 * @example
 * ```ts
 * const titled: ReportRule = {
 *   code: "TITLE_NAMES_REGION",
 *   description: { "zh-CN": "标题须含地区名", "zh-TW": "標題須含地區名", en: "the title names the region" },
 *   check: (report) =>
 *     report.title.includes("区")
 *       ? []
 *       : [{ code: "TITLE_NAMES_REGION", severity: "warning", path: ["title"], message: "标题未含地区名" }],
 * };
 * const report = { id: "r", title: "年度工作报告", regionCode: "150100", period: "2023" };
 * validateReport(report, { rules: [titled] }).diagnostics.map((d) => d.code) //=> ["TITLE_NAMES_REGION"]
 * ```
 */
export interface ReportRule {
  /** The code every diagnostic of this rule carries, such as `DUPLICATE_ID`. */
  readonly code: string;
  /** What the rule checks, for people choosing rules. */
  readonly description: LocalizedText;
  /** Finds the places where `report` breaks the rule. */
  readonly check: (report: Report, context: ReportRuleContext) => readonly Diagnostic[];
}
