import { describeNumber } from "./describe-value";
import { isLocale, type Locale } from "./locale";

/**
 * One text in every supported locale.
 *
 * @category core
 */
export interface LocalizedText {
  readonly "zh-CN": string;
  readonly "zh-TW": string;
  readonly en: string;
}

/**
 * Labels for the members of an enum: one {@link LocalizedText} per key.
 *
 * @category core
 */
export type LabelTable<K extends string> = { readonly [key in K]: LocalizedText };

/**
 * Reads the label of an enum member in a locale.
 *
 * @param table - The label table of the enum, such as `comparatorLabels`.
 * @param key - The enum member.
 * @param locale - The language; defaults to `"zh-CN"`, which is also used for a locale shiliu
 *   does not speak (such as `"en-US"` from untyped code).
 * @returns The label text.
 * @category core
 * @example
 * ```ts
 * const modality = { online: { "zh-CN": "线上", "zh-TW": "線上", en: "online" } };
 * labelOf(modality, "online", "zh-TW") //=> "線上"
 * ```
 */
export function labelOf<K extends string>(
  table: LabelTable<K>,
  key: K,
  locale: Locale = "zh-CN",
): string {
  return textIn(table[key], locale);
}

/** The text in `locale`, or in zh-CN when `locale` is not one shiliu speaks. */
function textIn(text: LocalizedText, locale: Locale): string {
  return isLocale(locale) ? text[locale] : text["zh-CN"];
}

/**
 * Fills `{name}` placeholders of a localized message template.
 *
 * @internal
 */
export function formatMessage(
  template: LocalizedText,
  locale: Locale,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return textIn(template, locale).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) return whole;
    return typeof value === "number" ? describeNumber(value, locale) : value;
  });
}
