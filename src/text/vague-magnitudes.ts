/**
 * Vague magnitudes written before a measure word: 上百人 (a hundred or more), 上十万人, 上千万次,
 * 上万亿元, 上万名, 成千上万, 成百上千. Each bounds the figure from below at its magnitude, the
 * bound included; the comparator that means so comes from the comparator table.
 *
 * @internal
 */
import { powerOfTen } from "../core/decimal";
import type { Comparator } from "../quantity/types";
import { weakestComparator } from "../quantity/weakest-comparator";
import { numeralCode, unitPower } from "./chinese-numerals";

/** A vague magnitude read at an index. */
export interface VagueMagnitude {
  /** How many UTF-16 units it spans. */
  readonly length: number;
  /** Its lower bound. */
  readonly value: number;
  /** The power of ten of that magnitude (上千 → 3). */
  readonly place: number;
  readonly comparator: Comparator;
}

const SHANG = 0x4e0a; // 上
const CHENG = 0x6210; // 成

/** The two idioms of the form 成X上Y, read as at least X. */
const IDIOMS: readonly (readonly [string, number])[] = [
  ["成千上万", 3],
  ["成千上萬", 3],
  ["成百上千", 2],
];

/** The vague magnitude starting at `index` (上 or 成), if one is written there. */
export function vagueMagnitudeAt(text: string, index: number): VagueMagnitude | undefined {
  const code = text.charCodeAt(index);
  if (code === CHENG) {
    for (const [idiom, place] of IDIOMS) {
      if (text.startsWith(idiom, index)) return magnitude(idiom.length, place);
    }
    return undefined;
  }
  if (code !== SHANG) return undefined;
  // 上 + units only: 上百, 上千, 上万, 上千万, 上百万, 上亿, 上万亿, 上十万 (never 上十 alone, and no
  // digits: 上5000). As in a numeral, a unit after another multiplies it only when it is 万 or 亿
  // and larger than the one before (十万, 千万, 万亿, 千万亿; 百千 and 万万 are no magnitudes).
  let place = 0;
  let at = index + 1;
  let previous = 0;
  for (; at < text.length && at - index <= 3; at++) {
    const power = unitPower(numeralCode(text.charCodeAt(at)));
    if (power === 0 || (previous !== 0 && (power < 4 || power <= previous))) break;
    place += power;
    previous = power;
  }
  return place >= 2 ? magnitude(at - index, place) : undefined;
}

function magnitude(length: number, place: number): VagueMagnitude {
  return {
    length,
    value: powerOfTen(place),
    place,
    comparator: weakestComparator("lower", true),
  };
}
