// Every field title reachable from the package's public schemas, walked through zod's definitions.
import * as z from "zod";
import * as api from "../../src/index";

type Definition = Record<string, unknown> & { readonly type: string };

const children = ["innerType", "in", "out", "element", "valueType", "keyType", "catchall", "rest"];

/** Each zh-CN title a schema's `.meta()` gives, with the first place it was found (ReportSchema.period). */
export function schemaTitles(): ReadonlyMap<string, string> {
  const titles = new Map<string, string>();
  const seen = new Set<unknown>();
  const visit = (schema: unknown, where: string) => {
    if (typeof schema !== "object" || schema === null || !("_zod" in schema)) return;
    if (seen.has(schema)) return;
    seen.add(schema);
    const title = z.globalRegistry.get(schema as z.core.$ZodType)?.title;
    if (typeof title === "string" && !titles.has(title)) titles.set(title, where);
    const definition = (schema as z.core.$ZodType)._zod.def as unknown as Definition;
    for (const key of children) visit(definition[key], where);
    const shape = definition.shape as Record<string, unknown> | undefined;
    for (const [key, field] of Object.entries(shape ?? {})) visit(field, `${where}.${key}`);
    for (const option of (definition.options as unknown[] | undefined) ?? []) visit(option, where);
    for (const item of (definition.items as unknown[] | undefined) ?? []) visit(item, where);
    if (definition.type === "lazy") visit((definition.getter as () => unknown)(), where);
  };
  for (const [name, value] of Object.entries(api)) visit(value, name);
  return titles;
}
