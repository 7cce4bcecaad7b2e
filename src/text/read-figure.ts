/**
 * Reads one figure — number, 余/多, unit, trailing qualifier — forward from an index. Shared by
 * `parseQuantity` (which needs the whole phrase to be one figure) and `extractQuantities`.
 *
 * @internal
 */
import { decimalToNumber, shiftDecimal, toDecimal } from "../core/decimal";
import type { Comparator } from "../quantity/types";
import {
  combineComparator,
  isDateSuffix,
  isMoreThanMark,
  suffixQualifierAt,
  unitAt,
} from "./lexicon";
import { bigUnitPower, NumeralScan, scanNumeralRun } from "./numerals";

/** A figure read from the text. */
export interface FigureRead {
  readonly found: true;
  /** Index just past the figure (unit and trailing qualifier included). */
  readonly end: number;
  readonly value: number;
  readonly unit: string | undefined;
  /** The qualifiers found inside or after the figure (余/多, 以上, 左右 …), combined. */
  readonly comparator: Comparator;
  /** Whether there was any such qualifier. */
  readonly qualified: boolean;
  /** How many Chinese numeral characters the number holds (百人 has one, 一百余 two). */
  readonly chineseChars: number;
  readonly arabic: boolean;
}

/** No figure here; reading may resume at `resumeAt`. */
export interface NoFigure {
  readonly found: false;
  readonly resumeAt: number;
}

/**
 * A reusable record of what `scanFigure` read, so that a caller reading many figures allocates
 * one record, not one per figure. Fields other than `resumeAt` hold only when a figure was found.
 */
export class FigureScan {
  end = 0;
  resumeAt = 0;
  value = 0;
  unit: string | undefined = undefined;
  comparator: Comparator = "eq";
  qualified = false;
  chineseChars = 0;
  arabic = false;
  readonly run = new NumeralScan();
}

const PERCENT_WORD = "百分之";

/** Reads the figure whose number starts at `start`. */
export function readFigure(text: string, start: number): FigureRead | NoFigure {
  const scan = new FigureScan();
  if (!scanFigure(text, start, scan)) return { found: false, resumeAt: scan.resumeAt };
  const { end, value, unit, comparator, qualified, chineseChars, arabic } = scan;
  return { found: true, end, value, unit, comparator, qualified, chineseChars, arabic };
}

/**
 * What `readFigure` does, writing into `into`: whether a figure was found (then `into` holds it)
 * or not (then `into.resumeAt` says where reading may resume).
 */
export function scanFigure(text: string, start: number, into: FigureScan): boolean {
  const percentWord = text.startsWith(PERCENT_WORD, start);
  const numeralStart = percentWord ? start + PERCENT_WORD.length : start;
  const run = into.run;
  scanNumeralRun(text, numeralStart, run);
  if (run.end === numeralStart) return notFound(into, start + 1);
  if (run.value === undefined || run.dateLike) return notFound(into, run.end);
  let value = run.value;
  let index = run.end;
  let comparator: Comparator = "eq";
  let qualified = false;
  if (!percentWord && isMoreThanMark(text.charCodeAt(index))) {
    comparator = "gt";
    qualified = true;
    index++;
    // 10余万人: the large unit after 余 scales the number, exactly.
    for (let power = bigUnitPower(text, index), count = 0; power > 0 && count < 2; count++) {
      value = decimalToNumber(shiftDecimal(toDecimal(value), power));
      index++;
      power = bigUnitPower(text, index);
    }
    if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return notFound(into, index);
  }
  let unit: string | undefined;
  if (percentWord) {
    unit = "%";
  } else if (text.charCodeAt(index) === 37 /* % */) {
    unit = "%";
    index++;
  } else {
    const written = unitAt(text, index);
    if (written !== undefined) {
      unit = written[1];
      index += written[0];
    } else if (isDateSuffix(text, index)) {
      return notFound(into, index + 1);
    }
  }
  const suffix = suffixQualifierAt(text, index);
  if (suffix !== undefined) {
    comparator = combineComparator(comparator, suffix[1]);
    qualified = true;
    index += suffix[0];
  }
  into.end = index;
  into.value = value;
  into.unit = unit;
  into.comparator = comparator;
  into.qualified = qualified;
  into.chineseChars = run.chineseChars;
  into.arabic = run.arabic;
  return true;
}

function notFound(into: FigureScan, resumeAt: number): false {
  into.resumeAt = resumeAt;
  return false;
}
