/**
 * The second end of a range after its first number: `30至40人`, `2—3 个`, `3-5万人`, `5%至8%`.
 * Both ends are included (the range comparator of the comparator table); a 万/亿 written only
 * after the upper end scales both (3-5万 is 30000 to 50000); a range of years written in full
 * names years, not a duration (2022—2024年).
 *
 * @internal
 */
import { shiftNumber } from "../core/decimal";
import { numeralCode, unitPower } from "./chinese-numerals";
import { isCalendarYear, isDateSuffix, isYearMark } from "./date-words";
import { scanNumeralRun } from "./numerals";
import { rangeWordAt } from "./qualifiers";
import type { FigureScan } from "./read-figure";
import { unitAt } from "./unit-at";

/**
 * After `30` or `30人`, the other end of a range: `至40人`, `—3 个`, `-5万人`, `%至8%`, with one
 * space tolerated on either side of the range word (`30 至 40人`). Returns the index past it,
 * `index` itself when no range follows, or -1 when what follows is no figure (2023-09-20, a
 * range of years, ends in the wrong order).
 */
export function readRangeEnd(text: string, index: number, into: FigureScan): number {
  const joinedByDash = into.run.joiner === 45 && into.unit === undefined;
  const wordStart = joinedByDash ? into.run.end : skipSpace(text, index);
  const word = joinedByDash ? 1 : rangeWordAt(text, wordStart);
  if (word === 0) return index;
  const secondStart = skipSpace(text, wordStart + word);
  const code = text.charCodeAt(secondStart);
  if (!((code >= 48 && code <= 57) || numeralCode(code) !== 0)) return joinedByDash ? -1 : index;
  const second = into.second;
  scanNumeralRun(text, secondStart, second);
  if (second.value === undefined || second.upper !== undefined || second.joiner !== 0) {
    return joinedByDash ? -1 : index;
  }
  let at = skipSpace(text, second.end);
  const unit = unitAt(text, at);
  if (unit !== undefined) {
    if (into.unit !== undefined && into.unit !== unit[1]) return index;
    into.unit = unit[1];
    at += unit[0];
  } else if (isYearMark(text, at) && into.unit === undefined) {
    // 3—5年 counts years; 2022—2024年 names them.
    if (isCalendarYear(text, at, into.run) || isCalendarYear(text, at, second)) return -1;
    into.unit = "年";
    at++;
  } else if (into.unit !== undefined || isDateSuffix(text, at)) {
    return -1;
  }
  let lower = into.value;
  let place = into.place;
  const scale = trailingScale(text, second.end);
  if (scale > 0 && trailingScale(text, into.run.end) === 0 && lower * 10 ** scale < second.value) {
    lower = shiftNumber(lower, scale); // 3-5万人: 万 scales both
    place += scale;
  }
  if (!(second.value > lower)) return -1;
  into.value = lower;
  into.upper = second.value;
  into.place = Math.min(place, second.place);
  into.comparator = "range";
  into.qualified = true;
  into.chineseChars += second.chineseChars;
  into.arabic ||= second.arabic;
  return at;
}

/** The power of the 万/亿 a number ends with (5万 → 4, 3亿 → 8, 5万亿 → 12), else 0. */
function trailingScale(text: string, end: number): number {
  let scale = 0;
  for (let at = end - 1, count = 0; at >= 0 && count < 2; at--, count++) {
    const power = unitPower(numeralCode(text.charCodeAt(at)));
    if (power < 4) break;
    scale += power;
  }
  return scale;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x3000;
}

/** One space between a number and its unit or range word is tolerated (`22.28 %`, `100 人`). */
export function skipSpace(text: string, index: number): number {
  return isSpace(text.charCodeAt(index)) ? index + 1 : index;
}
