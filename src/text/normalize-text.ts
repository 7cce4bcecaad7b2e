import { normalizeWithOffsets } from "./normalize";

/**
 * Normalizes report text for reading figures (文本规范化): full-width digits, Latin letters and
 * `％` become ASCII (`１２３` → `123`, `９９％` → `99%`), `．` `：` `－` `／` become ASCII only
 * between two digits (`４．３` → `4.3`, `１１：５０` → `11:50`), and pinyin glosses that some sources
 * insert after characters are dropped (`團結(jié)` → `團結`, `區(qū)` → `區`).
 *
 * A gloss is a parenthesised lowercase pinyin syllable (tone marks allowed) right after a CJK
 * character; real parenthesised text such as `(站、所)`, `(村)` or `(扩大)` is kept. Chinese
 * punctuation (`，` `、` `。` `“”`) is kept as written: turning `，` into `,` would merge a list
 * such as `3，4个` into a thousands-separated number. Characters are not converted between
 * simplified and traditional; that is `toSimplified` from `shiliu/script`.
 *
 * @param text - Any text.
 * @returns The normalized text; runs in time linear in the length of `text`.
 * @category text
 * @example
 * ```ts
 * normalizeText("民族團結(jié)進步，知曉率達９９％") //=> "民族團結進步，知曉率達99%"
 * ```
 */
export function normalizeText(text: string): string {
  return normalizeWithOffsets(text).text;
}
