import type { z } from "zod";
import { en, zhCN, zhTW } from "zod/locales";
import type { LocalizedText } from "../core/labels";
import { formatMessage } from "../core/labels";
import { defaultLocale, isLocale, type Locale } from "../core/locale";
import { standardIndicators } from "../metric/standard-indicators";
import type { Indicator } from "../metric/types";
import type { RegionIndex } from "../region/types";
import { patternMessages, patterns, refinementMessage } from "../schemas/messages";
import { type Report, ReportSchema } from "../schemas/report";
import { builtInReportRules } from "./built-in-report-rules";
import { formatPath } from "./describe";
import { createDiagnostic, type Diagnostic } from "./diagnostic";
import type { ReportRule, ReportRuleContext } from "./report-rule";

/**
 * Options of {@link validateReport}.
 *
 * @category report
 */
export interface ValidateReportOptions {
  /** The language of the messages; defaults to `"zh-CN"`. */
  readonly locale?: Locale;
  /**
   * A region catalogue, such as one built from `shiliu/cn-regions`. A region code is known when
   * it is in `report.regions` or in this index; without either, UNKNOWN_REGION checks nothing.
   */
  readonly regionIndex?: RegionIndex;
  /**
   * The indicators a report may refer to without defining them; defaults to the
   * `standardIndicators`. A report's own definition of an id takes precedence.
   */
  readonly knownIndicators?: readonly Indicator[];
  /**
   * The cross-record rules to run; defaults to {@link builtInReportRules}. Pass a subset to
   * skip rules, or add an app's own: `[...builtInReportRules, myRule]`.
   */
  readonly rules?: readonly ReportRule[];
}

/**
 * What {@link validateReport} found: `ok` is `false` exactly when a diagnostic is an error.
 * `report` is the parsed report whenever it passed its schema, even when a rule found errors.
 *
 * @category report
 */
export type ValidateReportResult =
  | { readonly ok: true; readonly report: Report; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly report?: Report; readonly diagnostics: readonly Diagnostic[] };

// Longer collections are refused before parsing, so a hostile submission cannot make the
// validator build millions of issues. A real report has thousands of records, not millions.
const maxRecords = 1_000_000;

const collectionKeys = [
  "regions",
  "units",
  "brands",
  "campaigns",
  "activities",
  "agreements",
  "designations",
  "indicators",
  "observations",
] as const;

const messages = {
  unreadable: {
    "zh-CN": "无法读取提交的数据（读取时出错）",
    "zh-TW": "無法讀取提交的資料（讀取時出錯）",
    en: "the submitted data could not be read (reading it failed)",
  },
  tooMany: {
    "zh-CN": "{path} 有 {count} 条记录，超过上限 {max} 条",
    "zh-TW": "{path} 有 {count} 條記錄，超過上限 {max} 條",
    en: "{path} has {count} records, more than the limit of {max}",
  },
  unknownKey: {
    "zh-CN": "出现未知字段 {key}",
    "zh-TW": "出現未知欄位 {key}",
    en: "unknown key {key}",
  },
  located: { "zh-CN": "{path}：{message}", "zh-TW": "{path}：{message}", en: "{path}: {message}" },
  ruleFailed: {
    "zh-CN": "规则 {code} 执行出错，未能完成检查",
    "zh-TW": "規則 {code} 執行出錯，未能完成檢查",
    en: "rule {code} failed and could not finish its check",
  },
} satisfies Readonly<Record<string, LocalizedText>>;

function zodErrorMap(locale: Locale) {
  const locales = { "zh-CN": zhCN, "zh-TW": zhTW, en };
  return locales[locale]().localeError;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null;
}

function tooManyRecords(input: unknown, locale: Locale): Diagnostic[] {
  if (!isRecord(input) || Array.isArray(input)) return [];
  const diagnostics: Diagnostic[] = [];
  for (const key of collectionKeys) {
    const value = Object.hasOwn(input, key) ? input[key] : undefined;
    if (Array.isArray(value) && value.length > maxRecords) {
      diagnostics.push(
        createDiagnostic("SCHEMA", "error", [key], messages.tooMany, locale, {
          path: key,
          count: value.length,
          max: maxRecords,
        }),
      );
    }
  }
  return diagnostics;
}

function pathOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === "symbol" ? String(key) : key));
}

function locate(path: readonly (string | number)[], message: string, locale: Locale): string {
  if (path.length === 0) return message;
  return formatMessage(messages.located, locale, { path: formatPath(path), message });
}

