/**
 * The numeral reader shared by `parseChineseNumber`, `parseQuantity` and `extractQuantities`:
 * one run of Arabic digits and Chinese numerals (`62.5万`, `1万5千`, `一亿二千万`, `二〇二三`,
 * `三点五万`, `三四十`, `十几`), read exactly with the place of its last written digit.
 *
 * Every function here reads forward from an index and never looks back more than a constant
 * number of characters, so a caller that advances past what was read stays linear.
 *
 * @internal
 */
import { ExactSum } from "../core/decimal";
import { numeralCode, unitPower, ZERO } from "./chinese-numerals";
import { readSections } from "./numeral-sections";
import { Sections } from "./numeral-state";
import { finishSections } from "./numeral-units";

/** How far a run of numerals reaches and how it reads; one record is reused by each caller. */
export class NumeralScan {
  /** Index just past the run. */
  end = 0;
  /** The exact value (the lower end of an approximate number), or `undefined` if malformed. */
  value: number | undefined = undefined;
  /** The upper end of an approximate number (三四十 → 40, 几百 → 900), else `undefined`. */
  upper: number | undefined = undefined;
  /** The power of ten of the last written digit (一万八千 → 3, 6.5 → -1, 4000 → 0). */
  place = 0;
  /** How many Chinese numeral characters the run holds (百 has one, 一百 two). */
  chineseChars = 0;
  /** Whether the run holds Arabic digits. */
  arabic = false;
  /** Index of the first Arabic digit of the run, or -1. */
  firstArabic = -1;
  /** `-` `/` `:` or a second `.` right after the last Arabic number, joining it to another. */
  joiner = 0;
  /** Whether the run is a time of day written with 点 (三点五十分). */
  timeOfDay = false;
  /** Whether the run is four Arabic digits alone, as a year is written (2023). */
  fourDigits = false;
  /** Whether the run is Chinese digits written one by one (二〇二三). */
  digitByDigit = false;
  /**
   * Where a numeral character after an Arabic number starts a unit word (千米, 千克), so the run
   * ends before it; set by readers of figures, absent for a bare number.
   */
  stopsAt: ((text: string, index: number) => boolean) | undefined = undefined;
  readonly low = new Sections();
  /** The reading of the upper end and the fraction, made when a run first needs them. */
  private highEnd: Sections | undefined;
  private fractionSum: ExactSum | undefined;

  get high(): Sections {
    this.highEnd ??= new Sections();
    return this.highEnd;
  }

  get fraction(): ExactSum {
    this.fractionSum ??= new ExactSum();
    return this.fractionSum;
  }
}

const FEN = 0x5206; // 分

/** Reads the run of numerals starting at `start` into `into`. */
export function scanNumeralRun(text: string, start: number, into: NumeralScan): void {
  const low = into.low;
  readSections(text, start, low, false, into.stopsAt);
  into.end = low.end;
  into.chineseChars = low.chineseChars;
  into.arabic = low.arabicSeen;
  into.firstArabic = low.firstArabic;
  into.joiner = low.joiner;
  into.timeOfDay = false;
  into.upper = undefined;
  into.fourDigits =
    low.arabicSeen &&
    low.chineseChars === 0 &&
    low.arabic.integerDigits === 4 &&
    low.arabic.exponent === 0 &&
    low.arabic.grouped === false &&
    low.arabic.end === low.end;
  into.digitByDigit =
    low.valid === true &&
    low.digitsOnly === true &&
    low.digitCount > 1 &&
    low.approximate === false;
  if (low.end === start) {
    into.value = undefined;
    return;
  }
  if (into.digitByDigit) {
    into.value =
      low.digitCount > 16 || !Number.isSafeInteger(low.digitByDigit) ? undefined : low.digitByDigit;
    into.place = 0;
    return;
  }
  if (!finishSections(low)) {
    into.value = undefined;
    return;
  }
  if (low.atPoint === true) {
    if (low.approximate === true) into.value = undefined;
    else readFraction(text, into);
    return;
  }
  into.value = low.total.toNumber();
  into.place = Number.isFinite(low.place) ? low.place : 0;
  if (low.approximate === true) {
    const high = into.high;
    readSections(text, start, high, true, into.stopsAt);
    into.upper = finishSections(high) ? high.total.toNumber() : undefined;
    if (into.upper === undefined || into.value === undefined || into.upper <= into.value) {
      into.value = undefined;
      into.upper = undefined;
    }
  }
}

/**
 * Reads a Chinese decimal point and its digits (三点五, 零点五, 百分之三点五) and the 万/亿
 * after them (三点五万 = 35000). Followed by 分 it is a time of day (十点五分).
 */
function readFraction(text: string, into: NumeralScan): void {
  const low = into.low;
  const fraction = into.fraction.copy(low.total);
  let index = low.end + 1;
  let places = 0;
  for (let token = numeralCode(text.charCodeAt(index)); token !== 0 && token <= ZERO; ) {
    places++;
    fraction.add(token === ZERO ? 0 : token, -places);
    index++;
    token = numeralCode(text.charCodeAt(index));
  }
  into.chineseChars += places + 1;
  let place = -places;
  let power = unitPower(numeralCode(text.charCodeAt(index)));
  if (power === 4) {
    fraction.shift(4);
    place += 4;
    index++;
    into.chineseChars++;
    power = unitPower(numeralCode(text.charCodeAt(index)));
  }
  if (power === 8) {
    fraction.shift(8);
    place += 8;
    index++;
    into.chineseChars++;
  }
  into.end = index;
  into.place = place;
  into.timeOfDay = text.charCodeAt(index) === FEN;
  into.value = into.timeOfDay ? undefined : fraction.toNumber();
}
