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
};

const comparators: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(comparatorValues);

/**
 * Builds a reported figure (数量), or says why it cannot: the value must be finite, the unit
 * non-empty and the comparator one of the seven {@link Comparator}s.
 *
 * @param value - The number in base units (5万 is `50000`; 6.7% is `6.7` with unit `"%"`).
 * @param unit - The measure word or symbol (人, 人次, 元, %); omit for a bare number.
 * @param comparator - The writer's qualifier; defaults to `"eq"`.
 * @param options - The locale of the failure message.
 * @returns The quantity, or a failure with reason `not_finite`, `unknown_comparator` or `empty_unit`.
 * @category quantity
 * @example
 * ```ts
 * safeQuantity(50000, "人", "gt") //=> { ok: true, value: { value: 50000, unit: "人", comparator: "gt" } }
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
      formatMessage(messages.not_finite, locale, { value: describeValue(value) }),
    );
  }
  if (!comparators.has(comparator)) {
    return failure(
      "unknown_comparator",
      formatMessage(messages.unknown_comparator, locale, { value: describeValue(comparator) }),
    );
  }
  if (unit === "") return failure("empty_unit", formatMessage(messages.empty_unit, locale));
  const normalized = value === 0 ? 0 : value;
  return success(
    unit === undefined
      ? { value: normalized, comparator }
      : { value: normalized, unit, comparator },
  );
}
