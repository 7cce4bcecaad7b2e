import type { ExtractedQuantity } from "../../text/extract-quantities";

/** How far before a figure its label may start: the label reader's own reach. */
const LABEL_REACH = 40;

/**
 * Where a figure's quote starts in `text` (the input it was read from): at its label when the
 * label stands just before it, joined by nothing but qualifier words (知晓率达99%), else at the
 * figure. Reads at most `LABEL_REACH` characters back.
 *
 * @internal
 */
export function labelStart(text: string, figure: ExtractedQuantity): number {
  const { label } = figure;
  if (label === undefined) return figure.start;
  const from = Math.max(0, figure.start - LABEL_REACH);
  const at = text.slice(from, figure.start).lastIndexOf(label);
  if (at === -1) return figure.start;
  const between = text.slice(from + at + label.length, figure.start);
  return /[，。；、,;：:\n]/.test(between) ? figure.start : from + at;
}

/**
 * A figure's quote: its label and the figure, exactly as written.
 *
 * @internal
 */
export function figureQuote(text: string, figure: ExtractedQuantity): string {
  return text.slice(labelStart(text, figure), figure.end);
}
