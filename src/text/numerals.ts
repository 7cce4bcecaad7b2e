/**
 * The numeral reader shared by `parseChineseNumber`, `parseQuantity` and `extractQuantities`.
 *
 * Numbers are accumulated as exact decimals (`mantissa × 10^exponent` with an integer mantissa),
 * so `62.5万` is 625 × 10^3 and becomes the double 625000 only at the end — never `62.5 * 10000`.
 * Every function here reads forward from an index and never looks back more than a constant
 * number of characters, so a caller that advances past what was read stays linear.
 *
 * @internal
 */

/**
 * What one numeral character means, packed in a small integer so reading allocates nothing:
 * 1–9 a digit, `ZERO` 〇/零, `TEN`…`THOUSAND` the small units, `TEN_THOUSAND` and
 * `HUNDRED_MILLION` the large units, 0 not a numeral.
 */
const ZERO = 10;
const TEN = 11;
const HUNDRED = 12;
const THOUSAND = 13;
const TEN_THOUSAND = 14;
const HUNDRED_MILLION = 15;

/**
 * Chinese numeral characters: everyday 一二三, 两/兩, financial 壹贰叁 (simplified and
 * traditional), 〇 and 零, the small units 十百千 (拾佰仟) and the large units 万亿 (萬億).
 */
const NUMERAL_CHARS: readonly (readonly [string, number])[] = [
  ["〇", ZERO],
  ["零", ZERO],
  ["一", 1],
  ["壹", 1],
  ["二", 2],
  ["贰", 2],
  ["貳", 2],
  ["两", 2],
  ["兩", 2],
  ["三", 3],
  ["叁", 3],
  ["參", 3],
  ["叄", 3],
  ["四", 4],
  ["肆", 4],
  ["五", 5],
  ["伍", 5],
  ["六", 6],
  ["陆", 6],
  ["陸", 6],
  ["七", 7],
  ["柒", 7],
  ["八", 8],
  ["捌", 8],
  ["九", 9],
  ["玖", 9],
  ["十", TEN],
  ["拾", TEN],
  ["百", HUNDRED],
  ["佰", HUNDRED],
  ["千", THOUSAND],
  ["仟", THOUSAND],
  ["万", TEN_THOUSAND],
  ["萬", TEN_THOUSAND],
  ["亿", HUNDRED_MILLION],
  ["億", HUNDRED_MILLION],
];

/** The first and last UTF-16 codes of the numeral characters, so lookups cover a small span. */
const LOW = 0x3007; // 〇
const HIGH = 0x96f6; // 零

let tokensByCode: Uint8Array | undefined;

/** The numeral table indexed by `code - LOW`, built on first use. */
function tokenTable(): Uint8Array {
  if (tokensByCode !== undefined) return tokensByCode;
  const table = new Uint8Array(HIGH - LOW + 1);
  for (const [char, token] of NUMERAL_CHARS) table[char.charCodeAt(0) - LOW] = token;
  tokensByCode = table;
  return table;
}

/** The packed meaning of the UTF-16 unit `code` (0 when it is not a Chinese numeral). */
export function numeralCode(code: number): number {
  if (code < LOW || code > HIGH) return 0;
  return (tokensByCode ?? tokenTable())[code - LOW] ?? 0;
}

function tokenAt(text: string, index: number): number {
  return numeralCode(text.charCodeAt(index));
}

/** Every Chinese numeral character. */
export function numeralCharacters(): Iterable<string> {
  return NUMERAL_CHARS.map(([char]) => char);
}

/** Tells whether the UTF-16 unit at `index` is an ASCII digit. */
export function isAsciiDigit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

/** The power of ten of a large unit (万 4, 亿 8) at `index`, or 0. */
export function bigUnitPower(text: string, index: number): number {
  const token = tokenAt(text, index);
  return token === TEN_THOUSAND ? 4 : token === HUNDRED_MILLION ? 8 : 0;
}

/*
 * Numbers are exact decimals `mantissa × 10^exponent` with a safe-integer mantissa, kept as pairs
 * of numbers. Sums align exponents by multiplying integers, which is exact while the result stays
 * a safe integer; a mantissa that would leave that range makes the number unreadable (caught in
 * `toNumber`). `addExact` leaves its result in `sumMantissa` and `sumExponent`.
 */
let sumMantissa = 0;
let sumExponent = 0;

function addExact(
  aMantissa: number,
  aExponent: number,
  bMantissa: number,
  bExponent: number,
): void {
  if (aMantissa === 0) {
    sumMantissa = bMantissa;
    sumExponent = bExponent;
  } else if (bMantissa === 0) {
    sumMantissa = aMantissa;
    sumExponent = aExponent;
  } else if (aExponent === bExponent) {
    sumMantissa = aMantissa + bMantissa;
    sumExponent = aExponent;
  } else if (aExponent < bExponent) {
    sumMantissa = aMantissa + bMantissa * 10 ** (bExponent - aExponent);
    sumExponent = aExponent;
  } else {
    sumMantissa = bMantissa + aMantissa * 10 ** (aExponent - bExponent);
    sumExponent = bExponent;
  }
}

