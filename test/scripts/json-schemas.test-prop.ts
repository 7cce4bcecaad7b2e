import { Ajv2020 } from "ajv/dist/2020";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../../scripts/json-schemas";
import { ReportSchema } from "../../src/schemas/report";
import { sampleReport } from "../report/fixtures";

const validateJson = new Ajv2020({ allErrors: true }).compile(jsonSchemas().report);

// Values a field might be replaced by. Region codes, periods and dates are kept to ones the
// calendar and GB/T 2260 accept, since those checks are the documented differences.
const replacement = fc.oneof(
  fc.constantFrom(
    null,
    "",
    "150105",
    "2023",
    "2023-04-26",
    "online",
    "plan",
    0,
    -1,
    2023,
    1.5,
    true,
    [],
    {},
    { value: 1 },
    { value: 1, unit: "人", comparator: "gt" },
    ["150105"],
  ),
  fc.string({ maxLength: 3 }),
  fc.integer(),
);

/** Every path to a value inside the sample report. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

const paths = pathsOf(sampleReport()).filter((path) => path.length > 0);

function replaced(path: readonly (string | number)[], value: unknown): unknown {
  const report = structuredClone(sampleReport()) as unknown;
  let node = report as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
  return report;
}

describe("zod and the JSON Schema agree", () => {
  it("on every report made by replacing one value of a valid report", () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), replacement, (path, value) => {
        const input = replaced(path, value);
        expect(validateJson(input)).toBe(ReportSchema.safeParse(input).success);
      }),
      { numRuns: 500 },
    );
  });

  it("on every report made by adding one key to a record of a valid report", () => {
    const recordPaths = paths.filter((path) => typeof path.at(-1) === "number");
    fc.assert(
      fc.property(fc.constantFrom(...recordPaths), fc.string({ minLength: 1 }), (path, key) => {
        const input = structuredClone(sampleReport()) as unknown;
        let node = input as Record<string | number, unknown>;
        for (const step of path) node = node[step] as Record<string | number, unknown>;
        if (typeof node === "object" && node !== null && !Array.isArray(node)) node[key] = 1;
        expect(validateJson(input)).toBe(ReportSchema.safeParse(input).success);
      }),
    );
  });
});
