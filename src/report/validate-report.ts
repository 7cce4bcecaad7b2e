import * as z from "zod";
import type { LocalizedText } from "../core/labels";
import { defaultLocale, isLocale, type Locale } from "../core/locale";
import { standardIndicators } from "../metric/standard-indicators";
import type { Indicator } from "../metric/types";
import { type Report, ReportSchema } from "../schemas/report";
import { builtInReportRules } from "./built-in-report-rules";
import { createDiagnostic, type Diagnostic } from "./diagnostic";
import { fieldTitle } from "./field-title";
import { type LeftOutRecord, type ReadReport, readReport, reportCollections } from "./read-report";
import type { ReportRule, ReportRuleContext } from "./report-rule";
import { createRetiredRegionCodeRule } from "./rules/retired-region-code";
import { shapeOf } from "./schema-field";
import { checkOptions, type ValidateReportOptions } from "./validate-report-options";

/**
 * What {@link validateReport} found: `ok` is `false` exactly when a diagnostic is an error, and
 * `report`, the parsed report, is present exactly when `ok` is `true`.
 *
 * @category report
 */
export type ValidateReportResult =
  | { readonly ok: true; readonly report: Report; readonly diagnostics: readonly Diagnostic[] }
  | {
      readonly ok: false;
      readonly report?: undefined;
      readonly diagnostics: readonly Diagnostic[];
    };

// Longer collections are refused before parsing, so a hostile submission cannot make the
// validator build millions of issues. A real report has thousands of records, not millions.
const maxRecords = 1_000_000;

const collectionKeys = /* @__PURE__ */ Object.keys(
  reportCollections,
) as readonly (keyof typeof reportCollections)[];

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
  ruleFailed: {
    "zh-CN": "规则 {code} 执行出错，未能完成检查：{error}",
    "zh-TW": "規則 {code} 執行出錯，未能完成檢查：{error}",
    en: "rule {code} failed and could not finish its check: {error}",
  },
  rulesNotRun: {
    "zh-CN": "报告的{fields}有误，跨记录规则均未运行",
    "zh-TW": "報告的{fields}有誤，跨記錄規則均未運行",
    en: "the report's {fields} failed its schema, so no cross-record rule ran",
  },
  fieldLeftOut: {
    "zh-CN": "报告的{field}有误，跨记录规则检查时视为未填写",
    "zh-TW": "報告的{field}有誤，跨記錄規則檢查時視為未填寫",
    en: "the report's {field} failed its schema; the cross-record rules read it as absent",
  },
} satisfies Readonly<Record<string, LocalizedText>>;

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

function errorText(error: unknown): string {
  try {
    if (error instanceof Error) return error.message;
    return String(error);
  } catch {
    return "?";
  }
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
    } catch (error) {
      const { code } = rule;
      diagnostics.push(
        createDiagnostic(code, "error", [], messages.ruleFailed, context.locale, {
          code,
          error: errorText(error),
        }),
      );
    }
  }
  return diagnostics;
}

/**
 * Turns the paths of rule diagnostics, which index the checked report, into paths into the
 * submission: with records left out, the third activity checked may be the fifth submitted.
 */
function toSubmission(
  diagnostics: readonly Diagnostic[],
  submittedIndex: ReadReport["submittedIndex"],
): readonly Diagnostic[] {
  if (Object.keys(submittedIndex).length === 0) return diagnostics;
  return diagnostics.map((diagnostic) => {
    const [collection, index, ...rest] = diagnostic.path;
    if (typeof collection !== "string" || typeof index !== "number") return diagnostic;
    const kept = Object.hasOwn(submittedIndex, collection)
      ? submittedIndex[collection as keyof typeof submittedIndex]
      : undefined;
    const submitted = kept?.[index];
    if (submitted === undefined) return diagnostic;
    return { ...diagnostic, path: [collection, submitted, ...rest] };
  });
}

