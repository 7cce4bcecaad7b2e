/**
 * Exact decimal views of JavaScript numbers.
 *
 * A double such as `1.005` is stored as 1.00499999999999989…, so rounding it with
 * `Math.round(x * 100) / 100` gives `1` where a person writing 四舍五入 expects `1.01`.
 * These helpers work on the shortest decimal string that reads back as the same double
 * (what `toExponential()` prints), which is the number the writer meant.
 *
 * @internal
 */

/** A finite number as `±digits × 10^exponent`, `digits` with no leading or trailing zeros. */
export interface Decimal {
  readonly negative: boolean;
  readonly digits: string;
  readonly exponent: number;
}

const ZERO: Decimal = { negative: false, digits: "", exponent: 0 };

/** The shortest decimal that reads back as `value`; `value` must be finite. */
export function toDecimal(value: number): Decimal {
  if (value === 0) return ZERO;
  const text = value.toExponential();
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const ePosition = body.indexOf("e");
  const mantissa = body.slice(0, ePosition);
  const power = Number(body.slice(ePosition + 1));
  const point = mantissa.indexOf(".");
  const fraction = point === -1 ? "" : mantissa.slice(point + 1);
  const allDigits = (point === -1 ? mantissa : mantissa.slice(0, point)) + fraction;
  return normalize(negative, allDigits, power - fraction.length);
}

function normalize(negative: boolean, digits: string, exponent: number): Decimal {
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === 48) start++;
  let end = digits.length;
  while (end > start && digits.charCodeAt(end - 1) === 48) end--;
  if (start === end) return ZERO;
  return { negative, digits: digits.slice(start, end), exponent: exponent + (digits.length - end) };
}

/** Multiplies by `10^places` without binary error. */
export function shiftDecimal(decimal: Decimal, places: number): Decimal {
  if (decimal.digits === "") return decimal;
  return { ...decimal, exponent: decimal.exponent + places };
}

/**
 * `value` times `10^places`, worked on the decimal so no binary error creeps in (1.1 shifted by 4
 * is 11000, not 11000.000000000002).
 *
 * @internal
 */
export function shiftNumber(value: number, places: number): number {
  return decimalToNumber(shiftDecimal(toDecimal(value), places));
}

/** Rounds half away from zero to `places` digits after the point. */
export function roundDecimal(decimal: Decimal, places: number): Decimal {
  const keep = decimal.digits.length + decimal.exponent + places;
  if (keep >= decimal.digits.length) return decimal;
  if (keep < 0) return ZERO;
  const roundUp = keep < decimal.digits.length && decimal.digits.charCodeAt(keep) >= 53;
  let kept = decimal.digits.slice(0, keep);
  if (roundUp) kept = incrementDigits(kept);
  return normalize(decimal.negative, kept, -places);
}

function incrementDigits(digits: string): string {
  const chars = digits.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === "9") {
      chars[i] = "0";
    } else {
      chars[i] = String.fromCharCode((chars[i] ?? "0").charCodeAt(0) + 1);
      return chars.join("");
    }
  }
  return `1${chars.join("")}`;
}

/** The nearest double to the decimal; never `-0`. */
export function decimalToNumber(decimal: Decimal): number {
  if (decimal.digits === "") return 0;
  const value = Number(`${decimal.negative ? "-" : ""}${decimal.digits}e${decimal.exponent}`);
  return value === 0 ? 0 : value;
}

/**
 * Plain positional notation with at most `maxPlaces` digits after the point
 * (the decimal is expected to be rounded to that already); trailing zeros are dropped.
 */
export function decimalToPlainString(decimal: Decimal): string {
  if (decimal.digits === "") return "0";
  const { digits, exponent } = decimal;
  let text: string;
  if (exponent >= 0) {
    text = digits + "0".repeat(exponent);
  } else {
    const pointAt = digits.length + exponent;
    text =
      pointAt > 0
        ? `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`
        : `0.${"0".repeat(-pointAt)}${digits}`;
  }
  return decimal.negative ? `-${text}` : text;
}

/**
 * How {@link roundDecimalBy} rounds: `half-up` 四舍五入 (half away from zero), `floor` toward
 * −∞ (a lower bound stays a lower bound), `ceiling` toward +∞ (an upper bound stays one).
 */
export type DecimalRounding = "half-up" | "floor" | "ceiling";

