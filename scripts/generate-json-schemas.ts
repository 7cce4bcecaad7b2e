// Writes dist/schemas/<name>.schema.json for the report and every entity; `npm run build` runs
// it after tsup.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { jsonSchemas } from "./json-schemas";

const outDir = resolve(import.meta.dirname, "../dist/schemas");
mkdirSync(outDir, { recursive: true });
const written: string[] = [];
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = `${name}.schema.json`;
  writeFileSync(join(outDir, file), `${JSON.stringify(schema, null, 2)}\n`);
  written.push(file);
}
console.log(`wrote ${written.length} JSON Schemas to dist/schemas: ${written.join(", ")}`);
