import type { ReportRule } from "../../report/report-rule";
import { createRetiredRegionCodeRule } from "../../report/rules/retired-region-code";
import { cnRegionHistory } from "./cn-region-history";

/**
 * RETIRED_REGION_CODE for the national code history {@link cnRegionHistory}: a warning for every
 * record that names a code which had left use by its date, naming the codes that took its area.
 * Add it to the rules of `validateReport`; a report dated before a change validates as it is.
 *
 * @category region
 * @example
 * ```ts
 * const report = { id: "r", title: "报告", regionCode: "632321", period: "2021", publishedOn: "2021-03-01" };
 * const result = validateReport(report, { rules: [...builtInReportRules, retiredRegionCodeRule] });
 * result.diagnostics.filter((d) => d.code === "RETIRED_REGION_CODE").map((d) => [d.severity, d.path])
 * //=> [["warning", ["regionCode"]]]
 * ```
 */
export const retiredRegionCodeRule: ReportRule =
  /* @__PURE__ */ createRetiredRegionCodeRule(cnRegionHistory);
