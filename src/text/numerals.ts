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

/** What one numeral character means. */
type NumeralToken =
  | { readonly kind: "digit"; readonly value: number }
  | { readonly kind: "zero" }
  | { readonly kind: "unit"; readonly power: 1 | 2 | 3 }
  | { readonly kind: "big"; readonly power: 4 | 8 };

const ZERO_TOKEN: NumeralToken = { kind: "zero" };

/* @__NO_SIDE_EFFECTS__ */
function digitToken(value: number): NumeralToken {
  return { kind: "digit", value };
}

/**
 * Chinese numeral characters: everyday 一二三, 两/兩, financial 壹贰叁 (simplified and
 * traditional), 〇 and 零, the small units 十百千 (拾佰仟) and the large units 万亿 (萬億).
 */
const NUMERAL_CHARS: ReadonlyMap<string, NumeralToken> = /* @__PURE__ */ new Map<
  string,
  NumeralToken
>([
  ["〇", ZERO_TOKEN],
  ["零", ZERO_TOKEN],
  ["一", digitToken(1)],
  ["壹", digitToken(1)],
  ["二", digitToken(2)],
  ["贰", digitToken(2)],
  ["貳", digitToken(2)],
  ["两", digitToken(2)],
  ["兩", digitToken(2)],
  ["三", digitToken(3)],
  ["叁", digitToken(3)],
  ["參", digitToken(3)],
  ["叄", digitToken(3)],
  ["四", digitToken(4)],
  ["肆", digitToken(4)],
  ["五", digitToken(5)],
  ["伍", digitToken(5)],
  ["六", digitToken(6)],
  ["陆", digitToken(6)],
  ["陸", digitToken(6)],
  ["七", digitToken(7)],
  ["柒", digitToken(7)],
  ["八", digitToken(8)],
  ["捌", digitToken(8)],
  ["九", digitToken(9)],
  ["玖", digitToken(9)],
  ["十", { kind: "unit", power: 1 }],
  ["拾", { kind: "unit", power: 1 }],
  ["百", { kind: "unit", power: 2 }],
  ["佰", { kind: "unit", power: 2 }],
  ["千", { kind: "unit", power: 3 }],
  ["仟", { kind: "unit", power: 3 }],
  ["万", { kind: "big", power: 4 }],
  ["萬", { kind: "big", power: 4 }],
  ["亿", { kind: "big", power: 8 }],
  ["億", { kind: "big", power: 8 }],
]);

let tokensByCode: ReadonlyMap<number, NumeralToken> | undefined;

/** The same table keyed by UTF-16 code, built on first use (no string per character read). */
function tokenAt(text: string, index: number): NumeralToken | undefined {
  if (tokensByCode === undefined) {
    const table = new Map<number, NumeralToken>();
    for (const [char, token] of NUMERAL_CHARS) table.set(char.charCodeAt(0), token);
    tokensByCode = table;
  }
  return tokensByCode.get(text.charCodeAt(index));
}

/** The meaning of a Chinese numeral character, if it is one. */
export function numeralToken(char: string): NumeralToken | undefined {
  return NUMERAL_CHARS.get(char);
}

/** Every Chinese numeral character. */
export function numeralCharacters(): Iterable<string> {
  return NUMERAL_CHARS.keys();
}

/** Tells whether the UTF-16 unit at `index` is an ASCII digit. */
export function isAsciiDigit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

/** The power of ten of a large unit (万 4, 亿 8) at `index`, or 0. */
export function bigUnitPower(text: string, index: number): number {
  const token = tokenAt(text, index);
  return token?.kind === "big" ? token.power : 0;
}

/**
 * An exact decimal `mantissa × 10^exponent` with a safe-integer mantissa. Sums align exponents by
 * multiplying integers, which is exact while the result stays a safe integer; a mantissa that
 * would leave that range makes the number unreadable (`NaN`, caught in `toNumber`).
 */
interface Exact {
  readonly mantissa: number;
  readonly exponent: number;
}

const EXACT_ZERO: Exact = { mantissa: 0, exponent: 0 };

