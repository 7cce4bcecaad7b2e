/**
 * The state of one reading of a numeral run by the section algorithm (`numeral-sections.ts`).
 *
 * @internal
 */
import { ExactSum } from "../core/decimal";
import { ArabicScan } from "./arabic-numerals";

/** What the last token read was. */
export const NONE = 0;
export const DIGIT = 1;
export const ZERO_READ = 2;
export const UNIT = 3;
export const BIG = 4;

/**
 * The state of one reading; reused, so reading allocates nothing.
 *
 * The readers test its flags as `s.valid === true`, not `if (s.valid)`: the optimizing compiler
 * does not know a field holds a boolean, and the bare test becomes a full truthiness check
 * (string, number, bigint …) on every character.
 */
export class Sections {
  readonly total = new ExactSum();
  readonly section = new ExactSum();
  readonly arabic = new ArabicScan();
  end = 0;
  valid = true;
  /** Written digit positions: the lowest power of ten holding a written digit. */
  place = Number.POSITIVE_INFINITY;
  chineseChars = 0;
  arabicSeen = false;
  /** Index of the first Arabic digit in the run, or -1. */
  firstArabic = -1;
  /** The joiner after the last Arabic number (`-` `/` `:` `.`), or 0. */
  joiner = 0;
  /** Whether an approximate digit (a pair or 几/数) was read. */
  approximate = false;
  /** Whether the run is only digits (二〇二三), and those digits as an integer. */
  digitsOnly = true;
  digitCount = 0;
  digitByDigit = 0;
  /** Whether the run stopped at a Chinese decimal point (三点五): the caller reads the fraction. */
  atPoint = false;
  // The digit waiting for its unit.
  hasDigit = false;
  digitMantissa = 0;
  digitExponent = 0;
  digitChineseSingle = false;
  /** Chinese digits read in a row (a pair needs exactly two). */
  inRow = 0;
  previous = NONE;
  beforeDigit = NONE;
  lastSmallPower = 4;
  lastBigPower = 0;
  lastPower = 0;
  sawHundredMillion = false;
  sectionPlace = Number.POSITIVE_INFINITY;
  /** An Arabic number with a fraction went into a unit (3.5万): nothing may follow it. */
  closed = false;

  reset(): void {
    this.total.clear();
    this.section.clear();
    this.valid = true;
    this.place = Number.POSITIVE_INFINITY;
    this.chineseChars = 0;
    this.arabicSeen = false;
    this.firstArabic = -1;
    this.joiner = 0;
    this.approximate = false;
    this.digitsOnly = true;
    this.digitCount = 0;
    this.digitByDigit = 0;
    this.atPoint = false;
    this.hasDigit = false;
    this.digitChineseSingle = false;
    this.inRow = 0;
    this.previous = NONE;
    this.beforeDigit = NONE;
    this.lastSmallPower = 4;
    this.lastBigPower = 0;
    this.lastPower = 0;
    this.sawHundredMillion = false;
    this.sectionPlace = Number.POSITIVE_INFINITY;
    this.closed = false;
  }
}
