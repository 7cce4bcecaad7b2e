/**
 * Reads a number written in Arabic digits: `1,234.5`, separators only before groups of exactly
 * three digits, one decimal point. The text is expected to be normalized (ASCII digits).
 *
 * @internal
 */

/** Numbers with more significant digits than a safe integer holds are not read. */
const MAX_DIGITS = 16;

/** What {@link readArabic} read; one record is reused by each caller. */
export class ArabicScan {
  /** Index just past the number. */
  end = 0;
  /** The digits as an integer: the number is `mantissa × 10^exponent`. */
  mantissa = 0;
  exponent = 0;
  /** How many digits were written before the point. */
  integerDigits = 0;
  /** Whether thousands separators were written. */
  grouped = false;
  /** Whether the digits make a number (not too long, separators well placed). */
  valid = false;
  /**
   * What joins this number to a next one right after it: `-` `/` `:` or a second `.` between
   * digits (a date, a time, a version or a range), as a UTF-16 code; 0 when nothing does.
   */
  joiner = 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Reads the Arabic number starting at `start` (an ASCII digit) into `into`. */
export function readArabic(text: string, start: number, into: ArabicScan): void {
  let index = start;
  let mantissa = 0;
  let significant = 0;
  let fractionDigits = 0;
  let integerDigits = 0;
  let inFraction = false;
  let grouped = false;
  let joiner = 0;
  let valid = true;
  const length = text.length;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (isDigit(code)) {
      mantissa = mantissa * 10 + (code - 48);
      if (mantissa > 0) significant++;
      if (significant > MAX_DIGITS) valid = false;
      if (inFraction) fractionDigits++;
      else integerDigits++;
      index++;
      continue;
    }
    if (!isDigit(text.charCodeAt(index + 1))) break;
    if (code === 44 /* , */ && !inFraction && groupOfThree(text, index + 1)) {
      grouped = true;
      index++;
      continue;
    }
    if (code === 46 /* . */ && !inFraction) {
      inFraction = true;
      index++;
      continue;
    }
    if (code === 46 || code === 45 /* - */ || code === 47 /* / */ || code === 58 /* : */) {
      joiner = code;
    }
    break;
  }
  if (grouped && inFraction && fractionDigits === 0) valid = false;
  into.end = index;
  into.mantissa = mantissa;
  into.exponent = fractionDigits === 0 ? 0 : -fractionDigits;
  into.integerDigits = integerDigits;
  into.grouped = grouped;
  into.valid = valid && Number.isSafeInteger(mantissa);
  into.joiner = joiner;
}

function groupOfThree(text: string, start: number): boolean {
  return (
    isDigit(text.charCodeAt(start)) &&
    isDigit(text.charCodeAt(start + 1)) &&
    isDigit(text.charCodeAt(start + 2)) &&
    !isDigit(text.charCodeAt(start + 3))
  );
}
