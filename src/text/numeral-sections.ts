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
import { readArabic } from "./arabic-numerals";
import {
  isApproximatePair,
  numeralCode,
  SOME,
  TEN,
  THOUSAND,
  unitPower,
  ZERO,
} from "./chinese-numerals";
import { DIGIT, type Sections, UNIT, ZERO_READ } from "./numeral-state";
import { readBigUnit, readSmallUnit } from "./numeral-units";

const POINT = 0x70b9; // 点
const POINT_TRADITIONAL = 0x9ede; // 點
const SHU = 0x6570; // 数
const SHU_TRADITIONAL = 0x6578; // 數

/**
 * Reads the run starting at `start`; `high` picks the upper end of an approximate digit, and
 * `stopsAt` says where a numeral character after an Arabic number starts a unit word instead.
 */
export function readSections(
  text: string,
  start: number,
  s: Sections,
  high: boolean,
  stopsAt?: (text: string, index: number) => boolean,
): void {
  s.reset();
  let index = start;
  let chineseChars = 0;
  const length = text.length;
  const first = text.charCodeAt(start);
  if (
    (first === SHU || first === SHU_TRADITIONAL) &&
    unitPower(numeralCode(text.charCodeAt(start + 1))) > 0
  ) {
    // 数十, 数百, 数万: 数 is an unknown leading digit, as 几 is.
    placeDigit(s, high ? 9 : 2, 0, false);
    s.approximate = true;
    s.digitsOnly = false;
    chineseChars++;
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
      if (s.arabic.valid === false || s.previous === DIGIT || s.closed === true) s.valid = false;
      else placeDigit(s, s.arabic.mantissa, s.arabic.exponent, false);
      index = skipSpaceBeforeBigUnit(text, index);
      continue;
    }
    if (
      (code === POINT || code === POINT_TRADITIONAL) &&
      s.valid === true &&
      s.arabicSeen === false
    ) {
      // 三点五, 二十点五, 零点五: a Chinese decimal point between digits.
      const next = numeralCode(text.charCodeAt(index + 1));
      const integer =
        s.previous === DIGIT ||
        s.previous === UNIT ||
        (s.previous === ZERO_READ && chineseChars === 1);
      if (integer && next !== 0 && next <= ZERO) s.atPoint = true;
      break;
    }
    const token = numeralCode(code);
    if (token === 0) break;
    // 2.5千米 and 5千克 are kilometres and kilograms: an Arabic number takes the unit whole.
    if (s.previous === DIGIT && s.digitChineseSingle === false && stopsAt?.(text, index) === true)
      break;
    chineseChars++;
    index++;
    if (s.valid === true) readToken(s, token, high);
  }
  s.end = index;
  s.chineseChars = chineseChars;
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
  const digitByDigit = s.digitsOnly === true && s.digitCount > 1 && s.approximate === false;
  s.digitsOnly = false;
  if (digitByDigit) {
    s.valid = false; // 二〇二三万: a number written digit by digit takes no unit
    return;
  }
  if (token <= THOUSAND) readSmallUnit(s, token - TEN + 1);
  else readBigUnit(s, unitPower(token));
}

function readDigit(s: Sections, token: number, high: boolean): void {
  if (token !== SOME && s.digitsOnly === true) {
    s.digitCount++;
    if (s.digitCount <= 16) s.digitByDigit = s.digitByDigit * 10 + (token === ZERO ? 0 : token);
  }
  if (s.previous === DIGIT) {
    readSecondDigit(s, token, high);
    return;
  }
  if (token < ZERO) {
    s.inRow = 1;
    placeDigit(s, token, 0, true);
    return;
  }
  s.inRow = 0;
  if (token === ZERO) s.previous = ZERO_READ;
  else readSome(s, high);
}

/** A digit right after a digit: a pair (三四), a third digit (一二三) or digit by digit (二〇二三). */
function readSecondDigit(s: Sections, token: number, high: boolean): void {
  const pair =
    s.approximate === false &&
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
  if (s.approximate === true && s.digitsOnly === true && token !== SOME) {
    s.approximate = false; // a third digit: 一二三 is read digit by digit
    return;
  }
  s.valid = s.digitsOnly === true && token !== SOME;
}

/** 几 (几十 = 20 to 90, 十几 = 11 to 19): one unknown digit. */
function readSome(s: Sections, high: boolean): void {
  if (s.approximate === true) {
    s.valid = false;
    return;
  }
  s.approximate = true;
  s.digitsOnly = false;
  const afterTen = s.previous === UNIT && s.lastPower === 1;
  placeDigit(s, high ? 9 : afterTen ? 1 : 2, 0, false);
}
