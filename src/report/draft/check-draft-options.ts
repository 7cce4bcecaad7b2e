import { type Locale, resolveLocale } from "../../core/locale";
import { type OptionChecks, type OptionsAssertion, optionChecker } from "../../core/option-checker";
import { isRegionCode } from "../../region/is-region-code";
import { dayOption, localeOption, regionIndexOption } from "../common-option-checks";
import type { DraftReportOptions } from "./types";

/** What each option must be. A new option adds one entry here and one field of `DraftReportOptions`. */
const optionChecks: OptionChecks<DraftReportOptions> = {
  locale: localeOption,
  regionIndex: regionIndexOption,
  publishedOn: dayOption,
  regionCode: {
    expected: {
      "zh-CN": "行政区划代码（GB/T 2260）",
      "zh-TW": "行政區劃代碼（GB/T 2260）",
      en: "a region code (GB/T 2260)",
    },
    fits: isRegionCode,
  },
};

const check: OptionsAssertion<DraftReportOptions> = /* @__PURE__ */ optionChecker(
  "draftReport",
  optionChecks,
);

/**
 * The options of `draftReport`, checked: a programmer's mistake (an unknown key, a date that is
 * not `YYYY-MM-DD`, a region code that is not one, an index that is not a region index) throws
 * `ShiliuError` `INVALID_ARGUMENT` with every problem located, in the requested locale (zh-CN
 * when the locale is not one shiliu speaks). Returns the options and the locale to speak.
 *
 * @internal
 */
export function checkDraftOptions(options: unknown): {
  readonly options: DraftReportOptions;
  readonly locale: Locale;
} {
  // Read as untyped callers write it: a number or a string has no locale and speaks zh-CN.
  const locale = resolveLocale(
    (options as { readonly locale?: unknown } | null | undefined)?.locale,
  );
  check(options, locale);
  return { options: options ?? {}, locale };
}
