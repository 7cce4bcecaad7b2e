import { toDecimal } from "../../core/decimal";
import { measureWord } from "../../quantity/measure-word";
import { unitOf } from "../../quantity/unit-of";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import { describeOwner, quantitiesOf } from "../report-quantities";
import type { ReportRule } from "../report-rule";
import { quantityRoleLabels } from "../role-labels";

const negative = {
  "zh-CN": "{record}的{field}为 {value}{unit}，人数和个数不能为负",
  "zh-TW": "{record}的{field}為 {value}{unit}，人數和個數不能為負",
  en: "{record} gives its {field} as {value} {unit}; a count of people or things is never negative",
};

const fractional = {
  "zh-CN": "{record}的{field}为 {value}{unit}，人数和个数应为整数",
  "zh-TW": "{record}的{field}為 {value}{unit}，人數和個數應為整數",
  en: "{record} gives its {field} as {value} {unit}; a count of people or things is a whole number",
};

const counted = new Set(["people", "person_times", "count"]);

/** Whether `value` of a word standing for 10^exponent is a whole number of it: 2.5万人 is, 2.5人 not. */
function isWhole(value: number, exponent: number): boolean {
  // Most counts are integers of a word that is not scaled down; only the rest need the digits.
  if (exponent >= 0 && Number.isInteger(value)) return true;
  return toDecimal(value).exponent + exponent >= 0;
}

/**
 * INVALID_COUNT: a figure that counts people or things — its measure word is one of people
 * (人, 名, 位), of visits (人次) or of things (个, 处, 场次 …) in the unit table, or it is a
 * carrier's count, or it measures a count indicator — is a whole number and not negative:
 * −5处, a carrier count of −3 or 2.5人 cannot be. Both ends of a range are checked.
 *
 * @category report
 * @example
 * ```ts
 * const activities = [{ id: "a1", name: "云交流", date: "2023-04-26", regionCodes: ["150105"], modality: "online", participants: { value: 2.5, unit: "人" } }];
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", activities };
 * validateReport(report, { rules: [invalidCountRule] }).diagnostics[0]?.message
 * //=> "活动“云交流”（a1）的参与人数为 2.5人，人数和个数应为整数"
 * ```
 */
export const invalidCountRule: ReportRule = {
  code: "INVALID_COUNT",
  description: {
    "zh-CN": "人数和个数为非负整数",
    "zh-TW": "人數和個數為非負整數",
    en: "counts of people and things are whole and not negative",
  },
  check(report, { locale, indicators }) {
    const diagnostics: Diagnostic[] = [];
    for (const figure of quantitiesOf(report)) {
      const { quantity, role, indicatorId } = figure;
      const { unit } = quantity;
      const entry = unit === undefined ? undefined : unitOf(unit);
      const isCount =
        entry !== undefined
          ? counted.has(entry.kind)
          : role === "carrier_count" ||
            (indicatorId !== undefined && indicators.get(indicatorId)?.kind === "count");
      if (!isCount) continue;
      const ends =
        quantity.upper === undefined ? (["value"] as const) : (["value", "upper"] as const);
      for (const end of ends) {
        const value = quantity[end] as number;
        const whole = isWhole(value, entry?.exponent ?? 0);
        if (value >= 0 && whole) continue;
        const template = value < 0 ? negative : fractional;
        diagnostics.push(
          createDiagnostic("INVALID_COUNT", "error", [...figure.path, end], template, locale, {
            record: describeOwner(figure.owner, locale, indicators),
            field: quantityRoleLabels[role][locale],
            value,
            unit: unit === undefined ? "" : measureWord(unit, locale),
          }),
        );
      }
    }
    return diagnostics;
  },
};
