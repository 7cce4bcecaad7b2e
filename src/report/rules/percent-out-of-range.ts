import type { Indicator } from "../../metric/types";
import { boundsOf } from "../../quantity/bounds-of";
import { formatQuantity } from "../../quantity/format-quantity";
import type { Quantity } from "../../quantity/types";
import { describeObservation, describeRecord } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import { indicatorName } from "../figures";
import type { ReportRule } from "../report-rule";

const outOfRange = {
  "zh-CN": "{record}的{indicator} {value} 超出可能的范围 {range}",
  "zh-TW": "{record}的{indicator} {value} 超出可能的範圍 {range}",
  en: "{record} gives {indicator} as {value}, outside the possible range {range}",
};

interface Range {
  readonly min: number;
  readonly max: number;
  readonly text: string;
}

// A share, coverage or awareness rate lies between none and all; a growth rate may exceed
// 100% but cannot fall below −100% (a figure cannot lose more than all of itself).
function rangeFor(indicator: Indicator | undefined, unit: string | undefined): Range | undefined {
  if (indicator === undefined || (unit !== undefined && unit !== "%")) return undefined;
  const scale = unit === "%" ? 100 : 1;
  const suffix = unit === "%" ? "%" : "";
  if (indicator.kind === "ratio") {
    return { min: 0, max: scale, text: `0–${scale}${suffix}` };
  }
  if (indicator.kind === "growth") {
    return { min: -scale, max: Number.POSITIVE_INFINITY, text: `≥ −${scale}${suffix}` };
  }
  return undefined;
}

function certainlyOutside(q: Quantity, range: Range): boolean {
  const { lower, upper } = boundsOf(q);
  if (
    lower !== undefined &&
    (lower.value > range.max || (lower.value === range.max && !lower.inclusive))
  ) {
    return true;
  }
  return (
    upper !== undefined &&
    (upper.value < range.min || (upper.value === range.min && !upper.inclusive))
  );
}

/**
 * PERCENT_OUT_OF_RANGE: a rate (share, coverage, awareness, support …: an indicator of kind
 * `ratio`) lies between 0 and 100% (0 and 1 when written as a fraction), and a growth rate is
 * not below −100%; growth may exceed 100%. Applies to observations and to campaign targets
 * measured by an indicator. Qualifiers are respected: 近100% is fine, 超过100% is not.
 *
 * @category report
 * @example
 * ```ts
 * const observations = [{ indicatorId: "awareness_rate", regionCode: "150105", period: "2023", value: { value: 109, unit: "%" } }];
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", observations };
 * validateReport(report, { rules: [percentOutOfRangeRule] }).diagnostics[0]?.message
 * //=> "观测值（知晓率，地区 150105，2023）的知晓率 109% 超出可能的范围 0–100%"
 * ```
 */
export const percentOutOfRangeRule: ReportRule = {
  code: "PERCENT_OUT_OF_RANGE",
  description: {
    "zh-CN": "比率在 0 到 100% 之间，增速不低于 −100%",
    "zh-TW": "比率在 0 到 100% 之間，增速不低於 −100%",
    en: "rates lie between 0 and 100%; growth rates are not below −100%",
  },
  check(report, { locale, indicators }) {
    const diagnostics: Diagnostic[] = [];
    const check = (
      record: string,
      indicatorId: string,
      q: Quantity,
      path: readonly (string | number)[],
    ) => {
      const range = rangeFor(indicators.get(indicatorId), q.unit);
      if (range === undefined || !certainlyOutside(q, range)) return;
      diagnostics.push(
        createDiagnostic("PERCENT_OUT_OF_RANGE", "error", path, outOfRange, locale, {
          record,
          indicator: indicatorName(indicators, indicatorId, locale),
          value: formatQuantity(q, { locale }),
          range: range.text,
        }),
      );
    };
    for (const [index, observation] of report.observations.entries()) {
      if (observation.value === undefined) continue;
      const name = indicatorName(indicators, observation.indicatorId, locale);
      const record = describeObservation(observation, locale, name);
      check(record, observation.indicatorId, observation.value, ["observations", index, "value"]);
    }
    for (const [index, campaign] of report.campaigns.entries()) {
      const record = describeRecord("campaign", campaign.name, campaign.id, locale);
      for (const [c, component] of campaign.components.entries()) {
        for (const [t, target] of component.targets.entries()) {
          if (target.indicatorId === undefined) continue;
          const path = ["campaigns", index, "components", c, "targets", t];
          check(record, target.indicatorId, target.target, [...path, "target"]);
          if (target.actual !== undefined) {
            check(record, target.indicatorId, target.actual, [...path, "actual"]);
          }
        }
      }
    }
    return diagnostics;
  },
};
