import { formatQuantity } from "../../quantity/format-quantity";
import { describeObservation } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import { certainlyGreater, indicatorName } from "../figures";
import type { ReportRule } from "../report-rule";

const exceeds = {
  "zh-CN": "{record}的分子 {numerator} 大于分母 {denominator}：部分不能多于整体",
  "zh-TW": "{record}的分子 {numerator} 大於分母 {denominator}：部分不能多於整體",
  en: "{record} has a numerator of {numerator}, more than its denominator of {denominator}: a part cannot exceed the whole",
};

/**
 * RATIO_EXCEEDS_WHOLE: an observation given as a numerator over a denominator (covered over
 * total, aware over surveyed) has a numerator no greater than its denominator. Qualifiers are
 * respected: only a numerator whose least value exceeds the denominator's greatest is an error
 * (5万余人 over 5万人 is; 近5万人 over 5万人 is not).
 *
 * @category report
 * @example
 * ```ts
 * const observations = [{ indicatorId: "coverage_rate", regionCode: "150105", period: "2023", numerator: { value: 120, unit: "个" }, denominator: { value: 100, unit: "个" } }];
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", observations };
 * validateReport(report, { rules: [ratioExceedsWholeRule] }).diagnostics[0]?.message
 * //=> "观测值（覆盖率，地区 150105，2023）的分子 120个 大于分母 100个：部分不能多于整体"
 * ```
 */
export const ratioExceedsWholeRule: ReportRule = {
  code: "RATIO_EXCEEDS_WHOLE",
  description: {
    "zh-CN": "以分子、分母给出的观测值，分子不大于分母",
    "zh-TW": "以分子、分母給出的觀測值，分子不大於分母",
    en: "an observation's numerator does not exceed its denominator",
  },
  check(report, { locale, indicators }) {
    const diagnostics: Diagnostic[] = [];
    for (const [index, observation] of report.observations.entries()) {
      const { numerator, denominator } = observation;
      if (numerator === undefined || denominator === undefined) continue;
      if (!certainlyGreater(numerator, denominator)) continue;
      const name = indicatorName(indicators, observation.indicatorId, locale);
      const path = ["observations", index, "numerator"];
      diagnostics.push(
        createDiagnostic("RATIO_EXCEEDS_WHOLE", "error", path, exceeds, locale, {
          record: describeObservation(observation, locale, name),
          numerator: formatQuantity(numerator, { locale }),
          denominator: formatQuantity(denominator, { locale }),
        }),
      );
    }
    return diagnostics;
  },
};