function addExact(a: Exact, b: Exact): Exact {
  if (a.mantissa === 0) return b;
  if (b.mantissa === 0) return a;
  if (a.exponent === b.exponent) return { mantissa: a.mantissa + b.mantissa, exponent: a.exponent };
  const low = a.exponent < b.exponent ? a : b;
  const high = low === a ? b : a;
  return {
    mantissa: low.mantissa + high.mantissa * 10 ** (high.exponent - low.exponent),
    exponent: low.exponent,
  };
}

function shiftExact(a: Exact, places: number): Exact {
  return a.mantissa === 0 ? a : { mantissa: a.mantissa, exponent: a.exponent + places };
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

/**
 * Reads the longest run of numeral characters starting at `start` (Arabic digits with `,`
 * thousands separators and a `.` fraction, Chinese numerals, or a mix such as `1万5千`) and
 * evaluates it. The text is expected to be normalized already (ASCII digits).
 */
export function readNumeralRun(text: string, start: number): NumeralRun {
  const state = new RunEvaluator();
  let index = start;
  let chineseChars = 0;
  let arabic = false;
  let dateLike = false;
  const length = text.length;
  while (index < length) {
    if (isAsciiDigit(text, index)) {
      arabic = true;
      const atom = readArabic(text, index);
      index = atom.end;
      if (atom.dateLike) dateLike = true;
      state.arabic(atom.value);
      continue;
    }
    const token = tokenAt(text, index);
    if (token === undefined) break;
    chineseChars++;
    state.chinese(token);
    index++;
  }
  return { end: index, value: state.finish(), chineseChars, arabic, dateLike };
}

interface ArabicAtom {
  readonly end: number;
  readonly value: Exact | undefined;
  readonly dateLike: boolean;
}

/** Reads `1,234.5`: digits, separators only before groups of exactly three, one fraction. */
function readArabic(text: string, start: number): ArabicAtom {
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
    const nextIsDigit = isAsciiDigit(text, index + 1);
    if (!nextIsDigit) break;
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
  if (!valid || !Number.isSafeInteger(mantissa)) return { end: index, value: undefined, dateLike };
  return { end: index, value: { mantissa, exponent: -fractionDigits }, dateLike };
}

function groupOfThree(text: string, start: number): boolean {
  return (
    isAsciiDigit(text, start) &&
    isAsciiDigit(text, start + 1) &&
    isAsciiDigit(text, start + 2) &&
    !isAsciiDigit(text, start + 3)
  );
}

type Previous = "none" | "digit" | "zero" | "unit" | "big";

/**
 * Evaluates numeral tokens one at a time (the classic section algorithm): small units multiply
 * the digit before them into the current section (below 万), large units close the section.
 * Also keeps a digit-by-digit reading (二〇二三 → 2023) for runs made only of digits.
 */
class RunEvaluator {
  private total: Exact = EXACT_ZERO;
  private section: Exact = EXACT_ZERO;
  private digit: Exact | undefined;
  private digitIsSingle = false;
  private beforeDigit: Previous = "none";
  private previous: Previous = "none";
  private lastSmallPower = 4;
  private lastBigPower = 0;
  private lastPower = 0;
  private sawHundredMillion = false;
  private valid = true;
  private tokens = 0;
  private digitsOnly = true;
  private chineseDigitString = "";

  arabic(value: Exact | undefined): void {
    this.tokens++;
    this.digitsOnly = false;
    if (value === undefined || this.previous === "digit") {
      this.valid = false;
      return;
    }
    this.beforeDigit = this.previous;
    this.digit = value;
    this.digitIsSingle = value.exponent === 0 && value.mantissa < 10;
    this.previous = "digit";
  }

  chinese(token: NumeralToken): void {
    this.tokens++;
    if (!this.valid) return;
    if (token.kind === "digit" || token.kind === "zero") {
      if (this.digitsOnly && this.chineseDigitString.length <= MAX_DIGITS) {
        this.chineseDigitString += token.kind === "zero" ? "0" : String(token.value);
      }
    } else {
      this.digitsOnly = false;
    }
    switch (token.kind) {
      case "digit":
        if (this.previous === "digit") {
          // Two digits in a row only make sense digit by digit (二〇二三); decided in finish().
          this.valid = this.digitsOnly;
          return;
        }
        this.beforeDigit = this.previous;
        this.digit = { mantissa: token.value, exponent: 0 };
        this.digitIsSingle = true;
        this.previous = "digit";
        return;
      case "zero":
        if (this.previous === "digit") {
          this.valid = this.digitsOnly;
          return;
        }
        this.previous = "zero";
        return;
      case "unit":
        this.smallUnit(token.power);
        return;
      case "big":
        this.bigUnit(token.power);
        return;
    }
  }

  private smallUnit(power: 1 | 2 | 3): void {
    let multiplier = this.digit;
    if (multiplier === undefined) {
      // 十五 = 15 and a bare 百/千 = 100/1000; 一千零十 = 1010 and 一万十 read 十 as 一十.
      const bare = this.previous === "none" || (power === 1 && this.previous !== "unit");
      if (!bare) {
        this.valid = false;
        return;
      }
      multiplier = { mantissa: 1, exponent: 0 };
    }
    if (power >= this.lastSmallPower) {
      this.valid = false;
      return;
    }
    this.section = addExact(this.section, shiftExact(multiplier, power));
    this.lastSmallPower = power;
    this.lastPower = power;
    this.digit = undefined;
    this.previous = "unit";
  }

  private bigUnit(power: 4 | 8): void {
    let chunk = addExact(this.section, this.digit ?? EXACT_ZERO);
    if (chunk.mantissa === 0) {
      const zeroWritten = this.previous === "digit";
      const tenThousandMillion = power === 8 && this.previous === "big";
      if (this.previous !== "none" && !zeroWritten && !tenThousandMillion) {
        this.valid = false;
        return;
      }
      if (this.previous === "none") chunk = { mantissa: 1, exponent: 0 };
    }
    if (power === 4) {
      if (this.lastBigPower === 4) {
        this.valid = false;
        return;
      }
      this.total = addExact(this.total, shiftExact(chunk, 4));
    } else {
      if (this.sawHundredMillion) {
        this.valid = false;
        return;
      }
      // 三万亿 = 3 × 10^12: 亿 scales everything read so far.
      this.total = shiftExact(addExact(this.total, chunk), 8);
      this.sawHundredMillion = true;
    }
    this.section = EXACT_ZERO;
    this.digit = undefined;
    this.lastSmallPower = 4;
    this.lastBigPower = power;
    this.lastPower = power;
    this.previous = "big";
  }

  finish(): number | undefined {
    if (this.tokens === 0) return undefined;
    if (this.digitsOnly && this.tokens > 1 && this.chineseDigitString !== "") {
      if (this.chineseDigitString.length > MAX_DIGITS) return undefined;
      return toNumber({ mantissa: Number(this.chineseDigitString), exponent: 0 });
    }
    if (!this.valid) return undefined;
    if (this.previous === "zero" && this.tokens > 1) return undefined;
    let value = addExact(this.total, this.section);
    if (this.digit !== undefined) {
      // 一千五 = 1500, 一万五 = 15000: a lone digit right after a unit is a tenth of that unit.
      const abbreviated =
        this.lastPower >= 2 &&
        this.digitIsSingle &&
        (this.beforeDigit === "unit" || this.beforeDigit === "big");
      value = addExact(
        value,
        abbreviated ? shiftExact(this.digit, this.lastPower - 1) : this.digit,
      );
    }
    return toNumber(value);
  }
}

/** The double nearest the decimal (one correctly rounded operation), if it is a safe number. */
function toNumber(value: Exact): number | undefined {
  const { mantissa, exponent } = value;
  if (!Number.isSafeInteger(mantissa) || exponent < -22) return undefined;
  const number = exponent >= 0 ? mantissa * 10 ** exponent : mantissa / 10 ** -exponent;
  return Number.isFinite(number) && number <= Number.MAX_SAFE_INTEGER ? number : undefined;
}
