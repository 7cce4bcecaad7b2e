/**
 * The section algorithm of Chinese numerals (the classic way they are read), over a run of
 * Chinese numeral characters and Arabic numbers: a digit times a small unit (十百千) adds to the
 * current section; a large unit (万, 亿) closes the section; 亿 scales everything before it
 * (三万亿 = 3 × 10^12). Exact throughout ({@link ExactSum}), and it records the place of the
 * last written digit (一万八千 → 10^3, 62.5万 → 10^3, 四千 → 10^3, 4000 → 1).
 *
 * One approximate digit may stand in the run — a pair of neighbours (三四十 = 30 to 40) or
 * 几/数 (几十 = 20 to 90, 十几 = 11 to 19) — and `high` picks which end is read; the caller reads
 * twice to get both ends.
 *
 * @internal
 */
import { ExactSum } from "../core/decimal";
import { ArabicScan, readArabic } from "./arabic-numerals";
import { measureWordAt } from "./unit-at";
import { isApproximatePair, numeralCode, SOME, TEN, THOUSAND, unitPower, ZERO } from "./chinese-numerals";

const NONE = 0;
const DIGIT = 1;
const ZERO_READ = 2;
const UNIT = 3;
const BIG = 4;

/** The state of one reading; reused, so reading allocates nothing. */
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
    this.total.set(0, 0);
    this.section.set(0, 0);
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

const POINT = 0x70b9; // 点
const POINT_TRADITIONAL = 0x9ede; // 點
const SHU = 0x6570; // 数
const SHU_TRADITIONAL = 0x6578; // 數

/** Reads the run starting at `start`; `high` picks the upper end of an approximate digit. */
export function readSections(text: string, start: number, s: Sections, high: boolean): void {
  s.reset();
  let index = start;
  const length = text.length;
  const first = text.charCodeAt(start);
  if ((first === SHU || first === SHU_TRADITIONAL) && unitPower(numeralCode(text.charCodeAt(start + 1))) > 0) {
    // 数十, 数百, 数万: 数 is an unknown leading digit, as 几 is.
    placeDigit(s, high ? 9 : 2, 0, false);
    s.approximate = true;
    s.digitsOnly = false;
    s.chineseChars++;
    index++;
  }
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      readArabic(text, index, s.arabic);
      if (s.firstArabic === -1) s.firstArabic = index;
      index = s.arabic.end;
      s.arabicSeen = true;
      s.joiner = s.arabic.joiner;
      s.digitsOnly = false;
      if (!s.arabic.valid || s.previous === DIGIT || s.closed) s.valid = false;
      else placeDigit(s, s.arabic.mantissa, s.arabic.exponent, false);
      index = skipSpaceBeforeBigUnit(text, index);
      continue;
    }
    if ((code === POINT || code === POINT_TRADITIONAL) && s.valid && !s.arabicSeen) {
      // 三点五, 二十点五, 零点五: a Chinese decimal point between digits.
      const next = numeralCode(text.charCodeAt(index + 1));
      const integer =
        s.previous === DIGIT || s.previous === UNIT || (s.previous === ZERO_READ && s.chineseChars === 1);
      if (integer && next !== 0 && next <= ZERO) s.atPoint = true;
      break;
    }
    const token = numeralCode(code);
    if (token === 0) break;
    // 2.5千米 and 5千克 are kilometres and kilograms: an Arabic number takes the unit whole.
    if (s.previous === DIGIT && !s.digitChineseSingle && startsUnitWord(text, index)) break;
    s.chineseChars++;
    index++;
    if (s.valid) readToken(s, token, high);
  }
  s.end = index;
}

function startsUnitWord(text: string, index: number): boolean {
  return (measureWordAt(text, index)?.[0] ?? 0) > 1;
}

/** One space between an Arabic number and its 万/亿 (`19.15 亿元`) belongs to the number. */
function skipSpaceBeforeBigUnit(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code !== 32 && code !== 0xa0 && code !== 0x3000) return index;
  const power = unitPower(numeralCode(text.charCodeAt(index + 1)));
  return power >= 4 ? index + 1 : index;
}

function placeDigit(s: Sections, mantissa: number, exponent: number, chineseSingle: boolean): void {
  s.beforeDigit = s.previous;
  s.hasDigit = true;
  s.digitMantissa = mantissa;
  s.digitExponent = exponent;
  s.digitChineseSingle = chineseSingle;
  s.previous = DIGIT;
}

function readToken(s: Sections, token: number, high: boolean): void {
  if (token <= ZERO || token === SOME) {
    readDigit(s, token, high);
    return;
  }
  if (s.digitsOnly && s.digitCount > 1 && !s.approximate) {
    s.valid = false; // 二〇二三万: a number written digit by digit takes no unit
    return;
  }
  s.digitsOnly = false;
  if (token <= THOUSAND) readSmallUnit(s, token - TEN + 1);
  else readBigUnit(s, unitPower(token));
}

