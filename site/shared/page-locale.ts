// The language a page speaks: the one its link names, else the reader's browser language.
import { defaultLocale, isLocale, type Locale } from "shiliu";

/** The locale for `requested` (from `&locale=`), falling back to the browser's languages. */
export function pageLocale(requested: string | undefined, languages: readonly string[]): Locale {
  if (isLocale(requested)) return requested;
  for (const language of languages) {
    const tag = language.toLowerCase();
    if (/^zh-(tw|hk|mo|hant)/.test(tag)) return "zh-TW";
    if (tag.startsWith("zh")) return "zh-CN";
    if (tag.startsWith("en")) return "en";
  }
  return defaultLocale;
}

/** The `lang` attribute of a page in `locale`. */
export function htmlLang(locale: Locale): string {
  return locale === "zh-CN" ? "zh-Hans" : locale === "zh-TW" ? "zh-Hant" : "en";
}