/** Numbers with more significant digits than a safe integer holds are not read. */
const MAX_DIGITS = 16;

/** How far a run of numeral characters reaches and how it reads. */
export interface NumeralRun {
  /** Index just past the run. */
  readonly end: number;
  /** The exact value, or `undefined` when the run is not a well-formed number. */
  readonly value: number | undefined;
  /** How many Chinese numeral characters the run holds. */
  readonly chineseChars: number;
  /** Whether the run holds Arabic digits. */
  readonly arabic: boolean;
  /** Whether the run holds `-`, `/` or `:` between digits, or a second `.`: a date or a time. */
  readonly dateLike: boolean;
}

const NONE = 0;
const DIGIT = 1;
const ZERO_READ = 2;
const UNIT = 3;
const BIG = 4;

/**
 * Reads the longest run of numeral characters starting at `start` (Arabic digits with `,`
 * thousands separators and a `.` fraction, Chinese numerals, or a mix such as `1万5千`) and
 * evaluates it. The text is expected to be normalized already (ASCII digits).
 *
 * Chinese numerals are evaluated one at a time (the classic section algorithm): small units
 * multiply the digit before them into the current section (below 万), large units close the
 * section. A digit-by-digit reading (二〇二三 → 2023) is kept alongside for runs made only of
 * digits.
 */
export function readNumeralRun(text: string, start: number): NumeralRun {
  const scan = new NumeralScan();
  scanNumeralRun(text, start, scan);
  const { end, value, chineseChars, arabic, dateLike } = scan;
  return { end, value, chineseChars, arabic, dateLike };
}

/** A reusable record of what `scanNumeralRun` read: one per caller, not one per run. */
export class NumeralScan implements NumeralRun {
  end = 0;
  value: number | undefined = undefined;
  chineseChars = 0;
  arabic = false;
  dateLike = false;
}

/** What `readNumeralRun` does, writing the run into `into` instead of a new object. */
export function scanNumeralRun(text: string, start: number, into: NumeralScan): void {
  let index = start;
  let chineseChars = 0;
  let arabic = false;
  let dateLike = false;
  let totalMantissa = 0;
  let totalExponent = 0;
  let sectionMantissa = 0;
  let sectionExponent = 0;
  let hasDigit = false;
  let digitMantissa = 0;
  let digitExponent = 0;
  let digitIsSingle = false;
  let beforeDigit = NONE;
  let previous = NONE;
  let lastSmallPower = 4;
  let lastBigPower = 0;
  let lastPower = 0;
  let sawHundredMillion = false;
  let valid = true;
  let tokens = 0;
  let digitsOnly = true;
  let digitCount = 0;
  let digitByDigit = 0;
  const length = text.length;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      arabic = true;
      readArabic(text, index);
      index = arabicEnd;
      if (arabicDateLike) dateLike = true;
      tokens++;
      digitsOnly = false;
      if (!arabicValid || previous === DIGIT) {
        valid = false;
        continue;
      }
      beforeDigit = previous;
      hasDigit = true;
      digitMantissa = arabicMantissa;
      digitExponent = arabicExponent;
      digitIsSingle = arabicExponent === 0 && arabicMantissa < 10;
      previous = DIGIT;
      continue;
    }
    const token = numeralCode(code);
    if (token === 0) break;
    chineseChars++;
    index++;
    tokens++;
    if (!valid) continue;
    if (token <= ZERO) {
      if (digitsOnly && digitCount <= MAX_DIGITS) {
        digitCount++;
        digitByDigit = digitByDigit * 10 + (token === ZERO ? 0 : token);
      }
      if (previous === DIGIT) {
        // Two digits in a row only make sense digit by digit (二〇二三); decided at the end.
        valid = digitsOnly;
        continue;
      }
      if (token === ZERO) {
        previous = ZERO_READ;
        continue;
      }
      beforeDigit = previous;
      hasDigit = true;
      digitMantissa = token;
      digitExponent = 0;
      digitIsSingle = true;
      previous = DIGIT;
      continue;
    }
    digitsOnly = false;
    if (token <= THOUSAND) {
      const power = token - ZERO;
      let multiplierMantissa = digitMantissa;
      let multiplierExponent = digitExponent;
      if (!hasDigit) {
        // 十五 = 15 and a bare 百/千 = 100/1000; 一千零十 = 1010 and 一万十 read 十 as 一十.
        const bare = previous === NONE || (power === 1 && previous !== UNIT);
        if (!bare) {
          valid = false;
          continue;
        }
        multiplierMantissa = 1;
        multiplierExponent = 0;
      }
      if (power >= lastSmallPower) {
        valid = false;
        continue;
      }
      addExact(
        sectionMantissa,
        sectionExponent,
        multiplierMantissa,
        multiplierMantissa === 0 ? multiplierExponent : multiplierExponent + power,
      );
      sectionMantissa = sumMantissa;
      sectionExponent = sumExponent;
      lastSmallPower = power;
      lastPower = power;
      hasDigit = false;
      previous = UNIT;
      continue;
    }
    const power = token === TEN_THOUSAND ? 4 : 8;
    addExact(
      sectionMantissa,
      sectionExponent,
      hasDigit ? digitMantissa : 0,
      hasDigit ? digitExponent : 0,
    );
    let chunkMantissa = sumMantissa;
    let chunkExponent = sumExponent;
    if (chunkMantissa === 0) {
      const zeroWritten = previous === DIGIT;
      const tenThousandMillion = power === 8 && previous === BIG;
      if (previous !== NONE && !zeroWritten && !tenThousandMillion) {
        valid = false;
        continue;
      }
      if (previous === NONE) {
        chunkMantissa = 1;
        chunkExponent = 0;
      }
    }
    if (power === 4) {
      if (lastBigPower === 4) {
        valid = false;
        continue;
      }
      addExact(
        totalMantissa,
        totalExponent,
        chunkMantissa,
        chunkMantissa === 0 ? chunkExponent : chunkExponent + 4,
      );
      totalMantissa = sumMantissa;
      totalExponent = sumExponent;
    } else {
      if (sawHundredMillion) {
        valid = false;
        continue;
      }
      // 三万亿 = 3 × 10^12: 亿 scales everything read so far.
      addExact(totalMantissa, totalExponent, chunkMantissa, chunkExponent);
      totalMantissa = sumMantissa;
      totalExponent = sumMantissa === 0 ? sumExponent : sumExponent + 8;
      sawHundredMillion = true;
    }
    sectionMantissa = 0;
    sectionExponent = 0;
    hasDigit = false;
    lastSmallPower = 4;
    lastBigPower = power;
    lastPower = power;
    previous = BIG;
  }
  let value: number | undefined;
  if (tokens === 0) {
    value = undefined;
  } else if (digitsOnly && tokens > 1 && digitCount > 0) {
    value = digitCount > MAX_DIGITS ? undefined : toNumber(digitByDigit, 0);
  } else if (!valid || (previous === ZERO_READ && tokens > 1)) {
    value = undefined;
  } else {
    addExact(totalMantissa, totalExponent, sectionMantissa, sectionExponent);
    if (hasDigit) {
      // 一千五 = 1500, 一万五 = 15000: a lone digit right after a unit is a tenth of that unit.
      const abbreviated =
        lastPower >= 2 && digitIsSingle && (beforeDigit === UNIT || beforeDigit === BIG);
      const shift = abbreviated && digitMantissa !== 0 ? lastPower - 1 : 0;
      addExact(sumMantissa, sumExponent, digitMantissa, digitExponent + shift);
    }
    value = toNumber(sumMantissa, sumExponent);
  }
  into.end = index;
  into.value = value;
  into.chineseChars = chineseChars;
  into.arabic = arabic;
  into.dateLike = dateLike;
}

