// Reads a submission record by record, so one bad record costs its own diagnostics and no more:
// the records that pass their schema make up the report the cross-record rules check.
import type * as z from "zod";
import { formatMessage } from "../core/labels";
import type { Locale } from "../core/locale";
import { type Report, ReportSchema } from "../schemas/report";
import { describeObservation, describeRecord, type RecordKind, recordKindLabel } from "./describe";
import { createDiagnostic, type Diagnostic } from "./diagnostic";
import { schemaDiagnostics } from "./schema-diagnostics";
import { elementOf, isOptional, shapeOf } from "./schema-field";

/**
 * The collections of a report, with the kind of record each holds and the field that names a
 * record in a message.
 *
 * @internal
 */
export const reportCollections = {
  regions: { kind: "region", name: "name", id: "code" },
  units: { kind: "unit", name: "name", id: "id" },
  brands: { kind: "brand", name: "name", id: "id" },
  campaigns: { kind: "campaign", name: "name", id: "id" },
  activities: { kind: "activity", name: "name", id: "id" },
  agreements: { kind: "agreement", name: "title", id: "id" },
  designations: { kind: "designation", name: "title", id: "id" },
  indicators: { kind: "indicator", name: "name", id: "id" },
  observations: { kind: "observation", name: "indicatorId", id: "indicatorId" },
} as const satisfies Readonly<
  Record<
    ReportCollection,
    { readonly kind: RecordKind; readonly name: string; readonly id: string }
  >
>;

/**
 * The name of a report collection, such as `activities`.
 *
 * @category report
 */
export type ReportCollection =
  | "regions"
  | "units"
  | "brands"
  | "campaigns"
  | "activities"
  | "agreements"
  | "designations"
  | "indicators"
  | "observations";

/**
 * A record left out of the checked report because it failed its schema: where it was, and its
 * id when one could be read, so that references to it are not called unknown.
 *
 * @category report
 */
export interface LeftOutRecord {
  readonly collection: ReportCollection;
  readonly index: number;
  /** The record's `id` (a region's `code`) as submitted, when it is a string. */
  readonly id?: string;
}

/**
 * What reading found: the report of every record that passed (absent when a field of the
 * report itself that every rule needs did not), the SCHEMA diagnostics, the records left out
 * and the optional fields of the report dropped because they failed.
 *
 * @internal
 */
