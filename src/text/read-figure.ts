/**
 * Reads one figure forward from the start of its number: the number (or a range of two), 余/多,
 * the unit, and the qualifier after it. Shared by `parseQuantity` (which needs the whole phrase
 * to be one figure) and `extractQuantities`. Qualifiers before the number are the caller's.
 *
 * @internal
 */
import { shiftNumber } from "../core/decimal";
import type { Comparator } from "../quantity/types";
import { numeralCode, unitPower } from "./chinese-numerals";
import { isCalendarYear, isDateSuffix, isNamedSession, isYearMark } from "./date-words";
import { PERCENT } from "./measure-words";
import { NumeralScan, scanNumeralRun } from "./numerals";
import { combineComparator, isMoreThanMark, suffixQualifierAt } from "./qualifiers";
import { readRangeEnd, skipSpace } from "./read-range";
import { measureWordAt, unitAt } from "./unit-at";

/**
 * What `scanFigure` read; one record is reused for every figure. Fields other than `resumeAt`
 * hold only when a figure was found.
 */
export class FigureScan {
  /** Index just past the figure (unit and trailing qualifier included). */
  end = 0;
  /** Where reading may resume when no figure was found. */
  resumeAt = 0;
  value = 0;
  /** The upper end of a range (三四十, 30至40), else `undefined`. */
  upper: number | undefined = undefined;
  unit: string | undefined = undefined;
  /** The qualifiers found inside or after the figure (余/多, 以上, a range …), combined. */
  comparator: Comparator = "eq";
  /** Whether there was any such qualifier. */
  qualified = false;
  /** The power of ten of the last written digit. */
  place = 0;
  /** How many Chinese numeral characters the number holds (百人 has one, 一百余 two). */
  chineseChars = 0;
  arabic = false;
  readonly run = withUnitStops(new NumeralScan());
  private secondRun: NumeralScan | undefined;

  /** The reading of a range's upper end, made when a range first needs it. */
  get second(): NumeralScan {
    this.secondRun ??= withUnitStops(new NumeralScan());
    return this.secondRun;
  }
}

/** A figure's number ends before a unit word that starts with a numeral (2.5千米, 5千克). */
function withUnitStops(run: NumeralScan): NumeralScan {
  run.stopsAt = startsUnitWord;
  return run;
}

function startsUnitWord(text: string, index: number): boolean {
  return (measureWordAt(text, index)?.[0] ?? 0) > 1;
}

const PERCENT_WORD = "百分之";

/**
 * Reads the figure whose number starts at `start` into `into`: true when one was found; false
 * when the number is malformed or a date, a time or a year (then `into.resumeAt` says where
 * reading may resume).
 */
export function scanFigure(text: string, start: number, into: FigureScan): boolean {
  const percentWord = text.startsWith(PERCENT_WORD, start);
  const numeralStart = percentWord ? start + PERCENT_WORD.length : start;
  const run = into.run;
  scanNumeralRun(text, numeralStart, run);
  if (run.end === numeralStart) return notFound(into, start + 1);
  if (run.value === undefined) {
    // 队伍6支: a numeral character that is part of a word does not spoil the digits after it.
    return notFound(into, run.firstArabic > numeralStart ? run.firstArabic : run.end);
  }
  if (run.joiner !== 0 && run.joiner !== 45 /* - */)
    return notFound(into, skipJoined(text, run.end));
  if (run.timeOfDay) return notFound(into, run.end);
  into.value = run.value;
  into.upper = run.upper;
  into.place = run.place;
  into.chineseChars = run.chineseChars;
  into.arabic = run.arabic;
  into.comparator = run.upper === undefined ? "eq" : "range";
  into.qualified = run.upper !== undefined;
  let index = run.end;
  // One space is tolerated before 余/多 as before a unit (100 余人).
  const mark = skipSpace(text, index);
  if (run.upper === undefined && isMoreThanMark(text, mark)) {
    into.comparator = "gt";
    into.qualified = true;
    index = scaleAfterMoreThan(text, mark + 1, into);
  }
  if (percentWord) {
    into.unit = PERCENT;
  } else {
    const unitStart = skipSpace(text, index);
    const unit = unitAt(text, unitStart);
    into.unit = unit?.[1];
    if (unit !== undefined && isNamedSession(text, unitStart)) return notFound(into, unitStart + 1);
    if (unit !== undefined) index = unitStart + unit[0];
    else if (isYearMark(text, unitStart) && run.joiner === 0)
      return readYears(text, unitStart, into);
    else if (isDateSuffix(text, unitStart)) return notFound(into, unitStart + 1);
  }
  if (into.comparator === "eq" && !into.qualified) {
    const range = readRangeEnd(text, index, into);
    if (range === -1 || (range === index && run.joiner !== 0)) {
      return notFound(into, skipJoined(text, index));
    }
    index = range;
  }
  const suffix = suffixQualifierAt(text, index);
  if (suffix !== undefined && into.comparator !== "range") {
    into.comparator = combineComparator(into.comparator, suffix[1]);
    into.qualified = true;
    index += suffix[0];
  }
  into.end = index;
  return true;
}

/** 10余万人: a large unit after 余 scales the number, exactly. */
function scaleAfterMoreThan(text: string, index: number, into: FigureScan): number {
  let at = index;
  for (let count = 0; count < 2; count++) {
    const power = unitPower(numeralCode(text.charCodeAt(at)));
    if (power < 4) break;
    into.value = shiftNumber(into.value, power);
    into.place += power;
    at++;
  }
  return at;
}

/** A number before 年: a calendar year (no figure) or a count of years (有效期5年). */
function readYears(text: string, yearIndex: number, into: FigureScan): boolean {
  if (into.upper !== undefined || isCalendarYear(text, yearIndex, into.run)) {
    return notFound(into, yearIndex + 1);
  }
  into.unit = "年";
  into.end = yearIndex + 1;
  const suffix = suffixQualifierAt(text, into.end);
  if (suffix !== undefined) {
    into.comparator = combineComparator(into.comparator, suffix[1]);
    into.qualified = true;
    into.end += suffix[0];
  }
  return true;
}

/** Past a date, time or version written with joiners (2023-09-20, 11:50:00, 1.2.3). */
function skipJoined(text: string, index: number): number {
  let at = index;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    const digit = code >= 48 && code <= 57;
    const joiner = code === 45 || code === 47 || code === 58 || code === 46;
    if (!digit && !(joiner && at + 1 < text.length && isDigitAt(text, at + 1))) break;
    at++;
  }
  return Math.max(at, index);
}

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

function notFound(into: FigureScan, resumeAt: number): false {
  into.resumeAt = resumeAt;
  return false;
}
