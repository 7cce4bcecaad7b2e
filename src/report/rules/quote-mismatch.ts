import { commonUnit } from "../../quantity/common-unit";
import { formatQuantity } from "../../quantity/format-quantity";
import type { Quantity } from "../../quantity/types";
import { extractQuantities } from "../../text/extract-quantities";
import { parseQuantity } from "../../text/parse-quantity";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import { quotesOf } from "../quotes-of";
import { describeOwner } from "../report-quantities";
import type { ReportRule } from "../report-rule";
import { quantityRoleLabels } from "../role-labels";

const readsOtherwise = {
  "zh-CN": "{record}的{field} {value} 与其原文“{quote}”不符：原文读作 {read}",
  "zh-TW": "{record}的{field} {value} 與其原文「{quote}」不符：原文讀作 {read}",
  en: '{record}: the {field} {value} does not match its quote "{quote}", which reads as {read}',
};

const readsNothing = {
  "zh-CN": "{record}的{field} {value} 的原文“{quote}”中读不出数值",
  "zh-TW": "{record}的{field} {value} 的原文「{quote}」中讀不出數值",
  en: '{record}: no figure can be read in the quote "{quote}" of the {field} {value}',
};

function closeTo(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function sameNumber(a: number, shiftA: number, b: number, shiftB: number): boolean {
  return closeTo(shiftA === 0 ? a : a * 10 ** shiftA, shiftB === 0 ? b : b * 10 ** shiftB);
}

/**
 * Whether a figure read from a quote is the figure given: the same qualifier, the same quantity
 * by the unit table (5万余名 is 50000 人; 3.5万元 is 35000 元; 99% is the fraction 0.99), the same
 * number, and for a range the same upper end. A figure given with a unit is not matched by a bare
 * number read.
 */
function reads(read: Quantity, given: Quantity): boolean {
  if (read.comparator !== given.comparator) return false;
  if (given.unit !== undefined && read.unit === undefined) return false;
  const common = commonUnit(read.unit, given.unit);
  if (common === undefined) return false;
  const { shiftA, shiftB } = common;
  if (!sameNumber(read.value, shiftA, given.value, shiftB)) return false;
  if (given.upper === undefined) return true;
  return read.upper !== undefined && sameNumber(read.upper, shiftA, given.upper, shiftB);
}

/**
 * The figures a quote reads as: the quote itself when it is one figure (百人, as a target is
 * written), and every figure the text reader finds in it.
 */
function readQuote(quote: string): Quantity[] {
  const read = extractQuantities(quote).map((found) => found.quantity);
  const whole = parseQuantity(quote);
  return whole === undefined || read.length > 0 ? read : [whole];
}

/**
 * QUOTE_MISMATCH: every quoted figure of a report reads as its quote — a carrier's count, a
 * target or actual, an activity's participants, viewers or page views, an observation's value,
 * numerator or denominator. The quote (`quote` on the figure) is read with
 * {@link extractQuantities} (simplified or traditional, 万/亿, 余/近/超 and the other qualifiers),
 * or with {@link parseQuantity} when it is a figure on its own (百人), and one figure in it must have the given value, qualifier and unit, units compared through the
 * unit table (名 and 位 count people as 人 does; 万元 is 10⁴ 元; a fraction matches the same
 * percentage). The diagnostic points at the quote: `brands[0].carriers[2].count.quote`.
 *
 * @category report
 * @example
 * ```ts
 * const observations = [{ indicatorId: "online_viewers", regionCode: "150105", period: "2023", value: { value: 50000, unit: "人", quote: "在线观看人数达5万余人" } }];
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", observations };
 * validateReport(report, { rules: [quoteMismatchRule] }).diagnostics[0]?.message
 * //=> "观测值（在线观看人数，地区 150105，2023）的数值 5万人 与其原文“在线观看人数达5万余人”不符：原文读作 5万余人"
 * ```
 */
export const quoteMismatchRule: ReportRule = {
  code: "QUOTE_MISMATCH",
  description: {
    "zh-CN": "每个带原文的数字，原文读出的数值、限定词和单位与所填一致",
    "zh-TW": "每個帶原文的數字，原文讀出的數值、限定詞和單位與所填一致",
    en: "every quoted figure reads as its quote: value, qualifier and unit",
  },
  check(report, { locale, indicators }) {
    const diagnostics: Diagnostic[] = [];
    for (const { quote, path, owner, figure } of quotesOf(report)) {
      if (figure === undefined) continue;
      const given = figure.quantity;
      const read = readQuote(quote);
      if (read.some((found) => reads(found, given))) continue;
      const params = {
        record: describeOwner(owner, locale, indicators),
        field: quantityRoleLabels[figure.role][locale],
        quote,
        value: formatQuantity(given, { locale }),
        read: read.map((q) => formatQuantity(q, { locale })).join(locale === "en" ? ", " : "、"),
      };
      const template = read.length === 0 ? readsNothing : readsOtherwise;
      diagnostics.push(createDiagnostic("QUOTE_MISMATCH", "error", path, template, locale, params));
    }
    return diagnostics;
  },
};
