import { describeObservation } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import { indicatorName } from "../figures";
import type { ReportRule } from "../report-rule";

const noBase = {
  "zh-CN": "{record}是增速，但未用 growthOf 说明是哪个指标的增速，无法与该指标的数值核对",
  "zh-TW": "{record}是增速，但未用 growthOf 說明是哪個指標的增速，無法與該指標的數值核對",
  en: "{record} is a growth rate but names no growthOf, so it cannot be checked against the figures it is the growth of",
};

/**
 * GROWTH_WITHOUT_BASE (a warning): an observation of a growth indicator names, in `growthOf`,
 * the indicator it is the growth of (增速 of 地区生产总值); without it GROWTH_MISMATCH has nothing
 * to compare it with.
 *
 * @category report
 * @example
 * ```ts
 * const observations = [{ indicatorId: "growth_rate", regionCode: "150105", period: "2023", value: { value: 6.7, unit: "%" } }];
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", observations };
 * validateReport(report, { rules: [growthWithoutBaseRule] }).diagnostics[0]?.path
 * //=> ["observations", 0, "growthOf"]
 * ```
 */
export const growthWithoutBaseRule: ReportRule = {
  code: "GROWTH_WITHOUT_BASE",
  description: {
    "zh-CN": "增速观测值须用 growthOf 说明是哪个指标的增速",
    "zh-TW": "增速觀測值須用 growthOf 說明是哪個指標的增速",
    en: "a growth observation names the indicator it is the growth of",
  },
  check(report, { locale, indicators }) {
    const diagnostics: Diagnostic[] = [];
    report.observations.forEach((observation, index) => {
      if (observation.growthOf !== undefined) return;
      if (indicators.get(observation.indicatorId)?.kind !== "growth") return;
      const name = indicatorName(indicators, observation.indicatorId, locale);
      const record = describeObservation(observation, locale, name);
      const path = ["observations", index, "growthOf"];
      diagnostics.push(
        createDiagnostic("GROWTH_WITHOUT_BASE", "warning", path, noBase, locale, { record }),
      );
    });
    return diagnostics;
  },
};
