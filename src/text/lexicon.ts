/**
 * The words around a figure: measure words and units, qualifiers, date and time suffixes.
 *
 * @internal
 */
import { comparatorBounds } from "../quantity/comparators";
import type { Comparator } from "../quantity/types";

/** Written measure word or unit (simplified or traditional) → its simplified form. */
const UNIT_ENTRIES: readonly (readonly [string, string])[] = [
  ["人次", "人次"],
  ["人", "人"],
  ["名", "名"],
  ["位", "位"],
  ["个百分点", "个百分点"],
  ["個百分點", "个百分点"],
  ["个", "个"],
  ["個", "个"],
  ["家", "家"],
  ["场次", "场次"],
  ["場次", "场次"],
  ["场", "场"],
  ["場", "场"],
  ["户次", "户次"],
  ["戶次", "户次"],
  ["次", "次"],
  ["篇", "篇"],
  ["项", "项"],
  ["項", "项"],
  ["处", "处"],
  ["處", "处"],
  ["期", "期"],
  ["户", "户"],
  ["戶", "户"],
  ["条", "条"],
  ["條", "条"],
  ["支", "支"],
  ["所", "所"],
  ["元", "元"],
  ["件", "件"],
  ["批", "批"],
  ["座", "座"],
  ["部", "部"],
  ["册", "册"],
  ["冊", "册"],
  ["本", "本"],
  ["套", "套"],
  ["台", "台"],
  ["辆", "辆"],
  ["輛", "辆"],
  ["间", "间"],
  ["間", "间"],
  ["栋", "栋"],
  ["棟", "栋"],
  ["大类", "大类"],
  ["大類", "大类"],
  ["类", "类"],
  ["類", "类"],
  ["平方公里", "平方公里"],
  ["平方米", "平方米"],
  ["公里", "公里"],
  ["米", "米"],
  ["公顷", "公顷"],
  ["公頃", "公顷"],
  ["亩", "亩"],
  ["畝", "亩"],
  ["吨", "吨"],
  ["噸", "吨"],
];

/** A word found in the text: `[written length, meaning]`, built once per word. */
type Match<T> = readonly [number, T];

/** Words grouped by the UTF-16 code of one of their characters, longest first in each group. */
type WordIndex<T> = ReadonlyMap<number, readonly (readonly [string, Match<T>])[]>;

const NO_WORDS: readonly (readonly [string, Match<never>])[] = [];

/** Indexes `[word, meaning]` pairs by their first (`at`) or last (`before`) character. */
function indexWords<T>(
  entries: Iterable<readonly [string, T]>,
  side: "first" | "last",
): WordIndex<T> {
  const index = new Map<number, (readonly [string, Match<T>])[]>();
  for (const [word, meaning] of entries) {
    const code = word.charCodeAt(side === "first" ? 0 : word.length - 1);
    const group = index.get(code) ?? [];
    group.push([word, [word.length, meaning]]);
    index.set(code, group);
  }
  for (const group of index.values()) group.sort((a, b) => b[0].length - a[0].length);
  return index;
}

/** The longest word of `index` starting at `start`. */
function wordAt<T>(index: WordIndex<T>, text: string, start: number): Match<T> | undefined {
  for (const [word, match] of index.get(text.charCodeAt(start)) ?? NO_WORDS) {
    if (text.startsWith(word, start)) return match;
  }
  return undefined;
}

/** The longest word of `index` ending exactly at `end`. */
function wordBefore<T>(index: WordIndex<T>, text: string, end: number): Match<T> | undefined {
  for (const [word, match] of index.get(text.charCodeAt(end - 1)) ?? NO_WORDS) {
    if (end - word.length >= 0 && text.startsWith(word, end - word.length)) return match;
  }
  return undefined;
}

let unitIndex: WordIndex<string> | undefined;

/** The unit written at `index` (longest match) as `[written length, simplified unit]`. */
export function unitAt(text: string, index: number): readonly [number, string] | undefined {
  unitIndex ??= indexWords(UNIT_ENTRIES, "first");
  return wordAt(unitIndex, text, index);
}

/** Qualifiers written before the number, longest first within each length. */
const PREFIX_QUALIFIERS: ReadonlyMap<string, Comparator> = /* @__PURE__ */ new Map<
  string,
  Comparator
>([
  ["大约", "approx"],
  ["大約", "approx"],
  ["大概", "approx"],
  ["约", "approx"],
  ["約", "approx"],
  ["将近", "nearly"],
  ["將近", "nearly"],
  ["接近", "nearly"],
  ["近", "nearly"],
  ["超过", "gt"],
  ["超過", "gt"],
  ["超", "gt"],
  ["逾", "gt"],
  ["不足", "lt"],
  ["不到", "lt"],
  ["不满", "lt"],
  ["不滿", "lt"],
  ["未满", "lt"],
  ["未滿", "lt"],
]);

