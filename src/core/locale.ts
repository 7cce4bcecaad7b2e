/**
 * A language the library can speak: simplified Chinese (the default), traditional
 * Chinese, or English.
 *
 * @category core
 */
export type Locale = "zh-CN" | "zh-TW" | "en";

/**
 * Every {@link Locale}, default first.
 *
 * @category core
 * @example
 * ```ts
 * locales //=> ["zh-CN", "zh-TW", "en"]
 * ```
 */
export const locales: readonly Locale[] = ["zh-CN", "zh-TW", "en"];

/**
 * The locale used when none is given: `"zh-CN"`.
 *
 * @category core
 */
export const defaultLocale: Locale = "zh-CN";

/**
 * Tells whether a value is one of the supported {@link locales}.
 *
 * @param value - Anything.
 * @returns `true` for `"zh-CN"`, `"zh-TW"` and `"en"`.
 * @category core
 * @example
 * ```ts
 * isLocale("zh-TW") //=> true
 * isLocale("zh-HK") //=> false
 * ```
 */
export function isLocale(value: unknown): value is Locale {
  return value === "zh-CN" || value === "zh-TW" || value === "en";
}

/**
 * The locale to speak: the one asked for when shiliu speaks it, otherwise `"zh-CN"`, so that
 * untyped callers passing `"en-US"` get messages rather than a `TypeError`.
 *
 * @internal
 */
export function resolveLocale(value: unknown): Locale {
  return isLocale(value) ? value : "zh-CN";
}
