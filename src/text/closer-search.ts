/**
 * Quotation marks and title brackets: where each closes, and whether what it holds is read.
 *
 * The rule, decided on real articles (test/corpus): a title 《…》 or 〈…〉 names a document and is
 * never read. A quotation “…” ‘…’ 「…」 『…』 is read like the text around it when it is a
 * statement — quoted speech (“我们社区一共有6个少数民族族别,共96名少数民族居民。”), which holds a
 * sentence mark (。！？；) or runs longer than a name does — or a formula joined by `+`
 * (“4个主题周+10项专项活动”). A short quotation without either is a name, slogan or set phrase
 * (“五个认同”, “三个离不开”, “56个民族一家亲”, “2345”) and is skipped whole. Inside a read
 * quotation the usual rules still hold, so its titles and one-character numerals stay words.
 *
 * @internal
 */

/** Names, slogans and set phrases are at most this long; a longer quotation is a statement. */
const MAX_NAME = 20;

/** Quotations and titles longer than this (or broken by a line) are taken as unclosed. */
const MAX_QUOTED = 120;

/** Opening bracket → closing bracket, and whether the pair holds a title. */
const PAIRS: readonly (readonly [number, number, boolean])[] = [
  [0x300a, 0x300b, true], // 《 》
  [0x3008, 0x3009, true], // 〈 〉
  [0x201c, 0x201d, false], // “ ”
  [0x2018, 0x2019, false], // ‘ ’
  [0x300c, 0x300d, false], // 「 」
  [0x300e, 0x300f, false], // 『 』
];

/** The UTF-16 codes of every opening bracket. */
export const OPENERS: readonly number[] = /* @__PURE__ */ PAIRS.map(([open]) => open);

/** Marks that end a sentence or clause: a quotation holding one is quoted speech. */
function isSentenceMark(code: number): boolean {
  switch (code) {
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0xff1b: // ；
    case 0x21: // !
    case 0x3f: // ?
    case 0x3b: // ;
      return true;
    default:
      return false;
  }
}

function isFormulaMark(code: number): boolean {
  return code === 0x2b || code === 0xff0b; // + ＋
}

const FOUND = 0;
const LINE = 1;
const LIMIT = 2;

/**
 * Finds closing brackets in amortized constant time per opener: what one scan learned (no
 * closer between `from` and `to`) is reused by the next opener of the same kind inside that
 * range, so no character is scanned twice for the same closer. Whether a quotation is a
 * statement looks at most {@link MAX_NAME} characters: anything longer is one.
 */
export class CloserSearch {
  private readonly from = new Int32Array(PAIRS.length).fill(-1);
  private readonly to = new Int32Array(PAIRS.length);
  private readonly outcome = new Uint8Array(PAIRS.length);

  constructor(private readonly text: string) {}

  /**
   * Where reading resumes after the opener at `open`: past the closer for a title or a name,
   * just inside for a statement, just after the opener when it never closes.
   */
  skip(open: number): number {
    const slot = slotOf(this.text.charCodeAt(open));
    if (slot === -1) return open + 1;
    const pair = PAIRS[slot] as readonly [number, number, boolean];
    const close = this.find(open, slot, pair[1]);
    if (close === -1) return open + 1;
    if (!pair[2] && this.isStatement(open + 1, close)) return open + 1;
    return close + 1;
  }

  /** Whether the quotation between `start` and `end` is a statement (bounded: a name is short). */
  private isStatement(start: number, end: number): boolean {
    if (end - start > MAX_NAME) return true;
    for (let index = start; index < end; index++) {
      const code = this.text.charCodeAt(index);
      if (isSentenceMark(code) || isFormulaMark(code)) return true;
    }
    return false;
  }

  private find(open: number, slot: number, closer: number): number {
    const limit = Math.min(this.text.length, open + 1 + MAX_QUOTED);
    let from = open + 1;
    const previousFrom = this.from[slot] ?? -1;
    const previousTo = this.to[slot] ?? 0;
    if (previousFrom !== -1 && previousFrom <= from && from <= previousTo) {
      const outcome = this.outcome[slot];
      if (outcome === FOUND) return previousTo < limit ? previousTo : -1;
      if (outcome === LINE) return -1;
      from = previousTo;
    }
    for (let index = from; index < limit; index++) {
      const code = this.text.charCodeAt(index);
      if (code === closer || code === 10 || code === 13) {
        this.remember(slot, open + 1, index, code === closer ? FOUND : LINE);
        return code === closer ? index : -1;
      }
    }
    this.remember(slot, open + 1, limit, LIMIT);
    return -1;
  }

  private remember(slot: number, from: number, to: number, outcome: number): void {
    this.from[slot] = from;
    this.to[slot] = to;
    this.outcome[slot] = outcome;
  }
}

function slotOf(code: number): number {
  for (let slot = 0; slot < PAIRS.length; slot++) {
    if ((PAIRS[slot] as readonly [number, number, boolean])[0] === code) return slot;
  }
  return -1;
}
