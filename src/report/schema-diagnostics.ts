// Turns zod's issues into SCHEMA diagnostics worded in the domain: the field named by its title
// (活动“壮族三月三”的参与人数), what belongs there in words, what was found instead.
import * as z from "zod";
import { describeValue } from "../core/describe-value";
import { formatMessage } from "../core/labels";
import type { Locale } from "../core/locale";
import { refinementMessage } from "../schemas/messages";
import { ObservationSchema } from "../schemas/observation";
import { formatPath } from "./describe";
import type { Diagnostic } from "./diagnostic";
import { listAllowedValues } from "./enum-labels";
import { expectedValue, patternMessage } from "./expected-value";
import { fieldTitle } from "./field-title";
import { type FieldStep, fieldsAlong, type TitleOf } from "./schema-field";
import { schemaMessages as m } from "./schema-messages";

/**
 * Where a list of issues comes from: the schema their paths start at, the place of that schema
 * in the report, and the record it parses, already named (活动“云交流”（a1）), when it is one.
 *
 * @internal
 */
export interface IssueScope {
  readonly schema: z.core.$ZodType;
  readonly basePath: readonly (string | number)[];
  readonly record?: string;
  /** The word for the record's kind in zh-CN (单位), which its fields' titles may repeat (单位名称). */
  readonly kind?: string;
  /** The value the schema parsed, to show what an issue found. */
  readonly input: unknown;
  readonly locale: Locale;
  /** Whether each diagnostic carries the zod issue it was made from. */
  readonly keepIssue: boolean;
}

const titleOf = (schema: z.core.$ZodType) => {
  const title = z.globalRegistry.get(schema)?.title;
  return typeof title === "string" ? title : undefined;
};

// The schemas' titles are zh-CN; a zh-TW message names its fields by their traditional forms.
const traditionalTitleOf: TitleOf = (schema) => {
  const title = titleOf(schema);
  return title === undefined ? undefined : fieldTitle(title, "zh-TW");
};

const titlesIn = (locale: Locale): TitleOf => (locale === "zh-TW" ? traditionalTitleOf : titleOf);

/** The field an issue points at, as a message names it. */
function subjectOf(
  scope: IssueScope,
  path: readonly (string | number)[],
  steps: readonly FieldStep[],
): string {
  const { locale, record } = scope;
  if (locale === "en") {
    const keys = formatPath(record === undefined ? [...scope.basePath, ...path] : path);
    if (record === undefined) return keys === "" ? m.theReport.en : keys;
    return keys === "" ? record : `${record}, field ${keys}`;
  }
  if (record === undefined && scope.basePath.length === 0 && path.length === 0) {
    return m.theReport[locale];
  }
  const kind = scope.kind === undefined ? undefined : fieldTitle(scope.kind, locale);
  const kinds = [kind, steps[0]?.title].filter((k): k is string => k !== undefined);
  let text = record === undefined ? (steps[0]?.title ?? formatPath(scope.basePath)) : record;
  let previous = record === undefined ? steps[0]?.title : undefined;
  path.forEach((key, depth) => {
    if (typeof key === "number") {
      text += formatMessage(m.item, locale, { n: key + 1 });
      return;
    }
    let title = steps[depth + 1]?.title ?? key;
    // 活动“云交流”的名称, not 的活动名称; 观测值的数值, not 的数值的数值.
    const repeated =
      depth === 0 ? kinds.find((k) => title.startsWith(k) && title !== k) : undefined;
    if (repeated !== undefined) title = title.slice(repeated.length);
    if (title === previous) return;
    previous = title;
    text += text === "" ? title : `的${title}`;
  });
  return text === "" ? m.theReport[locale] : text;
}

/** What a value found is, in words: 数字 5, 文字“abc”, 列表, 空值 null. */
function receivedOf(input: unknown, received: unknown, locale: Locale): string {
  if (received === "NaN" || received === "Infinity") {
    return formatMessage(m.receivedNotFinite, locale, { value: String(received) });
  }
  if (input === null) return m.receivedNull[locale];
  if (Array.isArray(input)) return m.receivedList[locale];
  switch (typeof input) {
    case "number":
    case "bigint":
      return formatMessage(m.receivedNumber, locale, { value: describeValue(input) });
    case "string":
      return formatMessage(m.receivedText, locale, { value: describeValue(input) });
    case "boolean":
      return String(input);
    case "object":
      return m.receivedFields[locale];
    default:
      return m.receivedOther[locale];
  }
}

