import {
  type Decimal,
  decimalToNumber,
  decimalToPlainString,
  roundDecimal,
  shiftDecimal,
  toDecimal,
} from "../core/decimal";
import type { Locale } from "../core/locale";
import type { Quantity } from "./types";

/**
 * Options of {@link formatQuantity}.
 *
 * @category quantity
 */
export interface FormatQuantityOptions {
  /** The language to write in; defaults to `"zh-CN"`. */
  readonly locale?: Locale;
}

const scaleWords = {
  "zh-CN": { tenThousand: "万", hundredMillion: "亿", more: "余", about: "约", over: "超过" },
  "zh-TW": { tenThousand: "萬", hundredMillion: "億", more: "餘", about: "約", over: "超過" },
} as const;

const englishWords = {
  eq: "",
  approx: "about ",
  nearly: "nearly ",
  gt: "more than ",
  gte: "at least ",
  lt: "less than ",
  lte: "at most ",
} as const;

/**
 * Writes a reported figure the one canonical way for its qualifier and locale.
 *
 * Numbers are rounded 四舍五入 to at most 2 decimals, trailing zeros trimmed. In Chinese a
 * number of at least 1万 is written in 万 and one of at least 1亿 in 亿 (萬/億 in zh-TW);
 * a `%` figure is never scaled. The canonical zh-CN forms, one per comparator:
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
 *
 * 余 follows the number and its scale word (`4.3万余人`), as the articles write it; with a
 * `%` unit, where `99余%` is not Chinese, `gt` is written with 超过. Every zh-CN form reads
 * back through a Chinese figure parser to the same quantity whenever the value has at most
 * 2 decimals at the printed scale. The unit is printed as given (units are simplified
 * Chinese; convert a zh-TW string with `toTraditional` from `shiliu/script` if needed).
 * English keeps all digits with thousands separators, with a space before a unit other than `%`.
 *
 * @param q - The quantity.
 * @param options - The locale; zh-CN by default.
 * @returns The figure as text.
 * @category quantity
 * @example
 * ```ts
 * formatQuantity({ value: 625000, unit: "人次", comparator: "eq" }) //=> "62.5万人次"
 * formatQuantity({ value: 50000, unit: "人", comparator: "gt" }) //=> "5万余人"
 * formatQuantity({ value: 4000, unit: "人", comparator: "nearly" }) //=> "近4000人"
 * formatQuantity({ value: 50000, unit: "人", comparator: "gt" }, { locale: "zh-TW" }) //=> "5萬餘人"
 * formatQuantity({ value: 50000, unit: "人", comparator: "gt" }, { locale: "en" }) //=> "more than 50,000 人"
 * ```
 */
export function formatQuantity(q: Quantity, options: FormatQuantityOptions = {}): string {
  const locale = options.locale ?? "zh-CN";
  const unit = q.unit ?? "";
  const percent = unit === "%";
  if (locale === "en") {
    const number = englishNumber(q.value);
    const spaced = unit === "" || percent ? unit : ` ${unit}`;
    return `${englishWords[q.comparator]}${number}${spaced}`;
  }
  const words = scaleWords[locale];
  const number = percent
    ? plain(roundDecimal(toDecimal(q.value), 2))
    : chineseNumber(q.value, locale);
  switch (q.comparator) {
    case "eq":
      return `${number}${unit}`;
    case "approx":
      return `${words.about}${number}${unit}`;
    case "nearly":
      return `近${number}${unit}`;
    case "gt":
      return percent ? `${words.over}${number}${unit}` : `${number}${words.more}${unit}`;
    case "gte":
      return `${number}${unit}以上`;
    case "lt":
      return `不足${number}${unit}`;
    case "lte":
      return `${number}${unit}以下`;
  }
}

function plain(decimal: Decimal): string {
  return decimalToPlainString(decimal);
}

function chineseNumber(value: number, locale: "zh-CN" | "zh-TW"): string {
  const decimal = toDecimal(value);
  const units = roundDecimal(decimal, 2);
  if (Math.abs(decimalToNumber(units)) < 1e4) return plain(units);
  const tenThousands = roundDecimal(shiftDecimal(decimal, -4), 2);
  if (Math.abs(decimalToNumber(tenThousands)) < 1e4) {
    return `${plain(tenThousands)}${scaleWords[locale].tenThousand}`;
  }
  return `${plain(roundDecimal(shiftDecimal(decimal, -8), 2))}${scaleWords[locale].hundredMillion}`;
}

function englishNumber(value: number): string {
  const text = plain(roundDecimal(toDecimal(value), 2));
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const point = body.indexOf(".");
  const whole = point === -1 ? body : body.slice(0, point);
  const fraction = point === -1 ? "" : body.slice(point);
  let grouped = "";
  for (let end = whole.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    grouped = grouped === "" ? whole.slice(start, end) : `${whole.slice(start, end)},${grouped}`;
  }
  return `${negative ? "-" : ""}${grouped}${fraction}`;
}
