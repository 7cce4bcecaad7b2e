/**
 * The units of the section algorithm: a small unit (十百千) multiplies the digit before it into
 * the current section, a large unit (万, 亿) closes the section, and the end of the run adds
 * what is left (the colloquial tail 一千五 = 1500 included).
 *
 * @internal
 */
import { BIG, DIGIT, NONE, type Sections, UNIT, ZERO_READ } from "./numeral-state";

export function readSmallUnit(s: Sections, power: number): void {
  let mantissa = s.digitMantissa;
  let exponent = s.digitExponent;
  if (s.hasDigit === false) {
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
  if (s.hasDigit === true && exponent < 0) s.closed = true; // 1.5千 takes nothing after it
  s.section.add(mantissa, exponent + power);
  s.sectionPlace = Math.min(s.sectionPlace, exponent + power);
  s.lastSmallPower = power;
  s.lastPower = power;
  s.hasDigit = false;
  s.previous = UNIT;
}

export function readBigUnit(s: Sections, power: number): void {
  if (s.hasDigit === true) {
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
    if (s.sawHundredMillion === true) {
      s.valid = false;
      return;
    }
    s.total.add(s.section.mantissa, s.section.exponent).shift(8);
    s.place = Math.min(s.place, s.sectionPlace) + 8;
    s.sawHundredMillion = true;
  }
  if (s.section.lost === true) s.total.lost = true;
  s.section.clear();
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
  if (
    s.valid === false ||
    (s.previous === ZERO_READ && s.chineseChars + (s.arabicSeen === true ? 1 : 0) > 1)
  ) {
    return false;
  }
  s.total.add(s.section.mantissa, s.section.exponent);
  if (s.section.lost === true) s.total.lost = true;
  s.place = Math.min(s.place, s.sectionPlace);
  if (s.hasDigit === true) {
    if (s.closed === true) return false; // 3.5万5
    const tail = s.lastPower >= 2 && (s.beforeDigit === UNIT || s.beforeDigit === BIG);
    if (tail && s.digitChineseSingle === false) return false; // 1万5 is written 1万5千
    const shift = tail && s.digitMantissa !== 0 ? s.lastPower - 1 : 0;
    s.total.add(s.digitMantissa, s.digitExponent + shift);
    s.place = Math.min(s.place, s.digitExponent + shift);
  }
  return true;
}
