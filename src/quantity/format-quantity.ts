import {
  type Decimal,
  type DecimalRounding,
  decimalMagnitude,
  decimalToFixedString,
  decimalToNumber,
  decimalToPlainString,
  roundDecimalBy,
  shiftDecimal,
  toDecimal,
} from "../core/decimal";
import type { Locale } from "../core/locale";
import { resolveLocale } from "../core/locale";
import { ShiliuError } from "../core/shiliu-error";
import { comparatorTable } from "./comparators";
import { inBaseWord } from "./in-base-word";
import { measureWord } from "./measure-word";
import { safeQuantity } from "./safe-quantity";
import type { Quantity } from "./types";
import { unitOf } from "./unit-of";

/**
 * Options of {@link formatQuantity}.
 *
 * @category quantity
 */
export interface FormatQuantityOptions {
  /** The language to write in; defaults to `"zh-CN"`. */
  readonly locale?: Locale;
  /**
   * Write every digit of the number at its scale, rounding nothing away (`12.3457万人` where
   * the canonical form is `12.35万人`): for when two figures differ past the rounded digits.
   */
  readonly exact?: boolean;
}

const scaleWords = {
  "zh-CN": { tenThousand: "万", hundredMillion: "亿" },
  "zh-TW": { tenThousand: "萬", hundredMillion: "億" },
} as const;

/**
 * Writes a reported figure the one canonical way for its qualifier and locale, as
 * {@link comparatorTable} spells each form.
 *
 * Numbers are rounded to at most 2 decimals at the printed scale, trailing zeros trimmed; a
 * figure with a written `precision` is printed to that place (zeros kept: `200.0亿` for a
 * precision of 0.1亿), never finer than 2 decimals. Rounding never claims a bound the figure
 * lacks: an exact figure or an estimate rounds 四舍五入, a lower bound (余, 以上, the lower end of
 * a range) rounds down and an upper bound (近, 不足, 以下, the upper end of a range) rounds up,
 * so 49995 more-than is `4.99万余人`, never `5万余人`. In Chinese a number of at least 1万 is
 * written in 万 and one of at least 1亿 in 亿 (萬/億 in zh-TW); a `%` figure is never scaled.
 * A figure in a scaled word of the unit table (万元, 亿元, 万人) is written in its base word, so
 * the scale is written once: 3403000万元 is `340.3亿元`, 0.5万元 is `5000元`. English writes
 * the figure as given.
 *
 * | comparator | zh-CN | zh-TW | en |
 * |---|---|---|---|
 * | eq | `62.5万人次`, `99%` | `62.5萬人次` | `625,000 人次` |
 * | approx | `约1.2万人` | `約1.2萬人` | `about 12,000 人` |
 * | nearly | `近4000人` | `近4000人` | `nearly 4,000 人` |
 * | gt | `5万余人`, `1234余人`, `超过99%` | `5萬餘人`, `超過99%` | `more than 50,000 人` |
 * | gte | `100人以上` | `100人以上` | `at least 100 人` |
 * | lt | `不足100人` | `不足100人` | `less than 100 人` |
 * | lte | `100人以下` | `100人以下` | `at most 100 人` |
 * | range | `30至40人`, `2000至3000人次`, `3万至5万人`, `5%至8%` | `3萬至5萬人` | `30 to 40 人` |
 *
 * 余 follows the number and its scale word (`4.3万余人`), as the articles write it; with a
 * `%` unit, where `99余%` is not Chinese, `gt` is written with 超过. Each end of a range is
 * written with its own scale word. In zh-TW a measure word of the unit table is written in
 * traditional characters (个 → 個, 万人次 → 萬人次); any other unit is printed as given.
 * English keeps all digits with thousands separators, with a space before a unit other than `%`.
 * With `exact`, no digit is rounded away (the scale word stays).
 *
 * @param q - The quantity.
 * @param options - The locale; zh-CN by default.
 * @returns The figure as text.
 * @throws {@link ShiliuError} `INVALID_QUANTITY` when the figure is not one {@link safeQuantity}
 * accepts (a value that is not finite, an unknown comparator, a range without a finite upper
 * end): a number it was not given is never printed.
 * @category quantity
 * @example
 * ```ts
 * formatQuantity({ value: 625000, unit: "人次", comparator: "eq" }) //=> "62.5万人次"
 * formatQuantity({ value: 50000, unit: "人", comparator: "gt" }) //=> "5万余人"
 * formatQuantity({ value: 4000, unit: "人", comparator: "nearly" }) //=> "近4000人"
 * formatQuantity({ value: 30, upper: 40, unit: "人", comparator: "range" }) //=> "30至40人"
 * formatQuantity({ value: 50000, unit: "人", comparator: "gt" }, { locale: "zh-TW" }) //=> "5萬餘人"
 * formatQuantity({ value: 223, unit: "个", comparator: "eq" }, { locale: "zh-TW" }) //=> "223個"
 * formatQuantity({ value: 50000, unit: "人", comparator: "gt" }, { locale: "en" }) //=> "more than 50,000 人"
 * formatQuantity({ value: 123457, unit: "人", comparator: "eq" }, { exact: true }) //=> "12.3457万人"
 * formatQuantity({ value: 3403000, unit: "万元", comparator: "eq" }) //=> "340.3亿元"
 * ```
 */
