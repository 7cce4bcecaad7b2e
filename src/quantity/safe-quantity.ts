import { describeValue } from "../core/describe-value";
import { formatMessage, type LocalizedText } from "../core/labels";
import type { Locale } from "../core/locale";
import { resolveLocale } from "../core/locale";
import { failure, type Result, success } from "../core/result";
import {
  type Comparator,
  comparatorValues,
  type Quantity,
  type QuantityFailureReason,
} from "./types";

/**
 * Options of {@link quantity} and {@link safeQuantity}.
 *
 * @category quantity
 */
export interface QuantityOptions {
  /** The language of failure messages; defaults to `"zh-CN"`. */
  readonly locale?: Locale;
  /** The upper end of a `range` (三四十人: 30 to 40): required for a range, refused otherwise. */
  readonly upper?: number;
  /** The place of the last written digit (200亿 is `1e8`): a positive finite number. */
  readonly precision?: number;
}

const messages: { readonly [reason in QuantityFailureReason]: LocalizedText } = {
  not_finite: {
    "zh-CN": "数值须为有限数，收到 {value}",
    "zh-TW": "數值須為有限數，收到 {value}",
    en: "the value must be a finite number, got {value}",
  },
  unknown_comparator: {
    "zh-CN": "未知的限定词 {value}",
    "zh-TW": "未知的限定詞 {value}",
    en: "unknown comparator {value}",
  },
  empty_unit: {
    "zh-CN": "单位不能为空字符串",
    "zh-TW": "單位不能為空字串",
    en: "the unit must not be an empty string",
  },
  invalid_range: {
    "zh-CN": "区间须有大于下限的有限上限，且只有区间才有上限，收到上限 {value}",
    "zh-TW": "區間須有大於下限的有限上限，且只有區間才有上限，收到上限 {value}",
    en: "a range needs a finite upper end above its value, and only a range has one; got upper {value}",
  },
  invalid_precision: {
    "zh-CN": "精度须为正的有限数，收到 {value}",
    "zh-TW": "精度須為正的有限數，收到 {value}",
    en: "the precision must be a positive finite number, got {value}",
  },
};

const comparators: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(comparatorValues);

/**
 * Builds a reported figure (数量), or says why it cannot: the value must be finite, the unit
 * non-empty, the comparator one of the eight {@link Comparator}s, a `range` must have a finite
 * `upper` above its value (and nothing else may have one), and a precision must be positive.
 *
 * @param value - The number in base units (5万 is `50000`; 6.7% is `6.7` with unit `"%"`).
 * @param unit - The measure word or symbol (人, 人次, 元, %); omit for a bare number.
 * @param comparator - The writer's qualifier; defaults to `"eq"`.
 * @param options - The upper end of a range, the written precision, the locale of the failure message.
 * @returns The quantity, or a failure with reason `not_finite`, `unknown_comparator`,
 * `empty_unit`, `invalid_range` or `invalid_precision`.
 * @category quantity
 * @example
 * ```ts
 * safeQuantity(50000, "人", "gt") //=> { ok: true, value: { value: 50000, unit: "人", comparator: "gt" } }
 * safeQuantity(30, "人", "range", { upper: 40 }) //=> { ok: true, value: { value: 30, upper: 40, unit: "人", comparator: "range" } }
 * safeQuantity(Number.NaN, "人").ok //=> false
 * ```
 */
export function safeQuantity(
  value: number,
  unit?: string,
  comparator: Comparator = "eq",
  options: QuantityOptions = {},
): Result<Quantity, QuantityFailureReason> {
  const locale = resolveLocale(options.locale);
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return failure(
      "not_finite",
      formatMessage(messages.not_finite, locale, { value: describeValue(value, locale) }),
    );
  }
  if (!comparators.has(comparator)) {
    return failure(
      "unknown_comparator",
      formatMessage(messages.unknown_comparator, locale, {
        value: describeValue(comparator, locale),
      }),
    );
  }
  if (unit === "") return failure("empty_unit", formatMessage(messages.empty_unit, locale));
  const { upper, precision } = options;
  const range = comparator === "range";
  if (
    range !== (upper !== undefined) ||
    (upper !== undefined && !(typeof upper === "number" && Number.isFinite(upper) && upper > value))
  ) {
    return failure(
      "invalid_range",
      formatMessage(messages.invalid_range, locale, { value: describeValue(upper, locale) }),
    );
  }
  if (
    precision !== undefined &&
    !(typeof precision === "number" && Number.isFinite(precision) && precision > 0)
  ) {
    return failure(
      "invalid_precision",
      formatMessage(messages.invalid_precision, locale, {
        value: describeValue(precision, locale),
      }),
    );
  }
  const normalized = value === 0 ? 0 : value;
  return success({
    value: normalized,
    ...(upper === undefined ? {} : { upper: upper === 0 ? 0 : upper }),
    ...(unit === undefined ? {} : { unit }),
    comparator,
    ...(precision === undefined ? {} : { precision }),
  });
}
