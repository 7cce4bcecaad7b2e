import { describeValue } from "./describe-value";
import { formatMessage, type LocalizedText } from "./labels";
import type { Locale } from "./locale";
import { ShiliuError, type ShiliuIssue } from "./shiliu-error";

/**
 * What one option must be: the words that complete “the option x must be …”, and the test of a
 * value. With `list`, the option is a list and `fits` tests each of its items.
 *
 * @internal
 */
export interface OptionCheck {
  readonly expected: LocalizedText;
  readonly fits: (value: unknown) => boolean;
  readonly list?: true;
}

/**
 * One {@link OptionCheck} for every key of an options type: a new option that has no check does
 * not compile.
 *
 * @internal
 */
export type OptionChecks<Options> = { readonly [Name in keyof Options]-?: OptionCheck };

/**
 * Checks the options of one function; throws when they are not options it takes.
 *
 * @internal
 */
export type OptionsAssertion<Options> = (
  options: unknown,
  locale: Locale,
) => asserts options is Options | undefined;

const messages = {
  notOptions: {
    "zh-CN": "{function} 的选项应为对象，收到的是 {value}",
    "zh-TW": "{function} 的選項應為物件，收到的是 {value}",
    en: "the options of {function} must be an object, not {value}",
  },
  unknownOption: {
    "zh-CN": "{function} 没有选项 {name}",
    "zh-TW": "{function} 沒有選項 {name}",
    en: "{function} has no option {name}",
  },
  badOption: {
    "zh-CN": "选项 {name} 应为{expected}，收到的是 {value}",
    "zh-TW": "選項 {name} 應為{expected}，收到的是 {value}",
    en: "the option {name} must be {expected}, not {value}",
  },
} satisfies Readonly<Record<string, LocalizedText>>;

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null;

/** `undefined` when the value fits, `-1` when the value itself does not, else the first bad item. */
function defectOf(check: OptionCheck, value: unknown): number | undefined {
  if (check.list === undefined) return check.fits(value) ? undefined : -1;
  if (!Array.isArray(value)) return -1;
  const bad = value.findIndex((item) => !check.fits(item));
  return bad === -1 ? undefined : bad;
}

/**
 * The check of a function's options, made from its table: `undefined` options and `undefined`
 * values pass; options that are not an object, an unknown key, or a value (or a list's item) that
 * does not fit throw {@link ShiliuError} `INVALID_ARGUMENT` — a programmer's error, not a problem
 * of the data — with one located issue per bad option, naming the function and the option in the
 * given locale.
 *
 * @param functionName - The function whose options these are, as its callers write it.
 * @param checks - What each option must be.
 * @internal
 */
export function optionChecker<Options>(
  functionName: string,
  checks: OptionChecks<Options>,
): OptionsAssertion<Options> {
  const table: Readonly<Record<string, OptionCheck>> = checks;
  return (options, locale) => {
    if (options === undefined) return;
    if (!isObject(options) || Array.isArray(options)) {
      const value = describeValue(options, locale);
      const message = formatMessage(messages.notOptions, locale, { function: functionName, value });
      throw new ShiliuError("INVALID_ARGUMENT", [{ path: [], message }]);
    }
    const issues: ShiliuIssue[] = [];
    for (const name of Object.keys(options)) {
      const check = Object.hasOwn(table, name) ? table[name] : undefined;
      if (check === undefined) {
        const message = formatMessage(messages.unknownOption, locale, {
          function: functionName,
          name,
        });
        issues.push({ path: [name], message });
        continue;
      }
      const value = options[name];
      const bad = value === undefined ? undefined : defectOf(check, value);
      if (bad === undefined) continue;
      const whole = bad === -1;
      const message = formatMessage(messages.badOption, locale, {
        name: whole ? name : `${name}[${bad}]`,
        expected: check.expected[locale],
        value: describeValue(whole ? value : (value as readonly unknown[])[bad], locale),
      });
      issues.push({ path: whole ? [name] : [name, bad], message });
    }
    if (issues.length > 0) throw new ShiliuError("INVALID_ARGUMENT", issues);
  };
}
