import { formatPercent } from "../../metric/format-percent";
import { growthRate } from "../../metric/growth-rate";
import { samePeriodLastYear } from "../../period/same-period-last-year";
import { commonUnit } from "../../quantity/common-unit";
import { formatQuantity } from "../../quantity/format-quantity";
import type { Quantity } from "../../quantity/types";
import type { Report } from "../../schemas/report";
import { describeObservation } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import { indicatorName, spanOf } from "../figures";
import type { ReportRule } from "../report-rule";

const mismatch = {
  "zh-CN":
    "{record}为 {reported}，但{base} {current}（{period}）与 {previous}（{previousPeriod}）算出的增速为 {computed}",
  "zh-TW":
    "{record}為 {reported}，但{base} {current}（{period}）與 {previous}（{previousPeriod}）算出的增速為 {computed}",
  en: "{record} is {reported}, but {base} of {current} ({period}) against {previous} ({previousPeriod}) gives {computed}",
};

// Growth computed from rounded figures is itself uncertain; any difference smaller than this
// is floating-point noise, not a mismatch.
const epsilon = 1e-9;

function key(indicatorId: string, regionCode: string, period: string): string {
  return `${indicatorId}\u0000${regionCode}\u0000${period}`;
}

function levelsOf(report: Report): Map<string, Quantity> {
  const levels = new Map<string, Quantity>();
  for (const observation of report.observations) {
    if (observation.value === undefined || observation.growthOf !== undefined) continue;
    levels.set(
      key(observation.indicatorId, observation.regionCode, observation.period),
      observation.value,
    );
  }
  return levels;
}

/**
 * GROWTH_MISMATCH: a growth rate (an observation of a `growth` indicator naming the indicator
 * it is the growth of in `growthOf`) agrees with that indicator's values for the same period
 * and the same period last year, when the report gives both. Each figure stands for every
 * number that rounds to it as written (6.7% is 6.65%–6.75%, 363.1亿 is 363.05亿–363.15亿), and
 * qualified figures for their bounds; only a rate outside every possible result is an error.
 *
 * @category report
 * @example
 * ```ts
 * const gdp = (period: string, value: number) => ({ indicatorId: "gross_domestic_product", regionCode: "150102", period, value: { value, unit: "元" } });
 * const growth = { indicatorId: "growth_rate", growthOf: "gross_domestic_product", regionCode: "150102", period: "2023-H1", value: { value: 8.7, unit: "%" } };
 * const observations = [gdp("2023-H1", 36310000000), gdp("2022-H1", 34030000000), growth];
 * const report = { id: "r", title: "报告", regionCode: "150102", period: "2023", observations };
 * validateReport(report, { rules: [growthMismatchRule] }).diagnostics[0]?.message
 * //=> "观测值（增速，地区 150102，2023-H1）为 8.7%，但地区生产总值 363.1亿元（2023-H1）与 340.3亿元（2022-H1）算出的增速为 6.7%"
 * ```
 */
export const growthMismatchRule: ReportRule = {
  code: "GROWTH_MISMATCH",
  description: {
    "zh-CN": "增速与报告中本期、上年同期的数值相符（按所写数字的精度）",
    "zh-TW": "增速與報告中本期、上年同期的數值相符（按所寫數字的精度）",
    en: "growth rates agree with this period's and last year's values, within the precision written",
  },
  check(report, { locale, indicators }) {
    const diagnostics: Diagnostic[] = [];
    // The levels are read only when a report has a growth rate to check against them.
    let levels: Map<string, Quantity> | undefined;
    for (const [index, observation] of report.observations.entries()) {
      const { value: reported, growthOf } = observation;
      if (reported === undefined || growthOf === undefined) continue;
      levels ??= levelsOf(report);
      if (indicators.get(observation.indicatorId)?.kind !== "growth") continue;
      if (reported.unit !== undefined && reported.unit !== "%") continue;
      const scale = reported.unit === "%" ? 100 : 1;
      const lastYear = samePeriodLastYear(observation.period);
      if (!lastYear.ok) continue;
      const current = levels.get(key(growthOf, observation.regionCode, observation.period));
      const previous = levels.get(key(growthOf, observation.regionCode, lastYear.value));
      if (current === undefined || previous === undefined) continue;
      // Two scales of one unit (363.1亿元 against 3403000万元) meet on one; different quantities
      // are UNIT_MISMATCH's to report, not a growth to compute.
      const common = commonUnit(current.unit, previous.unit);
      if (common === undefined) continue;
      const [c, p, r] = [spanOf(current), spanOf(previous), spanOf(reported)];
      if (c === undefined || p === undefined || r === undefined || p.low <= 0) continue;
      const shift = 10 ** (common.shiftA - common.shiftB);
      const impliedLow = (c.low * shift) / p.high - 1;
      const impliedHigh = (c.high * shift) / p.low - 1;
      if (impliedLow <= r.high / scale + epsilon && impliedHigh >= r.low / scale - epsilon) {
        continue;
      }
      const computed = growthRate(current, previous, { locale });
      if (!computed.ok) continue;
      const name = indicatorName(indicators, observation.indicatorId, locale);
      diagnostics.push(
        createDiagnostic(
          "GROWTH_MISMATCH",
          "error",
          ["observations", index, "value"],
          mismatch,
          locale,
          {
            record: describeObservation(observation, locale, name),
            // A rate written as a fraction (0.087) reads as the percentage it is (8.7%), not as a
            // number rounded to two places.
            reported: formatQuantity(
              reported.unit === undefined
                ? { ...reported, value: reported.value * 100, unit: "%" }
                : reported,
              { locale },
            ),
            base: indicatorName(indicators, growthOf, locale),
            current: formatQuantity(current, { locale }),
            period: observation.period,
            previous: formatQuantity(previous, { locale }),
            previousPeriod: lastYear.value,
            computed: formatPercent(computed.value),
          },
        ),
      );
    }
    return diagnostics;
  },
};
