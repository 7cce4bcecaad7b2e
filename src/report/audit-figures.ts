import { ShiliuError } from "../core/shiliu-error";
import { type ExtractedQuantity, extractQuantities } from "../text/extract-quantities";
import { normalizeWithOffsets } from "../text/normalize";
import { findQuotes } from "./find-quotes";

const notText = "auditFigures: text 应为字符串 (text must be a string)";
const notQuotes = "auditFigures: quotes 应为字符串列表 (quotes must be a list of strings)";

/**
 * What {@link auditFigures} found: the quotes that do not occur in the text, and the figures of
 * the text that no quote covers.
 *
 * @category report
 */
export interface FigureAudit {
  /** The indexes (in `quotes`) of the quotes that occur nowhere in the text. */
  readonly missingQuotes: readonly number[];
  /** The figures of the text, as {@link extractQuantities} reads them, inside no quote. */
  readonly unquotedFigures: readonly ExtractedQuantity[];
}

/**
 * Audits the quotes of a report against its source text (引文核对): which quotes do not occur in
 * the text, and which figures of the text no quote covers. Text and quotes are compared after
 * the normalisation the reader applies (`normalizeText`: full-width digits, pinyin glosses), so
 * a quote of `知晓率达99%` is found in `知晓率达９９％`. A figure is covered when it lies wholly
 * inside an occurrence of some quote. Positions are those of `text` as given.
 *
 * To audit a whole report — the quote of every figure wherever it sits, and every component
 * statement — run `validateReport` with `quoteNotInSourceRule` and `unquotedFigureRule` on a
 * report that carries `source.text`; they read the same audit.
 *
 * Linear in the length of the text plus the quotes, however many quotes there are.
 *
 * @param text - The source text, such as `report.source.text`.
 * @param quotes - The quotes, such as the `quote` of every figure of a report.
 * @returns The missing quotes and the unquoted figures, in text order.
 * @throws {@link ShiliuError} `INVALID_ARGUMENT` when `text` is not a string or `quotes` not a
 *   list of strings.
 * @category report
 * @example
 * ```ts
 * const audit = auditFigures("知晓率达９９％，参与人数近4000人。", ["知晓率达99%", "参与率达80%"]);
 * audit.missingQuotes //=> [1]
 * audit.unquotedFigures.map((figure) => figure.text) //=> ["近4000人"]
 * ```
 */
export function auditFigures(text: string, quotes: readonly string[]): FigureAudit {
  if (typeof text !== "string") {
    throw new ShiliuError("INVALID_ARGUMENT", [{ path: ["text"], message: notText }]);
  }
  if (!Array.isArray(quotes) || !quotes.every((quote) => typeof quote === "string")) {
    throw new ShiliuError("INVALID_ARGUMENT", [{ path: ["quotes"], message: notQuotes }]);
  }
  const { text: normalized, offsets } = normalizeWithOffsets(text);
  const { found, spans } = findQuotes(
    normalized,
    quotes.map((quote) => normalizeWithOffsets(quote).text),
  );
  const missingQuotes: number[] = [];
  found.forEach((isFound, index) => {
    if (!isFound) missingQuotes.push(index);
  });
  // reach[p]: the furthest end of a quote occurrence starting at or before p, in text positions.
  const reach = new Int32Array(text.length + 1).fill(-1);
  for (const [start, end] of spans) {
    if (end === start) continue;
    const from = offsets === undefined ? start : (offsets[start] ?? 0);
    const to = offsets === undefined ? end : (offsets[end - 1] ?? 0) + 1;
    if (to > (reach[from] ?? -1)) reach[from] = to;
  }
  for (let p = 1; p < reach.length; p++) {
    if ((reach[p - 1] ?? -1) > (reach[p] ?? -1)) reach[p] = reach[p - 1] ?? -1;
  }
  const unquotedFigures = extractQuantities(text).filter(
    (figure) => (reach[figure.start] ?? -1) < figure.end,
  );
  return { missingQuotes, unquotedFigures };
}