export interface ReadReport {
  readonly report?: Report;
  readonly diagnostics: readonly Diagnostic[];
  readonly leftOut: readonly LeftOutRecord[];
  /** Fields of the report itself that failed: required ones stop the rules, optional ones are left out. */
  readonly failedFields: readonly string[];
  /**
   * For each collection that lost records, the submitted index of each record kept, so that a
   * rule's path into the checked report can be turned into a path into the submission.
   */
  readonly submittedIndex: Readonly<Partial<Record<ReportCollection, readonly number[]>>>;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Names a submitted record from whatever of it can be read: 活动“云交流”（a1）. */
function nameOf(collection: ReportCollection, index: number, raw: unknown, locale: Locale): string {
  const { kind, name, id } = reportCollections[collection];
  const fields = isRecord(raw) ? raw : {};
  if (collection === "observations") {
    const { indicatorId, regionCode, period } = fields;
    if (typeof indicatorId === "string" && typeof regionCode === "string") {
      if (typeof period === "string") {
        return describeObservation({ indicatorId, regionCode, period }, locale);
      }
    }
  }
  let shown = fields[name];
  if (isRecord(shown) && typeof shown["zh-CN"] === "string") shown = shown["zh-CN"];
  const key = fields[id];
  const text = typeof shown === "string" && shown.trim() !== "" ? shown : undefined;
  const code = typeof key === "string" && key !== "" && key !== text ? key : undefined;
  if (text === undefined && code === undefined) {
    return formatMessage(nthRecord, locale, { kind: recordKindLabel(kind, locale), n: index + 1 });
  }
  return describeRecord(kind, text, code, locale);
}

const freeze = Object.freeze;

const nthRecord = { "zh-CN": "第 {n} 条{kind}", "zh-TW": "第 {n} 條{kind}", en: "{kind} no. {n}" };

const recordLeftOut = {
  "zh-CN": "{record}未通过格式检查，跨记录规则未检查该记录",
  "zh-TW": "{record}未通過格式檢查，跨記錄規則未檢查該記錄",
  en: "{record} failed its schema, so no cross-record rule checked it",
};

/**
 * Reads `input` as a report, one field and one record at a time.
 *
 * @internal
 */
export function readReport(input: unknown, locale: Locale, keepIssue: boolean): ReadReport {
  const diagnostics: Diagnostic[] = [];
  if (!isRecord(input)) {
    const parsed = ReportSchema.safeParse(input);
    const issues = parsed.success ? [] : parsed.error.issues;
    const scope = { schema: ReportSchema, basePath: [], input, locale, keepIssue };
    const diagnostics = schemaDiagnostics(issues, scope);
    return { diagnostics, leftOut: [], failedFields: [], submittedIndex: {} };
  }
  // Most submissions pass: one parse of the whole report is the cheapest way to find that out.
  // Only a failing one is read again record by record.
  const whole = ReportSchema.safeParse(input);
  if (whole.success) {
    return { report: whole.data, diagnostics, leftOut: [], failedFields: [], submittedIndex: {} };
  }
  const shape = shapeOf(ReportSchema);
  const report: Record<string, unknown> = {};
  const leftOut: LeftOutRecord[] = [];
  const submittedIndex: Partial<Record<ReportCollection, number[]>> = {};
  const failedFields: string[] = [];
  let complete = true;
  for (const [key, schema] of Object.entries(shape)) {
    const present = Object.hasOwn(input, key);
    const value = present ? input[key] : undefined;
    const isCollection = Object.hasOwn(reportCollections, key);
    if (isCollection && (Array.isArray(value) || !present)) {
      if (!present) {
        if (key !== "regions") report[key] = freeze([]);
        continue;
      }
      const collection = key as ReportCollection;
      const element = elementOf(schema) as z.ZodType;
      const records: unknown[] = [];
      const kept: number[] = [];
      const list = value as readonly unknown[];
      for (let index = 0; index < list.length; index++) {
        const raw = list[index];
        const parsed = element.safeParse(raw);
        if (parsed.success) {
          records.push(parsed.data);
          kept.push(index);
          continue;
        }
        const scope = {
          schema: element,
          basePath: [key, index],
          input: raw,
          record: nameOf(collection, index, raw, locale),
          kind: recordKindLabel(reportCollections[collection].kind, "zh-CN"),
          locale,
          keepIssue,
        };
        diagnostics.push(...schemaDiagnostics(parsed.error.issues, scope));
        diagnostics.push(
          createDiagnostic("NOT_CHECKED", "warning", [key, index], recordLeftOut, locale, {
            record: scope.record,
          }),
        );
        const id = isRecord(raw) ? raw[reportCollections[collection].id] : undefined;
        leftOut.push(typeof id === "string" ? { collection, index, id } : { collection, index });
      }
      report[key] = freeze(records);
      if (kept.length < list.length) submittedIndex[collection] = kept;
      continue;
    }
    if (!present && isOptional(schema)) continue;
    const parsed = (schema as z.ZodType).safeParse(value);
    if (parsed.success) {
      report[key] = parsed.data;
      continue;
    }
    const scope = { schema, basePath: [key], input: value, locale, keepIssue };
    diagnostics.push(...schemaDiagnostics(parsed.error.issues, scope));
    failedFields.push(key);
    // A collection that is not a list holds no records to check; the rest still can be.
    if (isCollection) {
      if (key !== "regions") report[key] = freeze([]);
    } else if (!isOptional(schema)) {
      complete = false;
    }
  }
  for (const key of Object.keys(input)) {
    if (Object.hasOwn(shape, key)) continue;
    const issue: z.core.$ZodIssue = {
      code: "unrecognized_keys",
      keys: [key],
      path: [],
      message: `Unrecognized key: "${key}"`,
      input,
    };
    const scope = { schema: ReportSchema, basePath: [], input, locale, keepIssue };
    diagnostics.push(...schemaDiagnostics([issue], scope));
  }
  // The shape of ReportSchema, frozen as its `.readonly()` output is.
  if (!complete) return { diagnostics, leftOut, failedFields, submittedIndex };
  const read = freeze(report) as Report;
  return { report: read, diagnostics, leftOut, failedFields, submittedIndex };
}