function messageOf(issue: z.core.$ZodIssue, locale: Locale): string {
  if (issue.code === "custom") {
    const message = refinementMessage(issue.params, locale);
    if (message !== undefined) return message;
  }
  if (issue.code === "invalid_format" && issue.format === "regex") {
    for (const [name, pattern] of Object.entries(patterns)) {
      if (String(pattern) === issue.pattern) {
        return patternMessages[name as keyof typeof patterns][locale];
      }
    }
  }
  return issue.message;
}

function schemaDiagnostics(issues: readonly z.core.$ZodIssue[], locale: Locale): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const issue of issues) {
    const path = pathOf(issue.path);
    if (issue.code === "unrecognized_keys") {
      // One diagnostic per key, with the key in its path, so a typo points at itself.
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        const message = formatMessage(messages.unknownKey, locale, { key });
        diagnostics.push({
          code: "SCHEMA",
          severity: "error",
          path: keyPath,
          message: locate(path, message, locale),
        });
      }
      continue;
    }
    diagnostics.push({
      code: "SCHEMA",
      severity: "error",
      path,
      message: locate(path, messageOf(issue, locale), locale),
    });
  }
  return diagnostics;
}

function runRules(
  report: Report,
  rules: readonly ReportRule[],
  context: ReportRuleContext,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    try {
      diagnostics.push(...rule.check(report, context));
    } catch {
      const code = typeof rule.code === "string" ? rule.code : "RULE";
      diagnostics.push(
        createDiagnostic(code, "error", [], messages.ruleFailed, context.locale, { code }),
      );
    }
  }
  return diagnostics;
}

function contextFor(
  report: Report,
  locale: Locale,
  options: ValidateReportOptions | undefined,
): ReportRuleContext {
  const indicators = new Map<string, Indicator>();
  const known = options?.knownIndicators ?? Object.values(standardIndicators);
  for (const indicator of known) indicators.set(indicator.id, indicator);
  for (const indicator of report.indicators) indicators.set(indicator.id, indicator);
  const regionIndex = options?.regionIndex;
  return regionIndex === undefined ? { locale, indicators } : { locale, indicators, regionIndex };
}

/**
 * Validates a submitted report (创建工作报告): its shape against {@link ReportSchema}, then the
 * cross-record rules — ids unique and references resolved, regions known, agreement parties,
 * dates inside the period, ratios, percentages, growth rates and child sums that agree, and
 * quotes that read as their figures.
 *
 * It never throws and never mutates its input: null, a string, a cyclic object, an object with
 * throwing getters or `__proto__` keys all come back as diagnostics.
 *
 * @param input - Anything: typically parsed JSON.
 * @param options - The locale of the messages, a region catalogue, and the rules to run.
 * @returns `ok`, the parsed `report` when it passed its schema, and every diagnostic found.
 * @category report
 * @example
 * ```ts
 * const result = validateReport({ id: "r", title: "报告", regionCode: "150105", period: "2023", activities: [{ id: "a", name: "云交流", date: "2023-04-26", regionCodes: ["150105"], modality: "online", partcipants: { value: 4000 } }] });
 * result.ok //=> false
 * result.diagnostics[0]?.path //=> ["activities", 0, "partcipants"]
 * result.diagnostics[0]?.message //=> "activities[0]：出现未知字段 partcipants"
 * ```
 */
export function validateReport(
  input: unknown,
  options?: ValidateReportOptions,
): ValidateReportResult {
  let locale: Locale = defaultLocale;
  try {
    if (isLocale(options?.locale)) locale = options.locale;
    const refused = tooManyRecords(input, locale);
    if (refused.length > 0) return { ok: false, diagnostics: refused };
    const parsed = ReportSchema.safeParse(input, { error: zodErrorMap(locale) });
    if (!parsed.success) {
      return { ok: false, diagnostics: schemaDiagnostics(parsed.error.issues, locale) };
    }
    const report = parsed.data;
    const rules = options?.rules ?? builtInReportRules;
    const diagnostics = runRules(report, rules, contextFor(report, locale, options));
    return diagnostics.some((diagnostic) => diagnostic.severity === "error")
      ? { ok: false, report, diagnostics }
      : { ok: true, report, diagnostics };
  } catch {
    return {
      ok: false,
      diagnostics: [createDiagnostic("SCHEMA", "error", [], messages.unreadable, locale)],
    };
  }
}