export function formatQuantity(q: Quantity, options: FormatQuantityOptions = {}): string {
  const locale = resolveLocale(options.locale);
  checkQuantity(q, locale);
  return written(locale === "en" ? q : writtenWord(q), locale, options.exact === true);
}

/** Writes a checked figure in a locale. */
function written(q: Quantity, locale: Locale, exact: boolean): string {
  const meaning = comparatorTable[q.comparator];
  const between = meaning.direction === "between";
  const unit = q.unit ?? "";
  // A % figure, and one left in a scaled word (its base word would overflow), take no scale word.
  const unscaled = unit === "%" || scaledWord(unit);
  const percent = unit === "%";
  const write = (value: number, mode: DecimalRounding): string => {
    const decimal = toDecimal(value);
    const power = locale === "en" || unscaled ? 0 : scaleOf(decimal, mode, exact);
    const text = writtenAt(decimal, power, mode, exact ? undefined : q.precision, exact);
    if (locale === "en") return grouped(text);
    return power === 0
      ? text
      : `${text}${power === 4 ? scaleWords[locale].tenThousand : scaleWords[locale].hundredMillion}`;
  };
  const form =
    locale !== "en" && percent && meaning.form.percent !== undefined
      ? meaning.form.percent[locale]
      : meaning.form[locale];
  const unitText =
    locale === "en" && unit !== "" && !percent ? ` ${unit}` : measureWord(unit, locale);
  return form
    .replace("{number}", write(q.value, lowerRounding(q)))
    .replace("{upper}", between ? write(q.upper as number, "ceiling") : "")
    .replaceAll("{unit}", unitText);
}

/**
 * The figure as {@link formatQuantity} shows it in a locale: its value and upper end rounded to
 * the printed digits, no written precision. Two figures that differ may show the same.
 *
 * @internal
 */
export function shownQuantity(figure: Quantity, locale: Locale = "zh-CN"): Quantity {
  checkQuantity(figure, locale);
  const q = locale === "en" ? figure : writtenWord(figure);
  const unscaled = q.unit === "%" || scaledWord(q.unit ?? "");
  const shown = (value: number, mode: DecimalRounding): number => {
    const decimal = toDecimal(value);
    const power = locale === "en" || unscaled ? 0 : scaleOf(decimal, mode, false);
    return decimalToNumber(shiftDecimal(roundedAt(decimal, power, mode, q.precision), power));
  };
  const { precision: _precision, ...rest } = q;
  return {
    ...rest,
    value: shown(q.value, lowerRounding(q)),
    ...(q.upper === undefined ? {} : { upper: shown(q.upper, "ceiling") }),
  };
}

