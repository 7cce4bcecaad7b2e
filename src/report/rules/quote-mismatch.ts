import { formatQuantity } from "../../quantity/format-quantity";
import type { Quantity } from "../../quantity/types";
import { extractQuantities } from "../../text/extract-quantities";
import { describeObservation } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import { indicatorName } from "../figures";
import type { ReportRule } from "../report-rule";

const readsOtherwise = {
  "zh-CN": "{record}的原文“{quote}”读作 {read}，与所填的 {value} 不符",
  "zh-TW": "{record}的原文“{quote}”讀作 {read}，與所填的 {value} 不符",
  en: '{record} quotes "{quote}", which reads as {read}, not the {value} given',
};

const readsNothing = {
  "zh-CN": "{record}的原文“{quote}”中读不出数值，所填的是 {value}",
  "zh-TW": "{record}的原文“{quote}”中讀不出數值，所填的是 {value}",
  en: '{record} quotes "{quote}", in which no figure can be read; {value} is given',
};

// Measure words that count the same thing: 5万余名群众 is a count of people (人).
const sameUnit: Readonly<Record<string, string>> = { 名: "人", 位: "人" };

function unitKey(unit: string | undefined): string | undefined {
  return unit === undefined ? undefined : (sameUnit[unit] ?? unit);
}

function closeTo(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether a figure read from the quote is the figure given, qualifier and unit included. */
function reads(read: Quantity, given: Quantity): boolean {
  if (read.comparator !== given.comparator) return false;
  if (given.unit === undefined && read.unit === "%") return closeTo(read.value, given.value * 100);
  if (given.unit !== undefined && unitKey(read.unit) !== unitKey(given.unit)) return false;
  return closeTo(read.value, given.value);
}

/**
 * QUOTE_MISMATCH: an observation's `source.quote` reads as its figure. The quote is read with
 * {@link extractQuantities} (simplified or traditional, 万/亿, 余/近/超 and the other
 * qualifiers) and one figure in it must have the observation's value, qualifier and unit
 * (名 and 位 count people, as 人 does; a fraction matches the same percentage). For an
 * observation given as a numerator over a denominator, one of the two must be read.
 *
 * @category report
 * @example
 * ```ts
 * const observations = [{ indicatorId: "online_viewers", regionCode: "150105", period: "2023", value: { value: 50000, unit: "人" }, source: { quote: "在线观看人数达5万余人" } }];
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", observations };
 * validateReport(report, { rules: [quoteMismatchRule] }).diagnostics[0]?.message
 * //=> "观测值（在线观看人数，地区 150105，2023）的原文“在线观看人数达5万余人”读作 5万余人，与所填的 5万人 不符"
 * ```
 */
export const quoteMismatchRule: ReportRule = {
  code: "QUOTE_MISMATCH",
  description: {
    "zh-CN": "观测值的原文读出的数值、限定词和单位与所填一致",
    "zh-TW": "觀測值的原文讀出的數值、限定詞和單位與所填一致",
    en: "an observation's quote reads as its figure: value, qualifier and unit",
  },
  check(report, { locale, indicators }) {
    const diagnostics: Diagnostic[] = [];
    for (const [index, observation] of report.observations.entries()) {
      const quote = observation.source?.quote;
      if (quote === undefined) continue;
      const given = [observation.value, observation.numerator, observation.denominator].filter(
        (q): q is Quantity => q !== undefined,
      );
      const first = given[0];
      if (first === undefined) continue;
      const read = extractQuantities(quote).map((figure) => figure.quantity);
      if (read.some((figure) => given.some((q) => reads(figure, q)))) continue;
      const name = indicatorName(indicators, observation.indicatorId, locale);
      const params = {
        record: describeObservation(observation, locale, name),
        quote,
        value: given.map((q) => formatQuantity(q, { locale })).join(" / "),
        read: read.map((q) => formatQuantity(q, { locale })).join(locale === "en" ? ", " : "、"),
      };
      const path = ["observations", index, "source", "quote"];
      const template = read.length === 0 ? readsNothing : readsOtherwise;
      diagnostics.push(createDiagnostic("QUOTE_MISMATCH", "error", path, template, locale, params));
    }
    return diagnostics;
  },
};
