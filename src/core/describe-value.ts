import type { Locale } from "./locale";

/** What a message says for a value that is no number, or none at all. */
const words = {
  nan: { "zh-CN": "非数值", "zh-TW": "非數值", en: "not a number" },
  positiveInfinity: { "zh-CN": "正无穷大", "zh-TW": "正無窮大", en: "positive infinity" },
  negativeInfinity: { "zh-CN": "负无穷大", "zh-TW": "負無窮大", en: "negative infinity" },
  missing: { "zh-CN": "空缺值", "zh-TW": "空缺值", en: "a missing value" },
} as const;

/**
 * Writes a number for a message: as JavaScript prints it when finite, in words when not
 * (a reader of 收到 NaN learns nothing; 收到 非数值 says what arrived).
 *
 * @internal
 */
export function describeNumber(value: number, locale: Locale = "zh-CN"): string {
  if (Number.isNaN(value)) return words.nan[locale];
  if (value === Number.POSITIVE_INFINITY) return words.positiveInfinity[locale];
  if (value === Number.NEGATIVE_INFINITY) return words.negativeInfinity[locale];
  return String(value);
}

/**
 * Shows a caller-supplied value in a message without ever throwing (`String(value)` throws for
 * objects whose `toString` is not callable, for revoked proxies and for some symbols' keys), and
 * in words where JavaScript would print NaN, Infinity or undefined.
 *
 * @internal
 */
export function describeValue(value: unknown, locale: Locale = "zh-CN"): string {
  try {
    switch (typeof value) {
      case "string":
        return value.length > 60 ? `${value.slice(0, 60)}…` : value;
      case "number":
        return describeNumber(value, locale);
      case "undefined":
        return words.missing[locale];
      case "bigint":
      case "boolean":
        return String(value);
      case "symbol":
        return value.toString();
      case "function":
        return "function";
      default:
        if (value === null) return "null";
        return Array.isArray(value) ? `array(${value.length})` : "object";
    }
  } catch {
    return "object";
  }
}