/** Rounds to `places` digits after the point in the given direction. */
export function roundDecimalBy(decimal: Decimal, places: number, mode: DecimalRounding): Decimal {
  if (mode === "half-up") return roundDecimal(decimal, places);
  const keep = decimal.digits.length + decimal.exponent + places;
  if (keep >= decimal.digits.length) return decimal;
  // Digits are dropped, and they are not all zero (digits carry no trailing zeros).
  const awayFromZero = decimal.negative ? mode === "floor" : mode === "ceiling";
  if (keep <= 0) {
    return awayFromZero ? { negative: decimal.negative, digits: "1", exponent: -places } : ZERO;
  }
  let kept = decimal.digits.slice(0, keep);
  if (awayFromZero) kept = incrementDigits(kept);
  return normalize(decimal.negative, kept, -places);
}

/** Plain positional notation with exactly `places` digits after the point (zeros kept). */
export function decimalToFixedString(decimal: Decimal, places: number): string {
  const text = decimalToPlainString(decimal);
  if (places <= 0) return text;
  const point = text.indexOf(".");
  const have = point === -1 ? 0 : text.length - point - 1;
  if (have >= places) return text;
  return `${text}${point === -1 ? "." : ""}${"0".repeat(places - have)}`;
}

/** The power of ten of the leading digit (`floor(log10 |x|)`); the decimal must not be zero. */
export function decimalMagnitude(decimal: Decimal): number {
  return decimal.digits.length + decimal.exponent - 1;
}

/**
 * An exact decimal `mantissa × 10^exponent` with a safe-integer mantissa, summed in place, so
 * that a reader of numerals accumulates `62.5万` as 625 × 10^3 without allocating and without
 * binary error. A sum whose mantissa would leave the safe range is marked lost.
 */
export class ExactSum {
  mantissa = 0;
  exponent = 0;
  /** Whether a sum left the safe-integer range: the value is then unknown. */
  lost = false;

  /** Sets the value to `mantissa × 10^exponent`. */
  set(mantissa: number, exponent: number): this {
    this.mantissa = mantissa;
    this.exponent = mantissa === 0 ? 0 : exponent;
    this.lost = !Number.isSafeInteger(mantissa);
    return this;
  }

  /** Sets the value to zero. */
  clear(): this {
    this.mantissa = 0;
    this.exponent = 0;
    this.lost = false;
    return this;
  }

  /** Sets the value to that of another sum. */
  copy(other: ExactSum): this {
    this.mantissa = other.mantissa;
    this.exponent = other.exponent;
    this.lost = other.lost;
    return this;
  }

  /** Adds `mantissa × 10^exponent`, aligning exponents by exact integer multiplication. */
  add(mantissa: number, exponent: number): this {
    if (mantissa === 0) return this;
    if (this.mantissa === 0) return this.set(mantissa, exponent);
    let sum: number;
    if (this.exponent === exponent) {
      sum = this.mantissa + mantissa;
    } else if (this.exponent < exponent) {
      sum = this.mantissa + mantissa * scaleOf(exponent - this.exponent);
    } else {
      sum = mantissa + this.mantissa * scaleOf(this.exponent - exponent);
      this.exponent = exponent;
    }
    this.mantissa = sum;
    if (!Number.isSafeInteger(sum)) this.lost = true;
    return this;
  }

  /** Multiplies by `10^places`. */
  shift(places: number): this {
    if (this.mantissa !== 0) this.exponent += places;
    return this;
  }

  /** The double nearest the decimal (one correctly rounded operation), if it is a safe number. */
  toNumber(): number | undefined {
    const { mantissa, exponent } = this;
    if (this.lost === true || exponent < -22 || exponent > 22) return undefined;
    const powers = exactPowers();
    const value =
      exponent >= 0
        ? mantissa * (powers[exponent] as number)
        : mantissa / (powers[-exponent] as number);
    return value <= Number.MAX_SAFE_INTEGER ? value : undefined;
  }
}

let powersTable: Float64Array | undefined;

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
function exactPowers(): Float64Array {
  if (powersTable !== undefined) return powersTable;
  const table = new Float64Array(23);
  for (let place = 0; place < 23; place++) table[place] = Number(`1e${place}`);
  powersTable = table;
  return table;
}

/** `10^places` for a positive whole `places`, exact up to 10^22 (a table, not `**`). */
function scaleOf(places: number): number {
  return places < 23 ? (exactPowers()[places] as number) : 10 ** places;
}

/** `10^place` as the double a reader writes (`powerOfTen(-1)` is `0.1`, not `0.1000…01`). */
export function powerOfTen(place: number): number {
  if (place >= 0 && place < 23) return exactPowers()[place] as number;
  if (place < 0 && place > -23) return 1 / (exactPowers()[-place] as number);
  return Number(`1e${place}`);
}