function readDigit(s: Sections, token: number, high: boolean): void {
  if (token !== SOME && s.digitsOnly) {
    s.digitCount++;
    if (s.digitCount <= 15) s.digitByDigit = s.digitByDigit * 10 + (token === ZERO ? 0 : token);
  }
  if (s.previous === DIGIT) {
    const pair =
      !s.approximate &&
      s.inRow === 1 &&
      s.digitChineseSingle &&
      token !== ZERO &&
      token !== SOME &&
      isApproximatePair(s.digitMantissa, token);
    s.inRow++;
    if (pair) {
      s.approximate = true;
      if (high) s.digitMantissa = token;
      return;
    }
    if (s.approximate && s.digitsOnly && token !== SOME) {
      s.approximate = false; // a third digit: 一二三 is read digit by digit
      return;
    }
    s.valid = s.digitsOnly && token !== SOME;
    return;
  }
  s.inRow = token === ZERO || token === SOME ? 0 : 1;
  if (token === ZERO) {
    s.previous = ZERO_READ;
    return;
  }
  if (token === SOME) {
    if (s.approximate) {
      s.valid = false;
      return;
    }
    s.approximate = true;
    s.digitsOnly = false;
    const afterTen = s.previous === UNIT && s.lastPower === 1;
    placeDigit(s, high ? 9 : afterTen ? 1 : 2, 0, false);
    return;
  }
  placeDigit(s, token, 0, true);
}

function readSmallUnit(s: Sections, power: number): void {
  let mantissa = s.digitMantissa;
  let exponent = s.digitExponent;
  if (!s.hasDigit) {
    // 十五 = 15 and a bare 百/千 = 100/1000; 一千零十 = 1010 and 一万十 read 十 as 一十.
    const bare = s.previous === NONE || (power === 1 && s.previous !== UNIT);
    if (!bare) {
      s.valid = false;
      return;
    }
    mantissa = 1;
    exponent = 0;
  }
  if (power >= s.lastSmallPower) {
    s.valid = false; // 十百, 百十百
    return;
  }
  if (s.hasDigit && exponent < 0) s.closed = true; // 1.5千 takes nothing after it
  s.section.add(mantissa, exponent + power);
  s.sectionPlace = Math.min(s.sectionPlace, exponent + power);
  s.lastSmallPower = power;
  s.lastPower = power;
  s.hasDigit = false;
  s.previous = UNIT;
}

function readBigUnit(s: Sections, power: number): void {
  if (s.hasDigit) {
    s.section.add(s.digitMantissa, s.digitExponent);
    s.sectionPlace = Math.min(s.sectionPlace, s.digitExponent);
    if (s.digitExponent < 0) s.closed = true;
  }
  if (s.section.mantissa === 0) {
    const zeroWritten = s.previous === DIGIT;
    const tenThousandMillion = power === 8 && s.previous === BIG;
    if (s.previous !== NONE && !zeroWritten && !tenThousandMillion) {
      s.valid = false;
      return;
    }
    if (s.previous === NONE) {
      s.section.set(1, 0);
      s.sectionPlace = 0;
    }
  }
  if (power === 4) {
    if (s.lastBigPower === 4) {
      s.valid = false;
      return;
    }
    s.total.add(s.section.mantissa, s.section.exponent + 4);
    s.place = Math.min(s.place, s.sectionPlace + 4);
  } else {
    if (s.sawHundredMillion) {
      s.valid = false;
      return;
    }
    s.total.add(s.section.mantissa, s.section.exponent).shift(8);
    s.place = Math.min(s.place, s.sectionPlace) + 8;
    s.sawHundredMillion = true;
  }
  if (s.section.lost) s.total.lost = true;
  s.section.set(0, 0);
  s.sectionPlace = Number.POSITIVE_INFINITY;
  s.hasDigit = false;
  s.lastSmallPower = 4;
  s.lastBigPower = power;
  s.lastPower = power;
  s.previous = BIG;
}

/**
 * Closes the reading: adds the last section and digit to the total (the colloquial tail —
 * 一千五 = 1500, 一万五 = 15000 — for a lone Chinese digit right after a unit). Leaves the value
 * in `s.total` and the place of its last written digit in `s.place`; false when malformed.
 */
export function finishSections(s: Sections): boolean {
  if (!s.valid || (s.previous === ZERO_READ && s.chineseChars + (s.arabicSeen ? 1 : 0) > 1)) {
    return false;
  }
  s.total.add(s.section.mantissa, s.section.exponent);
  if (s.section.lost) s.total.lost = true;
  s.place = Math.min(s.place, s.sectionPlace);
  if (s.hasDigit) {
    if (s.closed) return false; // 3.5万5
    const tail = s.lastPower >= 2 && (s.beforeDigit === UNIT || s.beforeDigit === BIG);
    if (tail && !s.digitChineseSingle) return false; // 1万5 is written 1万5千
    const shift = tail && s.digitMantissa !== 0 ? s.lastPower - 1 : 0;
    s.total.add(s.digitMantissa, s.digitExponent + shift);
    s.place = Math.min(s.place, s.digitExponent + shift);
  }
  return true;
}
