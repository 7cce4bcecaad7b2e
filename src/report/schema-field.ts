// Finds what a schema says about the place an issue points at: the titles of the fields along
// the path (活动 → 参与人数 → 数值) and the schema of the value there, so a message can name the
// field as a clerk knows it and say what belongs there.
import type { z } from "zod";

type Schema = z.core.$ZodType;

/** The part of a zod 4 definition this file reads; every schema's `_zod.def` has these. */
interface Definition {
  readonly type: string;
  readonly innerType?: Schema;
  readonly in?: Schema;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly element?: Schema;
  readonly valueType?: Schema;
  readonly getter?: () => Schema;
}

// Wrappers that change how a value is read but not what it is.
const wrappers: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "optional",
  "nonoptional",
  "nullable",
  "default",
  "prefault",
  "readonly",
  "catch",
  "success",
]);

function definitionOf(schema: Schema): Definition {
  return schema._zod.def as unknown as Definition;
}

/** The title a schema's `.meta()` gave it, read from zod's global registry. */
export type TitleOf = (schema: Schema) => string | undefined;

/**
 * One step of a path: the title the field has (the outermost one, where a field's `.meta()`
 * names it; `undefined` when no wrapper has one) and the schema of its value, unwrapped.
 *
 * @internal
 */
export interface FieldStep {
  readonly title: string | undefined;
  readonly schema: Schema;
}

function unwrap(schema: Schema, titleOf: TitleOf): FieldStep {
  let title = titleOf(schema);
  let current = schema;
  for (let depth = 0; depth < 32; depth++) {
    const definition = definitionOf(current);
    const next = wrappers.has(definition.type)
      ? definition.innerType
      : definition.type === "pipe"
        ? definition.in
        : definition.type === "lazy"
          ? definition.getter?.()
          : undefined;
    if (next === undefined) break;
    current = next;
    title ??= titleOf(current);
  }
  return { title, schema: current };
}

function child(schema: Schema, key: string | number): Schema | undefined {
  const definition = definitionOf(schema);
  if (definition.type === "object" && typeof key === "string" && definition.shape) {
    return Object.hasOwn(definition.shape, key) ? definition.shape[key] : undefined;
  }
  if (definition.type === "array" && typeof key === "number") return definition.element;
  if (definition.type === "record") return definition.valueType;
  return undefined;
}

/**
 * The steps from `root` along `path`: the root's own step first, then one per key the schema
 * can follow. It stops early where the schema cannot tell (a union, an unknown key).
 *
 * @internal
 */
export function fieldsAlong(
  root: Schema,
  path: readonly (string | number)[],
  titleOf: TitleOf,
): readonly FieldStep[] {
  const steps: FieldStep[] = [unwrap(root, titleOf)];
  for (const key of path) {
    const last = steps[steps.length - 1] as FieldStep;
    const next = child(last.schema, key);
    if (next === undefined) break;
    steps.push(unwrap(next, titleOf));
  }
  return steps;
}

/**
 * The type of an unwrapped schema as zod names it (`string`, `number`, `object`, `array`,
 * `enum` …).
 *
 * @internal
 */
export function schemaType(schema: Schema): string {
  return definitionOf(schema).type;
}

/**
 * The regular expressions a string schema checks, for telling a region code from a date.
 *
 * @internal
 */
export function patternsOf(schema: Schema): readonly RegExp[] {
  const checks = (schema._zod.def as { readonly checks?: readonly z.core.$ZodCheck[] }).checks;
  const found: RegExp[] = [];
  for (const check of checks ?? []) {
    const pattern = (check._zod.def as { readonly pattern?: unknown }).pattern;
    if (pattern instanceof RegExp) found.push(pattern);
  }
  return found;
}

/**
 * The keys of an object schema, to recognise a shape such as a quantity.
 *
 * @internal
 */
export function keysOf(schema: Schema): readonly string[] {
  const { shape } = definitionOf(schema);
  return shape === undefined ? [] : Object.keys(shape);
}

/**
 * The schema of the items of a list schema (`z.array(X).readonly().default([])` → `X`, as
 * declared, with its own checks), or `undefined` when the schema is not a list.
 *
 * @internal
 */
export function elementOf(schema: Schema): Schema | undefined {
  let current: Schema | undefined = schema;
  for (let depth = 0; depth < 32 && current !== undefined; depth++) {
    const definition = definitionOf(current);
    if (definition.type === "array") return definition.element;
    current = wrappers.has(definition.type) ? definition.innerType : undefined;
  }
  return undefined;
}

/**
 * The fields of an object schema, seen through its wrappers (`.readonly()`, `.meta()`).
 *
 * @internal
 */
export function shapeOf(schema: Schema): Readonly<Record<string, Schema>> {
  let current: Schema | undefined = schema;
  for (let depth = 0; depth < 32 && current !== undefined; depth++) {
    const definition = definitionOf(current);
    if (definition.type === "object") return definition.shape ?? {};
    current = wrappers.has(definition.type) ? definition.innerType : undefined;
  }
  return {};
}

/**
 * Whether a field may be left out: it is optional or has a default.
 *
 * @internal
 */
export function isOptional(schema: Schema): boolean {
  return schema._zod.optin === "optional";
}
