/**
 * Normalization with an offset map, so that figures found in the normalized text can be reported
 * at their place in the text the caller gave.
 *
 * @internal
 */

/** Normalized text and, for each of its UTF-16 indexes (and its end), the index in the input. */
export interface NormalizedText {
  readonly text: string;
  /**
   * `offsets[i]` is where normalized index `i` came from; `offsets[text.length]` is the input end.
   * Absent when nothing changed: every index is its own.
   */
  readonly offsets: Int32Array | undefined;
}

/** Whether normalization could change the character at `index` (cheap pre-check). */
function mayChange(code: number): boolean {
  return (code >= 0xff01 && code <= 0xff5e) || code === 0x28;
}

/** Whether a UTF-16 unit is a CJK unified ideograph (basic block or extension A). */
export function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

function isDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * A pinyin syllable as glossing sources write it: an optional initial, one to four vowels
 * (toned or not) and an optional -n, -ng or -r. Bounded: applied to at most 7 characters.
 */
const PINYIN_SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,4}(?:ng|n|r)?$/;

/**
 * The length of a pinyin gloss `(jié)` or `（jié）` starting at `index` (the opening bracket), or 0.
 * The caller checks that a CJK character comes right before it.
 */
export function pinyinGlossLength(text: string, index: number): number {
  const open = text.charCodeAt(index);
  if (open !== 0x28 && open !== 0xff08) return 0;
  const close = open === 0x28 ? 0x29 : 0xff09;
  const limit = Math.min(text.length, index + 9);
  for (let end = index + 1; end < limit; end++) {
    if (text.charCodeAt(end) !== close) continue;
    const inner = text.slice(index + 1, end);
    return inner.length > 0 && PINYIN_SYLLABLE.test(inner) ? end - index + 1 : 0;
  }
  return 0;
}

/**
 * Rewrites full-width digits, letters and `％` to ASCII, `．` `：` `－` `／` between digits to
 * their ASCII forms, and drops pinyin glosses after CJK characters. Everything else (Chinese
 * punctuation such as `，` between words, `、`, `。`) is kept as written.
 */
export function normalizeWithOffsets(input: string): NormalizedText {
  const length = input.length;
  let first = 0;
  while (first < length && !mayChange(input.charCodeAt(first))) first++;
  if (first === length) return { text: input, offsets: undefined };
  const offsets = new Int32Array(length + 1);
  let out = "";
  let chunkStart = 0;
  let written = 0;
  let index = 0;
  // Copy unchanged stretches in one slice; only rewritten characters are appended one by one.
  const flush = (upTo: number) => {
    if (upTo > chunkStart) {
      out += input.slice(chunkStart, upTo);
      for (let k = chunkStart; k < upTo; k++) offsets[written++] = k;
    }
  };
  while (index < length) {
    const code = input.charCodeAt(index);
    let replacement: string | undefined;
    let consumed = 1;
    if (code >= 0xff01 && code <= 0xff5e) {
      if (
        (code >= 0xff10 && code <= 0xff19) ||
        (code >= 0xff21 && code <= 0xff3a) ||
        (code >= 0xff41 && code <= 0xff5a) ||
        code === 0xff05
      ) {
        replacement = String.fromCharCode(code - 0xfee0);
      } else if (
        (code === 0xff0e || code === 0xff1a || code === 0xff0d || code === 0xff0f) &&
        index > 0 &&
        isDigitCode(input.charCodeAt(index - 1)) &&
        isDigitCode(input.charCodeAt(index + 1))
      ) {
        replacement = String.fromCharCode(code - 0xfee0);
      } else if (code === 0xff08 && index > 0 && isIdeograph(input.charCodeAt(index - 1))) {
        const gloss = pinyinGlossLength(input, index);
        if (gloss > 0) {
          replacement = "";
          consumed = gloss;
        }
      }
    } else if (code === 0x28 && index > 0 && isIdeograph(input.charCodeAt(index - 1))) {
      const gloss = pinyinGlossLength(input, index);
      if (gloss > 0) {
        replacement = "";
        consumed = gloss;
      }
    }
    if (replacement !== undefined) {
      flush(index);
      if (replacement !== "") {
        out += replacement;
        offsets[written++] = index;
      }
      index += consumed;
      chunkStart = index;
    } else {
      index++;
    }
  }
  flush(length);
  offsets[written] = length;
  return { text: out, offsets: offsets.subarray(0, written + 1) };
}
