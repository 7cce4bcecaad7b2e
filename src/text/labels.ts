/**
 * The label of a figure: the metric word just before it (知晓率, 增速, 地区生产总值), read from
 * the run of CJK characters that ends where the figure (or its connector) begins.
 *
 * @internal
 */

import { CONNECTORS, LABEL_OPENERS, LEADING_WORDS, METRIC_TERMS, NOT_LABELS } from "./label-words";
import { isIdeograph } from "./normalize";
import { exactWordBefore } from "./qualifiers";
import { indexWords, lazy, wordAt, wordBefore } from "./word-index";

/** Label rules look back at most this far. */
const MAX_LABEL = 24;

function words(list: string): (readonly [string, true])[] {
  return list.split(" ").map((word) => [word, true] as const);
}

const metricsByLast = /* @__PURE__ */ lazy(() => indexWords(words(METRIC_TERMS), "last"));
const openersByLast = /* @__PURE__ */ lazy(() => indexWords(words(LABEL_OPENERS), "last"));
const connectorsByLast = /* @__PURE__ */ lazy(() => indexWords(words(CONNECTORS), "last"));
const connectorsByFirst = /* @__PURE__ */ lazy(() => indexWords(words(CONNECTORS), "first"));
const leadingByFirst = /* @__PURE__ */ lazy(() => indexWords(words(LEADING_WORDS), "first"));
const notLabels = /* @__PURE__ */ lazy(() => new Set(NOT_LABELS.split(" ")));

/**
 * The label of the figure starting at `figureStart`, looking back no further than `floor` (the
 * end of the figure before it), or `undefined`.
 *
 * The run stops at punctuation, digits and quotation marks. Connectors between it and the figure
 * (达, 共有, 为 …) are dropped; a metric term at its end wins (中心城区绿化率 → 绿化率); otherwise
 * the label is what follows the rightmost opener (的, 等, 开展, 发放 …), without leading period
 * words or connectors (2023年上半年, 共有).
 */
export function labelBefore(text: string, figureStart: number, floor: number): string | undefined {
  // Connectors and exact-statement words may stand in a row (均为, 都是, 达到了): drop them all.
  let end = figureStart;
  for (let dropped = 1; dropped > 0 && end > floor; end -= dropped) {
    dropped = exactWordBefore(text, end) || (wordBefore(connectorsByLast(), text, end)?.[0] ?? 0);
  }
  // A short bracketed part ends the label whole: 市(地、州、盟)24个.
  const words = bracketBefore(text, end, floor);
  let start = words;
  while (start > floor && words - start < MAX_LABEL && isIdeograph(text.charCodeAt(start - 1))) {
    start--;
  }
  if (start === words) return undefined;
  const metric = wordBefore(metricsByLast(), text, words);
  if (metric !== undefined && words - metric[0] >= start) {
    return text.slice(words - metric[0], end);
  }
  let from = start;
  for (let position = words; position > start; position--) {
    const opener = wordBefore(openersByLast(), text, position);
    if (opener !== undefined && position - opener[0] >= start) {
      from = position;
      break;
    }
  }
  for (let changed = true; changed && from < end; ) {
    const connector = wordAt(connectorsByFirst(), text, from)?.[0];
    const leading =
      wordAt(leadingByFirst(), text, from)?.[0] ??
      (connector !== undefined && connector > 1 ? connector : undefined);
    changed = leading !== undefined && from + leading <= words;
    if (changed) from += leading as number;
  }
  if (from >= words) return undefined;
  const label = text.slice(from, end);
  return notLabels().has(label) ? undefined : label;
}

/** Brackets a label may end with (市(地、州、盟)24个): at most this long. */
const MAX_BRACKET = 12;

/** The start of a short bracketed part ending at `end` (`(地、州、盟)`), or `end` when none. */
function bracketBefore(text: string, end: number, floor: number): number {
  const close = text.charCodeAt(end - 1);
  if (close !== 0x29 && close !== 0xff09) return end;
  const open = close === 0x29 ? 0x28 : 0xff08;
  for (let at = end - 2; at >= floor && end - at <= MAX_BRACKET; at--) {
    const code = text.charCodeAt(at);
    if (code === open) return at > floor && isIdeograph(text.charCodeAt(at - 1)) ? at : end;
    if (code === close || code === 10) return end;
  }
  return end;
}
