import { describeValue } from "../../core/describe-value";
import { formatMessage, type LocalizedText } from "../../core/labels";
import { isLocale, type Locale } from "../../core/locale";
import { ShiliuError, type ShiliuIssue } from "../../core/shiliu-error";
import { isIsoDate } from "../../period/is-iso-date";
import { isRegionCode } from "../../region/is-region-code";
import type { DraftReportOptions } from "./types";

const messages = {
  notOptions: {
    "zh-CN": "draftReport 的选项应为对象，收到的是 {value}",
    "zh-TW": "draftReport 的選項應為物件，收到的是 {value}",
    en: "the options of draftReport must be an object, not {value}",
  },
  unknownOption: {
    "zh-CN": "draftReport 没有选项 {name}",
    "zh-TW": "draftReport 沒有選項 {name}",
    en: "draftReport has no option {name}",
  },
  badOption: {
    "zh-CN": "选项 {name} 应为{expected}，收到的是 {value}",
    "zh-TW": "選項 {name} 應為{expected}，收到的是 {value}",
    en: "the option {name} must be {expected}, not {value}",
  },
} satisfies Readonly<Record<string, LocalizedText>>;

interface OptionCheck {
  readonly expected: LocalizedText;
  readonly fits: (value: unknown) => boolean;
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null;

/** What each option must be. A new option adds one entry here and one field of `DraftReportOptions`. */
const optionChecks: Readonly<Record<keyof DraftReportOptions, OptionCheck>> = {
  // Like every entry point, an unknown locale falls back to zh-CN rather than failing.
  locale: { expected: { "zh-CN": "", "zh-TW": "", en: "" }, fits: () => true },
  regionIndex: {
    expected: {
      "zh-CN": "由 createRegionIndex 建立的区划索引",
      "zh-TW": "由 createRegionIndex 建立的區劃索引",
      en: "a region index made by createRegionIndex",
    },
    fits: (value) =>
      isObject(value) &&
      typeof value.findByName === "function" &&
      typeof value.ancestors === "function",
  },
  publishedOn: {
    expected: {
      "zh-CN": "YYYY-MM-DD 格式的日期",
      "zh-TW": "YYYY-MM-DD 格式的日期",
      en: "a date written YYYY-MM-DD",
    },
    fits: isIsoDate,
  },
  regionCode: {
    expected: {
      "zh-CN": "行政区划代码（GB/T 2260）",
      "zh-TW": "行政區劃代碼（GB/T 2260）",
      en: "a region code (GB/T 2260)",
    },
    fits: isRegionCode,
  },
};

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
  const asked = isObject(options) ? options.locale : undefined;
  const locale: Locale = isLocale(asked) ? asked : "zh-CN";
  if (options === undefined) return { options: {}, locale };
  if (!isObject(options) || Array.isArray(options)) {
    const message = formatMessage(messages.notOptions, locale, { value: describeValue(options) });
    throw new ShiliuError("INVALID_ARGUMENT", [{ path: [], message }]);
  }
  const issues: ShiliuIssue[] = [];
  for (const name of Object.keys(options)) {
    if (!Object.hasOwn(optionChecks, name)) {
      issues.push({
        path: [name],
        message: formatMessage(messages.unknownOption, locale, { name }),
      });
      continue;
    }
    const value = options[name];
    const check = optionChecks[name as keyof DraftReportOptions];
    if (value === undefined || check.fits(value)) continue;
    issues.push({
      path: [name],
      message: formatMessage(messages.badOption, locale, {
        name,
        expected: check.expected[locale],
        value: describeValue(value),
      }),
    });
  }
  if (issues.length > 0) throw new ShiliuError("INVALID_ARGUMENT", issues);
  return { options: options as DraftReportOptions, locale };
}
