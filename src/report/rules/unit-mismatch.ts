import type { LocalizedText } from "../../core/labels";
import type { Locale } from "../../core/locale";
import { commonUnit } from "../../quantity/common-unit";
import type { Quantity } from "../../quantity/types";
import { unitOf } from "../../quantity/unit-of";
import type { MeasureKind } from "../../quantity/units";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import { indicatorName } from "../figures";
import { describeOwner, type QuantityRole, quantitiesOf } from "../report-quantities";
import type { ReportRule } from "../report-rule";
import { quantityRoleLabels } from "../role-labels";

// What each figure of a record counts, by the unit table's kinds: participants and viewers are
// people (人, 名, 位, 万人 — or the 人次 reports also give them in); page views are visits; a
// carrier's count is a count of things (个, 处, 家 …).
const kindsOf: Partial<Record<QuantityRole, readonly MeasureKind[]>> = {
  participants: ["people", "person_times"],
  viewers: ["people", "person_times"],
  page_views: ["person_times", "count"],
  carrier_count: ["count"],
};

const expectedWords: Partial<Record<QuantityRole, LocalizedText>> = {
  participants: {
    "zh-CN": "计人的单位（人、名、位）或人次",
    "zh-TW": "計人的單位（人、名、位）或人次",
    en: "a unit of people (人, 名, 位) or 人次",
  },
  page_views: { "zh-CN": "人次或次", "zh-TW": "人次或次", en: "人次 or 次" },
  carrier_count: {
    "zh-CN": "计数的量词（个、处、家等）",
    "zh-TW": "計數的量詞（個、處、家等）",
    en: "a measure word of a count (个, 处, 家 …)",
  },
};

const wrongKind = {
  "zh-CN": "{record}的{field}单位为“{unit}”，应为{expected}",
  "zh-TW": "{record}的{field}單位為“{unit}”，應為{expected}",
  en: '{record} gives its {field} in "{unit}"; expected {expected}',
};

const notIndicatorUnit = {
  "zh-CN": "{record}的{field}单位“{unit}”与指标“{indicator}”的单位“{expected}”不是同一种量",
  "zh-TW": "{record}的{field}單位“{unit}”與指標“{indicator}”的單位“{expected}”不是同一種量",
  en: '{record} gives its {field} in "{unit}", not a unit of indicator {indicator} ("{expected}")',
};

const notPairUnit = {
  "zh-CN": "{record}的{field}单位“{unit}”与{other}单位“{expected}”不是同一种量",
  "zh-TW": "{record}的{field}單位“{unit}”與{other}單位“{expected}”不是同一種量",
  en: '{record} gives its {field} in "{unit}" and its {other} in "{expected}", which are different quantities',
};

/**
 * Whether two measure words are both classifiers of things (百期媒体报道 against 一百余篇): a
 * source may count one target's things in two words, so an actual in another classifier than
 * its target is worth a look, not proof of wrong data.
 */
function bothCountThings(a: string | undefined, b: string | undefined): boolean {
  return (
    a !== undefined && b !== undefined && unitOf(a).kind === "count" && unitOf(b).kind === "count"
  );
}

const noUnit = { "zh-CN": "（无单位）", "zh-TW": "（無單位）", en: "(no unit)" };

function unitText(unit: string | undefined, locale: Locale): string {
  return unit ?? noUnit[locale];
}

/**
 * UNIT_MISMATCH: the units of a report's figures agree, as the unit table says which measure
 * words are the same quantity (人/名/位; 场/场次; 元/万元/亿元; % and fractions) and which never
 * are (人 and 人次, 个 and 处). An observation and a target are in their indicator's unit; a
 * denominator in its numerator's and an actual in its target's; an activity's participants and
 * online viewers count people (or 人次), its page views visits; a carrier's count counts things.
 * A figure without a unit takes its indicator's. An actual in another classifier of things than
 * its target (篇 against 期) is a warning: the source may count the same things in two words.
 *
 * @category report
 * @example
 * ```ts
 * const activities = [{ id: "a1", name: "云交流", date: "2023-04-26", regionCodes: ["150105"], modality: "online", participants: { value: 4000, unit: "元" } }];
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", activities };
 * validateReport(report, { rules: [unitMismatchRule] }).diagnostics[0]?.message
 * //=> "活动“云交流”（a1）的参与人数单位为“元”，应为计人的单位（人、名、位）或人次"
 * ```
 */
export const unitMismatchRule: ReportRule = {
  code: "UNIT_MISMATCH",
  description: {
    "zh-CN": "数值的单位与指标、目标、分子相符，人数计人，阵地数量计个数",
    "zh-TW": "數值的單位與指標、目標、分子相符，人數計人，陣地數量計個數",
    en: "figures are in their indicator's, target's or numerator's unit; people count people",
  },
  check(report, { locale, indicators }) {
    const diagnostics: Diagnostic[] = [];
    const push = (
      path: readonly (string | number)[],
      template: LocalizedText,
      params: Record<string, string>,
      severity: "error" | "warning" = "error",
    ) => {
      diagnostics.push(
        createDiagnostic("UNIT_MISMATCH", severity, [...path, "unit"], template, locale, params),
      );
    };
    // The figure each pair is checked against: a numerator for its denominator, a target for its actual.
    let partner: Quantity | undefined;
    for (const figure of quantitiesOf(report)) {
      const { quantity, role } = figure;
      const field = quantityRoleLabels[role][locale];
      const unit = quantity.unit;
      const kinds = kindsOf[role];
      if (kinds !== undefined) {
        if (unit !== undefined && !kinds.includes(unitOf(unit).kind)) {
          const expected = (expectedWords[role] ?? expectedWords.participants) as LocalizedText;
          push(figure.path, wrongKind, {
            record: describeOwner(figure.owner, locale, indicators),
            field,
            unit,
            expected: expected[locale],
          });
        }
        continue;
      }
      if ((role === "denominator" || role === "actual") && partner !== undefined) {
        if (commonUnit(partner.unit, unit) === undefined) {
          const other = quantityRoleLabels[role === "actual" ? "target" : "numerator"][locale];
          const expected = unitText(partner.unit, locale);
          const params = {
            record: describeOwner(figure.owner, locale, indicators),
            field,
            unit: unitText(unit, locale),
            other,
            expected,
          };
          push(
            figure.path,
            notPairUnit,
            params,
            bothCountThings(partner.unit, unit) ? "warning" : "error",
          );
        }
        continue;
      }
      partner = role === "numerator" || role === "target" ? quantity : undefined;
      if (role === "numerator") continue;
      const indicator =
        figure.indicatorId === undefined ? undefined : indicators.get(figure.indicatorId);
      if (indicator?.unit === undefined || unit === undefined) continue;
      if (unit === indicator.unit || commonUnit(unit, indicator.unit) !== undefined) continue;
      push(figure.path, notIndicatorUnit, {
        record: describeOwner(figure.owner, locale, indicators),
        field,
        unit,
        indicator: indicatorName(indicators, indicator.id, locale),
        expected: indicator.unit,
      });
    }
    return diagnostics;
  },
};
