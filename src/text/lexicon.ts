/**
 * The words around a figure: measure words and units, qualifiers, date and time suffixes.
 *
 * @internal
 */
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

const UNITS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(UNIT_ENTRIES);
const LONGEST_UNIT = 4;

/** The unit written at `index` (longest match) as `[written length, simplified unit]`. */
export function unitAt(text: string, index: number): readonly [number, string] | undefined {
  for (let length = Math.min(LONGEST_UNIT, text.length - index); length >= 1; length--) {
    const unit = UNITS.get(text.slice(index, index + length));
    if (unit !== undefined) return [length, unit];
  }
  return undefined;
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

/** The qualifier ending exactly at `end` (longest first) as `[length, comparator]`. */
export function prefixQualifierBefore(
  text: string,
  end: number,
): readonly [number, Comparator] | undefined {
  for (let length = 2; length >= 1; length--) {
    if (end - length < 0) continue;
    const comparator = PREFIX_QUALIFIERS.get(text.slice(end - length, end));
    if (comparator !== undefined) return [length, comparator];
  }
  return undefined;
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

/** The length of an exact-statement word ending at `end`, or 0. */
export function exactWordBefore(text: string, end: number): number {
  for (let length = 2; length >= 1; length--) {
    if (end - length >= 0 && EXACT_WORDS.has(text.slice(end - length, end))) return length;
  }
  return 0;
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

/** The qualifier starting at `start` as `[length, comparator]`. */
export function suffixQualifierAt(
  text: string,
  start: number,
): readonly [number, Comparator] | undefined {
  const comparator = SUFFIX_QUALIFIERS.get(text.slice(start, start + 2));
  return comparator === undefined ? undefined : [2, comparator];
}

/** 余/多 between a number and its unit (5万余人, 500餘次, 20多个): more than. */
export function isMoreThanMark(char: string): boolean {
  return char === "余" || char === "餘" || char === "多";
}

/** Characters that make a number a date or a time of day (2023年, 4月, 26日, 三点). */
const DATE_SUFFIXES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "年",
  "月",
  "日",
  "号",
  "號",
  "时",
  "時",
  "点",
  "點",
  "分",
  "秒",
]);

/** Whether the character at `index` turns the number before it into a date or a time. */
export function isDateSuffix(text: string, index: number): boolean {
  return DATE_SUFFIXES.has(text.charAt(index));
}

/**
 * Combines the qualifiers a writer put around one number: the same word twice keeps its
 * meaning (超过5万余人 is more than 50,000); qualifiers that disagree (约…以上) leave an estimate.
 */
export function combineComparators(comparators: readonly Comparator[]): Comparator {
  let result: Comparator = "eq";
  for (const comparator of comparators) {
    if (comparator === "eq" || comparator === result) continue;
    result = result === "eq" ? comparator : "approx";
  }
  return result;
}
