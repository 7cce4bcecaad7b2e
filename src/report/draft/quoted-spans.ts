/** Opening marks and the mark that closes each (GB/T 15834-2011 标点符号用法: “”, 「」, 『』, ‘’). */
const CLOSERS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ["“", "”"],
  ["「", "」"],
  ["『", "』"],
  ["‘", "’"],
]);
/** A quoted name is at most this long: a mark left open costs a bounded read, never the rest of the text. */
const LONGEST_QUOTED = 80;

/**
 * Words in quotation marks: `start` at the opening mark, `end` just past the closing one, and the
 * words between (`inner`).
 *
 * @internal
 */
export interface QuotedSpan {
  readonly start: number;
  readonly end: number;
  readonly inner: string;
}

/**
 * Every outermost quoted span of `text`, in text order (a quotation inside another is part of the
 * outer one's words: “讲好…昆区‘牢记嘱托…’…展演”). A mark with no closing one within reach is
 * passed over. Linear: each mark reads at most `LONGEST_QUOTED` characters.
 *
 * @internal
 */
export function quotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let at = 0;
  while (at < text.length) {
    const closer = CLOSERS.get(text.charAt(at));
    if (closer === undefined) {
      at++;
      continue;
    }
    const opener = text.charAt(at);
    let depth = 1;
    let end = -1;
    const limit = Math.min(text.length, at + LONGEST_QUOTED);
    for (let i = at + 1; i < limit; i++) {
      const char = text.charAt(i);
      if (char === "\n") break;
      if (char === opener && opener !== closer) depth++;
      else if (char === closer && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    if (end === -1 || end - at < 3) {
      at++;
      continue;
    }
    spans.push({ start: at, end, inner: text.slice(at + 1, end - 1) });
    at = end;
  }
  return spans;
}

/**
 * The index of the last span that ends at or before `index` (-1 when none), by binary search.
 *
 * @internal
 */
export function lastSpanBefore(spans: readonly QuotedSpan[], index: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((spans[middle]?.end ?? 0) <= index) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