/** Today in China (UTC+8), the one time zone of the data. */
function todayInChina(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function contextFor(
  report: Report,
  locale: Locale,
  options: ValidateReportOptions | undefined,
  leftOut: readonly LeftOutRecord[],
): ReportRuleContext {
  const indicators = new Map<string, Indicator>();
  const known = options?.knownIndicators ?? Object.values(standardIndicators);
  for (const indicator of known) indicators.set(indicator.id, indicator);
  for (const indicator of report.indicators) indicators.set(indicator.id, indicator);
  const today = options?.today ?? todayInChina();
  const regionIndex = options?.regionIndex;
  const context = { locale, indicators, leftOut, today };
  return regionIndex === undefined ? context : { ...context, regionIndex };
}

/** Says what the rules could not see because of an error found earlier. */
function notChecked(
  failedFields: readonly string[],
  complete: boolean,
  locale: Locale,
): Diagnostic[] {
  const shape = shapeOf(ReportSchema);
  const titleOf = (key: string) => {
    const schema = shape[key];
    const meta = schema === undefined ? undefined : z.globalRegistry.get(schema)?.title;
    return locale === "en" || typeof meta !== "string" ? key : fieldTitle(meta, locale);
  };
  const diagnostics: Diagnostic[] = [];
  if (!complete) {
    const required = failedFields.filter((key) => !shape[key]?._zod.optin);
    const fields = required.map(titleOf).join(locale === "en" ? ", " : "、");
    return [
      createDiagnostic("NOT_CHECKED", "warning", [], messages.rulesNotRun, locale, { fields }),
    ];
  }
  for (const field of failedFields) {
    if (Object.hasOwn(reportCollections, field)) continue;
    const params = { field: titleOf(field) };
    diagnostics.push(
      createDiagnostic("NOT_CHECKED", "warning", [field], messages.fieldLeftOut, locale, params),
    );
  }
  return diagnostics;
}

/**
 * Validates a submitted report (创建工作报告) in one pass: every field and every record against
 * its schema, one by one, then the cross-record rules over every record that passed — ids
 * unique and references resolved, regions known and listed as a region index would accept
 * them, agreement parties, dates inside the period, units that agree, whole counts, ratios,
 * percentages, growth rates and child sums that agree, designations that fit their recipient,
 * and quotes that occur in the source and read as their figures.
 *
 * A record that fails its schema gets its located `SCHEMA` diagnostics and is left out; a
 * `NOT_CHECKED` warning says the rules did not see it. It never throws on any input and never
 * mutates it: null, a string, a cyclic object, an object with throwing getters or `__proto__`
 * keys all come back as diagnostics.
 *
 * @param input - Anything: typically parsed JSON.
 * @param options - The locale of the messages, a region catalogue, and the rules to run.
 * @returns `ok`, the parsed `report` when there is no error, and every diagnostic found.
 * @throws {@link ShiliuError} `INVALID_ARGUMENT` when `options` are not valid options.
 * @category report
 * @example
 * ```ts
 * const result = validateReport({ id: "r", title: "报告", regionCode: "150105", period: "2023", activities: [{ id: "a", name: "云交流", date: "2023-04-26", regionCodes: ["150105"], modality: "online", partcipants: { value: 4000 } }] });
 * result.ok //=> false
 * result.diagnostics[0]?.path //=> ["activities", 0, "partcipants"]
 * result.diagnostics[0]?.message //=> "活动“云交流”（a）出现未知字段 partcipants"
 * ```
 */
export function validateReport(
  input: unknown,
  options?: ValidateReportOptions,
): ValidateReportResult {
  const locale: Locale = isLocale(options?.locale) ? options.locale : defaultLocale;
  checkOptions(options, locale);
  try {
    const refused = tooManyRecords(input, locale);
    if (refused.length > 0) return { ok: false, diagnostics: refused };
    const read = readReport(input, locale, options?.zodIssues === true);
    const diagnostics = [...read.diagnostics];
    const { report } = read;
    if (isRecord(input) && !Array.isArray(input)) {
      diagnostics.push(...notChecked(read.failedFields, report !== undefined, locale));
    }
    if (report !== undefined) {
      const history = options?.regionHistory;
      const chosen = options?.rules ?? builtInReportRules;
      const rules =
        history === undefined ? chosen : [...chosen, createRetiredRegionCodeRule(history)];
      const context = contextFor(report, locale, options, read.leftOut);
      const found = runRules(report, rules, context);
      diagnostics.push(...toSubmission(found, read.submittedIndex));
    }
    const failed = report === undefined || diagnostics.some((d) => d.severity === "error");
    return failed || report === undefined
      ? { ok: false, diagnostics }
      : { ok: true, report, diagnostics };
  } catch {
    return {
      ok: false,
      diagnostics: [createDiagnostic("SCHEMA", "error", [], messages.unreadable, locale)],
    };
  }
}