/** Words that state a figure exactly (达, 共, 计): connectors, not qualifiers. */
const EXACT_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "达到",
  "達到",
  "达",
  "達",
  "共计",
  "共計",
  "合计",
  "合計",
  "累计",
  "累計",
  "共",
  "计",
  "計",
]);

let prefixesByLast: WordIndex<Comparator> | undefined;

/** The qualifier ending exactly at `end` (longest first) as `[length, comparator]`. */
export function prefixQualifierBefore(
  text: string,
  end: number,
): readonly [number, Comparator] | undefined {
  prefixesByLast ??= indexWords(PREFIX_QUALIFIERS, "last");
  return wordBefore(prefixesByLast, text, end);
}

/** The qualifier starting at `start` (longest first) as `[length, comparator]`. */
export function prefixQualifierAt(
  text: string,
  start: number,
): readonly [number, Comparator] | undefined {
  for (let length = 2; length >= 1; length--) {
    const comparator = PREFIX_QUALIFIERS.get(text.slice(start, start + length));
    if (comparator !== undefined) return [length, comparator];
  }
  return undefined;
}

/** The length of an exact-statement word (达到, 达, 共计 …) starting at `start`, or 0. */
export function exactWordAt(text: string, start: number): number {
  for (let length = 2; length >= 1; length--) {
    if (EXACT_WORDS.has(text.slice(start, start + length))) return length;
  }
  return 0;
}

let exactWordsByLast: WordIndex<true> | undefined;

/** The length of an exact-statement word ending at `end`, or 0. */
export function exactWordBefore(text: string, end: number): number {
  exactWordsByLast ??= indexWords(
    [...EXACT_WORDS].map((word) => [word, true] as const),
    "last",
  );
  return wordBefore(exactWordsByLast, text, end)?.[0] ?? 0;
}

/** Qualifiers written after the unit. */
const SUFFIX_QUALIFIERS: ReadonlyMap<string, Comparator> = /* @__PURE__ */ new Map<
  string,
  Comparator
>([
  ["以上", "gte"],
  ["以下", "lte"],
  ["以内", "lte"],
  ["以內", "lte"],
  ["左右", "approx"],
  ["上下", "approx"],
]);

let suffixIndex: WordIndex<Comparator> | undefined;

/** The qualifier starting at `start` as `[length, comparator]`. */
export function suffixQualifierAt(
  text: string,
  start: number,
): readonly [number, Comparator] | undefined {
  suffixIndex ??= indexWords(SUFFIX_QUALIFIERS, "first");
  return wordAt(suffixIndex, text, start);
}

/** 余/多 between a number and its unit (5万余人, 500餘次, 20多个): more than. */
export function isMoreThanMark(code: number): boolean {
  return code === 0x4f59 /* 余 */ || code === 0x9918 /* 餘 */ || code === 0x591a /* 多 */;
}

/** Whether the character at `index` turns the number before it into a date or a time. */
export function isDateSuffix(text: string, index: number): boolean {
  switch (text.charCodeAt(index)) {
    case 0x5e74: // 年
    case 0x6708: // 月
    case 0x65e5: // 日
    case 0x53f7: // 号
    case 0x865f: // 號
    case 0x65f6: // 时
    case 0x6642: // 時
    case 0x70b9: // 点
    case 0x9ede: // 點
    case 0x5206: // 分
    case 0x79d2: // 秒
      return true;
    default:
      return false;
  }
}

/**
 * Combines the qualifiers a writer put around one number. Both hold at once, so the stricter
 * bound wins: the same word twice keeps its meaning (超过5万余人 is more than 50,000), an
 * exclusive bound wins over an inclusive one in the same direction (5万余人以上 is more than
 * 50,000; 不足100人以下 is fewer than 100), 近 wins over the other upper bounds (it also says
 * how close), and qualifiers that disagree (约…以上, 超…以下) leave an estimate.
 */
export function combineComparator(result: Comparator, comparator: Comparator): Comparator {
  if (comparator === "eq" || comparator === result) return result;
  if (result === "eq") return comparator;
  const { direction, strictness } = comparatorBounds[result];
  const other = comparatorBounds[comparator];
  if ((direction !== "lower" && direction !== "upper") || direction !== other.direction) {
    return "approx";
  }
  return strictness > other.strictness ? result : comparator;
}