/** The value at `path` inside `input`, as the issue found it. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function lengthOf(input: unknown): number | undefined {
  if (typeof input === "string" || Array.isArray(input)) return input.length;
  return undefined;
}

function sizeMessage(
  issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
  input: unknown,
  subject: string,
  locale: Locale,
): string {
  const small = issue.code === "too_small";
  const limit = Number(small ? issue.minimum : issue.maximum);
  const count = lengthOf(input);
  const params = { subject, n: limit, count: count ?? "", value: describeValue(input) };
  switch (issue.origin) {
    case "string":
      if (small && limit <= 1) return formatMessage(m.emptyText, locale, params);
      return formatMessage(small ? m.tooShortText : m.tooLongText, locale, params);
    case "array":
    case "set":
      if (small && limit <= 1) return formatMessage(m.emptyList, locale, params);
      return formatMessage(small ? m.tooFewItems : m.tooManyItems, locale, params);
    default:
      if (issue.inclusive === false) {
        return formatMessage(small ? m.notAbove : m.notBelow, locale, params);
      }
      return formatMessage(small ? m.belowMinimum : m.aboveMaximum, locale, params);
  }
}

function messageOf(issue: z.core.$ZodIssue, scope: IssueScope): string {
  const { locale } = scope;
  const steps = fieldsAlong(scope.schema, issue.path as (string | number)[], titlesIn(locale));
  const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  const subject = subjectOf(scope, path, steps);
  const input = valueAt(scope.input, issue.path);
  const leaf = steps.length === path.length + 1 ? steps[steps.length - 1] : undefined;
  const expected = (values?: string) =>
    leaf === undefined
      ? m.allowedForm[locale]
      : expectedValue(leaf.schema, locale === "en" ? undefined : leaf.title, locale, values);
  const values =
    issue.code === "invalid_value" ? listAllowedValues(issue.values, locale) : undefined;
  if (input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) {
    return formatMessage(m.missing, locale, { subject, expected: expected(values) });
  }
  switch (issue.code) {
    case "invalid_type":
      return formatMessage(m.wrongType, locale, {
        subject,
        expected: expected(),
        received: receivedOf(input, (issue as { received?: unknown }).received, locale),
      });
    case "too_big":
    case "too_small":
      return sizeMessage(issue, input, subject, locale);
    case "invalid_format": {
      const detail =
        issue.format === "regex" && issue.pattern !== undefined
          ? patternMessage(issue.pattern.replace(/^\/|\/[a-z]*$/g, ""), locale)
          : undefined;
      if (detail === undefined) return formatMessage(m.badForm, locale, { subject });
      return formatMessage(m.detail, locale, { subject, detail });
    }
    case "invalid_value":
      return formatMessage(m.notAllowed, locale, {
        subject,
        values: values ?? "",
        received: receivedOf(input, undefined, locale),
      });
    case "not_multiple_of":
      return formatMessage(m.notMultiple, locale, { subject, divisor: String(issue.divisor) });
    case "custom": {
      const detail = refinementMessage(issue.params, locale) ?? issue.message;
      return formatMessage(m.detail, locale, { subject, detail });
    }
    case "invalid_key":
      return formatMessage(m.badKey, locale, { subject });
    default:
      return formatMessage(m.badForm, locale, { subject });
  }
}

function diagnostic(
  path: readonly (string | number)[],
  message: string,
  issue: z.core.$ZodIssue,
  scope: IssueScope,
): Diagnostic {
  const located = { code: "SCHEMA", severity: "error", path, message } as const;
  if (!scope.keepIssue) return located;
  return { ...located, issue: { ...issue, path: [...scope.basePath, ...issue.path] } };
}

let observationObject: z.core.$ZodType | undefined;

/** Whether the last step along an issue's path, reached in full, is an observation. */
function isObservation(step: FieldStep | undefined, reached: boolean): boolean {
  if (!reached || step === undefined) return false;
  observationObject ??= fieldsAlong(ObservationSchema, [], titleOf)[0]?.schema;
  return step.schema === observationObject;
}

/**
 * The SCHEMA diagnostics of a list of zod issues, worded in the scope's locale. An issue of
 * unknown keys becomes one diagnostic per key, the key last in its path.
 *
 * @internal
 */
export function schemaDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  scope: IssueScope,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const issue of issues) {
    const path = [
      ...scope.basePath,
      ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
    ];
    if (issue.code === "unrecognized_keys") {
      const titles = titlesIn(scope.locale);
      const steps = fieldsAlong(scope.schema, issue.path as (string | number)[], titles);
      const subject = subjectOf(scope, path.slice(scope.basePath.length), steps);
      const retired = isObservation(steps.at(-1), steps.length === issue.path.length + 1);
      for (const key of issue.keys) {
        // An observation's source.quote moved onto its figure: say where, not just "unknown".
        const template = retired && key === "source" ? m.movedQuote : m.unknownKey;
        const message = formatMessage(template, scope.locale, { subject, key });
        diagnostics.push(diagnostic([...path, key], message, issue, scope));
      }
      continue;
    }
    diagnostics.push(diagnostic(path, messageOf(issue, scope), issue, scope));
  }
  return diagnostics;
}