/* What `readArabic` read: where it stopped, the exact value (when valid), whether it was a date. */
let arabicEnd = 0;
let arabicMantissa = 0;
let arabicExponent = 0;
let arabicValid = false;
let arabicDateLike = false;

/** Reads `1,234.5`: digits, separators only before groups of exactly three, one fraction. */
function readArabic(text: string, start: number): void {
  let index = start;
  let mantissa = 0;
  let significant = 0;
  let fractionDigits = 0;
  let inFraction = false;
  let grouped = false;
  let dateLike = false;
  let valid = true;
  const length = text.length;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      if (mantissa > 0) significant++;
      if (significant > MAX_DIGITS) valid = false;
      if (inFraction) fractionDigits++;
      index++;
      continue;
    }
    const next = text.charCodeAt(index + 1);
    if (!(next >= 48 && next <= 57)) break;
    if (code === 44 /* , */ && !inFraction && groupOfThree(text, index + 1)) {
      grouped = true;
      index++;
      continue;
    }
    if (code === 46 /* . */) {
      if (inFraction) {
        dateLike = true;
        valid = false;
      }
      inFraction = true;
      index++;
      continue;
    }
    if (code === 45 /* - */ || code === 47 /* / */ || code === 58 /* : */) {
      dateLike = true;
      valid = false;
      index++;
      continue;
    }
    break;
  }
  if (grouped && inFraction && fractionDigits === 0) valid = false;
  arabicEnd = index;
  arabicDateLike = dateLike;
  arabicValid = valid && Number.isSafeInteger(mantissa);
  arabicMantissa = mantissa;
  arabicExponent = -fractionDigits;
}

function groupOfThree(text: string, start: number): boolean {
  return (
    isAsciiDigit(text, start) &&
    isAsciiDigit(text, start + 1) &&
    isAsciiDigit(text, start + 2) &&
    !isAsciiDigit(text, start + 3)
  );
}

/** The double nearest the decimal (one correctly rounded operation), if it is a safe number. */
function toNumber(mantissa: number, exponent: number): number | undefined {
  if (!Number.isSafeInteger(mantissa) || exponent < -22) return undefined;
  const number = exponent >= 0 ? mantissa * 10 ** exponent : mantissa / 10 ** -exponent;
  return Number.isFinite(number) && number <= Number.MAX_SAFE_INTEGER ? number : undefined;
}
