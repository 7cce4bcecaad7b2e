import { auditFigures } from "../audit-figures";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import { quotesOf } from "../quotes-of";
import type { ReportRule } from "../report-rule";

const unquoted = {
  "zh-CN": "原文第 {position} 字处的数字“{figure}”未被任何引文涵盖，可能漏录",
  "zh-TW": "原文第 {position} 字處的數字「{figure}」未被任何引文涵蓋，可能漏錄",
  en: 'the figure "{figure}" at character {position} of the source text is in no quote; it may have been missed',
};

/**
 * UNQUOTED_FIGURE (a warning): when a report carries its source text, every figure of the text
 * lies inside some quote of the report — the quote of any figure wherever it sits (a carrier's
 * count, a target, an activity's participants, an observation) or a component's statement — so
 * no figure the source gives was left out of the report. The text's
 * figures are those {@link extractQuantities} reads; {@link auditFigures} runs the same audit
 * on its own.
 *
 * @category report
 * @example
 * ```ts
 * const observations = [{ indicatorId: "awareness_rate", regionCode: "150105", period: "2023", value: { value: 99, unit: "%", quote: "知晓率达99%" } }];
 * const source = { title: "赛罕区", text: "知晓率达99%，参与群众近4000人。" };
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", source, observations };
 * validateReport(report, { rules: [unquotedFigureRule] }).diagnostics[0]?.message
 * //=> "原文第 13 字处的数字“近4000人”未被任何引文涵盖，可能漏录"
 * ```
 */
export const unquotedFigureRule: ReportRule = {
  code: "UNQUOTED_FIGURE",
  description: {
    "zh-CN": "报告带有原文时，原文中的每个数字都有引文涵盖",
    "zh-TW": "報告帶有原文時，原文中的每個數字都有引文涵蓋",
    en: "when the report carries its source text, every figure of it is quoted",
  },
  check(report, { locale }) {
    const text = report.source?.text;
    if (text === undefined) return [];
    // Only a figure's own quote covers a figure: a statement holds claims without numbers, so a
    // number written into one is still a figure nobody entered.
    const figureQuotes: string[] = [];
    for (const { quote, figure } of quotesOf(report)) {
      if (figure !== undefined) figureQuotes.push(quote);
    }
    const audit = auditFigures(text, figureQuotes);
    const diagnostics: Diagnostic[] = [];
    for (const figure of audit.unquotedFigures) {
      diagnostics.push(
        createDiagnostic("UNQUOTED_FIGURE", "warning", ["source", "text"], unquoted, locale, {
          figure: figure.text,
          position: figure.start + 1,
        }),
      );
    }
    return diagnostics;
  },
};