/**
 * The figure as Chinese writes it: one in a scaled word (3403000万元) in its base word
 * (34030000000元), so the scale is written once (340.3亿元, never 340.3万万元); as given when the
 * base word would not hold it finitely.
 */
function writtenWord(q: Quantity): Quantity {
  if (!scaledWord(q.unit ?? "")) return q;
  const base = inBaseWord(q);
  const finite =
    Number.isFinite(base.value) && (base.upper === undefined || Number.isFinite(base.upper));
  return finite ? base : q;
}

/** A scaled word of the unit table (万元, 亿元, 万人): one of it is 10^4 or more of its base word. */
function scaledWord(unit: string): boolean {
  return unit !== "" && unitOf(unit).exponent > 0;
}

function checkQuantity(q: Quantity, locale: Locale): void {
  const checked = safeQuantity(q.value, q.unit, q.comparator, {
    locale,
    ...(q.upper === undefined ? {} : { upper: q.upper }),
    ...(q.precision === undefined ? {} : { precision: q.precision }),
  });
  if (!checked.ok) {
    throw new ShiliuError("INVALID_QUANTITY", [
      { path: [], message: checked.message, reason: checked.reason },
    ]);
  }
}

/** Lower bounds (and the lower end of a range) round down, upper bounds up, the rest half-up. */
function lowerRounding(q: Quantity): DecimalRounding {
  const direction = comparatorTable[q.comparator].direction;
  return direction === "lower" || direction === "between"
    ? "floor"
    : direction === "upper"
      ? "ceiling"
      : "half-up";
}

/** Digits after the point at a scale of 10^power: 2, or fewer to end at the written precision. */
function placesAt(power: number, precision: number | undefined): number | undefined {
  if (precision === undefined || !(precision > 0) || !Number.isFinite(precision)) return undefined;
  return Math.min(2, Math.max(0, power - decimalMagnitude(toDecimal(precision))));
}

/** The number at a scale of 10^power, rounded as printed. */
function roundedAt(
  decimal: Decimal,
  power: number,
  mode: DecimalRounding,
  precision: number | undefined,
): Decimal {
  return roundDecimalBy(shiftDecimal(decimal, -power), placesAt(power, precision) ?? 2, mode);
}

/** The number written plain at a scale of 10^power (fixed places when precise; all when exact). */
function writtenAt(
  decimal: Decimal,
  power: number,
  mode: DecimalRounding,
  precision: number | undefined,
  exact: boolean,
): string {
  if (exact) return decimalToPlainString(shiftDecimal(decimal, -power));
  const fixed = placesAt(power, precision);
  const rounded = roundedAt(decimal, power, mode, precision);
  return fixed === undefined ? decimalToPlainString(rounded) : decimalToFixedString(rounded, fixed);
}

/** The scale a Chinese number is written at: 0, 4 (万) or 8 (亿), judged on the rounded number. */
function scaleOf(decimal: Decimal, mode: DecimalRounding, exact: boolean): number {
  const at = (power: number) =>
    Math.abs(
      decimalToNumber(
        exact
          ? shiftDecimal(decimal, -power)
          : roundDecimalBy(shiftDecimal(decimal, -power), 2, mode),
      ),
    );
  if (at(0) < 1e4) return 0;
  return at(4) < 1e4 ? 4 : 8;
}

/** An English number with thousands separators. */
function grouped(text: string): string {
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const point = body.indexOf(".");
  const whole = point === -1 ? body : body.slice(0, point);
  const fraction = point === -1 ? "" : body.slice(point);
  let result = "";
  for (let end = whole.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    result = result === "" ? whole.slice(start, end) : `${whole.slice(start, end)},${result}`;
  }
  return `${negative ? "-" : ""}${result}${fraction}`;
}
