import { normalizeText } from "../../text/normalize-text";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import { findQuotes } from "../find-quotes";
import { quotesOf } from "../quotes-of";
import { describeOwner } from "../report-quantities";
import type { ReportRule } from "../report-rule";

const notInSource = {
  "zh-CN": "{record}的原文“{quote}”不在报告来源的原文（source.text）中",
  "zh-TW": "{record}的原文「{quote}」不在報告來源的原文（source.text）中",
  en: '{record} quotes "{quote}", which is not in the source text (source.text)',
};

/**
 * QUOTE_NOT_IN_SOURCE: when a report carries the text it was read from (`source.text`), every
 * quote occurs in that text — the `quote` of every figure wherever it sits (carriers' counts,
 * targets, actuals, activities' figures, observations) and every statement of a campaign
 * component — compared after the normalisation the reader applies (`normalizeText`). A quote that
 * does not occur was not read from the source; the diagnostic points at it
 * (`campaigns[0].components[1].statements[0]`). See {@link auditFigures} to run the same check,
 * and the figure audit, on their own.
 *
 * @category report
 * @example
 * ```ts
 * const observations = [{ indicatorId: "awareness_rate", regionCode: "150105", period: "2023", value: { value: 99, unit: "%", quote: "知晓率达99%" } }];
 * const source = { title: "赛罕区", text: "群众知晓率达98%。" };
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", source, observations };
 * validateReport(report, { rules: [quoteNotInSourceRule] }).diagnostics[0]?.message
 * //=> "观测值（知晓率，地区 150105，2023）的原文“知晓率达99%”不在报告来源的原文（source.text）中"
 * ```
 */
export const quoteNotInSourceRule: ReportRule = {
  code: "QUOTE_NOT_IN_SOURCE",
  description: {
    "zh-CN": "报告带有原文时，每条引文都须出现在原文中",
    "zh-TW": "報告帶有原文時，每條引文都須出現在原文中",
    en: "when the report carries its source text, every quote occurs in it",
  },
  check(report, { locale, indicators }) {
    const text = report.source?.text;
    if (text === undefined) return [];
    const quotes = quotesOf(report);
    const { found } = findQuotes(
      normalizeText(text),
      quotes.map(({ quote }) => normalizeText(quote)),
    );
    const diagnostics: Diagnostic[] = [];
    quotes.forEach(({ quote, path, owner }, at) => {
      if (found[at] === true) return;
      diagnostics.push(
        createDiagnostic("QUOTE_NOT_IN_SOURCE", "error", path, notInSource, locale, {
          record: describeOwner(owner, locale, indicators),
          quote,
        }),
      );
    });
    return diagnostics;
  },
};
