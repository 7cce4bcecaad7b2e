/**
 * Reads the measure word or unit written after a number: the longest word of the vocabulary,
 * its compound with 次 (人次, 条次), and a bracketed alternative (`人(次)` is 人次, `份(册)` is 份).
 *
 * @internal
 */
import { COMPOUND_SUFFIX, compoundsWithTimes, measureWordEntries } from "./measure-words";
import { indexWords, lazy, type WordIndex, wordAt } from "./word-index";

const units = /* @__PURE__ */ lazy(
  (): WordIndex<string> => indexWords(measureWordEntries(), "first"),
);

/**
 * Period nouns that begin with a measure word (季 of 季度, 期 of 期间): a number before them names
 * a period (1季度 is the first quarter, 十四五期间 the plan's years), so they are no unit.
 */
const PERIOD_NOUNS: readonly string[] = ["季度", "期间", "期間"];

const OPEN_BRACKETS = "(（";
const CLOSE_BRACKETS = ")）";

/** A unit found at an index: how many UTF-16 units it spans and the simplified unit. */
export type UnitMatch = readonly [number, string];

/** The measure word at `index` alone (longest match), without compounds or brackets. */
export function measureWordAt(text: string, index: number): UnitMatch | undefined {
  return wordAt(units(), text, index);
}

/**
 * The unit written at `index`, if any. A classifier followed by 次 is the compound (人次,
 * 场次); one followed by another measure word in brackets is read as the first, or as the
 * compound when the bracket holds 次 (`100人(次)` counts person-times; `5000份(册)` counts 份).
 * The first character of a period noun (季度, 期间) is no unit.
 */
export function unitAt(text: string, index: number): UnitMatch | undefined {
  const first = measureWordAt(text, index);
  if (first === undefined) return undefined;
  if (PERIOD_NOUNS.some((noun) => text.startsWith(noun, index))) return undefined;
  let [length, unit] = first;
  const after = index + length;
  if (compoundsWithTimes(unit) && text.startsWith(COMPOUND_SUFFIX, after)) {
    return [length + COMPOUND_SUFFIX.length, unit + COMPOUND_SUFFIX];
  }
  const bracketed = bracketedUnitAt(text, after);
  if (bracketed !== undefined) {
    const [bracketLength, alternative] = bracketed;
    if (alternative === COMPOUND_SUFFIX && compoundsWithTimes(unit)) unit += COMPOUND_SUFFIX;
    length += bracketLength;
  }
  return [length, unit];
}

/** A measure word alone in brackets at `index` (`(次)`, `（册）`): its full length and unit. */
function bracketedUnitAt(text: string, index: number): UnitMatch | undefined {
  const open = text.charAt(index);
  if (open === "" || !OPEN_BRACKETS.includes(open)) return undefined;
  const inner = measureWordAt(text, index + 1);
  if (inner === undefined) return undefined;
  const close = text.charAt(index + 1 + inner[0]);
  if (close === "" || !CLOSE_BRACKETS.includes(close)) return undefined;
  return [inner[0] + 2, inner[1]];
}
