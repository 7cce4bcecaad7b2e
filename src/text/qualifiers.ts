/**
 * The qualifier words around a number (约, 近, 超过, 余, 以上, 至 …), looked up in the comparator
 * table of `quantity/` — the one place that says which word gives which comparator — and how
 * two qualifiers on one number combine.
 *
 * @internal
 */
import { comparatorBounds, comparatorTable } from "../quantity/comparators";
import type { Comparator } from "../quantity/types";
import { comparatorValues } from "../quantity/types";
import { indexWords, lazy, type WordMatch, wordAt, wordBefore } from "./word-index";

type Side = "before" | "inside" | "after";

function wordsOf(side: Side, exact: boolean): (readonly [string, Comparator])[] {
  const entries: (readonly [string, Comparator])[] = [];
  for (const comparator of comparatorValues) {
    if ((comparator === "eq") !== exact) continue;
    for (const word of comparatorTable[comparator].words[side]) entries.push([word, comparator]);
  }
  return entries;
}

const beforeByLast = /* @__PURE__ */ lazy(() => indexWords(wordsOf("before", false), "last"));
const beforeByFirst = /* @__PURE__ */ lazy(() => indexWords(wordsOf("before", false), "first"));
const afterByFirst = /* @__PURE__ */ lazy(() => indexWords(wordsOf("after", false), "first"));
const exactByLast = /* @__PURE__ */ lazy(() => indexWords(wordsOf("before", true), "last"));
const exactByFirst = /* @__PURE__ */ lazy(() => indexWords(wordsOf("before", true), "first"));
const rangeByFirst = /* @__PURE__ */ lazy(() =>
  indexWords(
    comparatorTable.range.words.inside.map((word) => [word, "range"] as const),
    "first",
  ),
);
const moreThan = /* @__PURE__ */ lazy(
  () => new Set(comparatorTable.gt.words.inside.map((word) => word.charCodeAt(0))),
);

/** The qualifier written before a number that ends exactly at `end` (近, 超过, 不足 …). */
export function qualifierBefore(text: string, end: number): WordMatch<Comparator> | undefined {
  return wordBefore(beforeByLast(), text, end);
}

/** The qualifier written before a number that starts at `start`. */
export function qualifierAt(text: string, start: number): WordMatch<Comparator> | undefined {
  return wordAt(beforeByFirst(), text, start);
}

/** The qualifier written after a unit that starts at `start` (以上, 左右 …). */
export function suffixQualifierAt(text: string, start: number): WordMatch<Comparator> | undefined {
  return wordAt(afterByFirst(), text, start);
}

/** The length of an exact-statement word (达, 共计, 累计 …) ending at `end`, or 0. */
export function exactWordBefore(text: string, end: number): number {
  return wordBefore(exactByLast(), text, end)?.[0] ?? 0;
}

/** The length of an exact-statement word starting at `start`, or 0. */
export function exactWordAt(text: string, start: number): number {
  return wordAt(exactByFirst(), text, start)?.[0] ?? 0;
}

/** The length of a word joining the two ends of a range (至, 到, —, ～) at `start`, or 0. */
export function rangeWordAt(text: string, start: number): number {
  return wordAt(rangeByFirst(), text, start)?.[0] ?? 0;
}

/** Whether the character at `index` is 余/餘/多 between a number and its unit (more than). */
export function isMoreThanMark(text: string, index: number): boolean {
  return moreThan().has(text.charCodeAt(index));
}

/**
 * Combines the qualifiers a writer put around one number. Both hold at once, so the stricter
 * bound wins: the same word twice keeps its meaning (超过5万余人 is more than 50,000), an
 * exclusive bound wins over an inclusive one in the same direction (5万余人以上 is more than
 * 50,000), 近 wins over the other upper bounds (it also says how close), and qualifiers that
 * disagree (约…以上, 超…以下) leave an estimate. Direction and strictness come from the table.
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
