import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import * as mainEntry from "../../src/index";
import { validateReport } from "../../src/report/validate-report";
import { mainTargets } from "./classification";
import { hostileCases, isHostileError, prototypeSnapshot } from "./hostile";

/** Generated JSON documents per schema; the hostile catalogue comes on top of these. */
const numRuns = 60;

interface Tally {
  hostile: number;
  generated: number;
  propagated: number;
  escapes: string[];
}

const tallies = new Map<string, Tally>();
const prototypesBefore = prototypeSnapshot();

interface SafeParser {
  safeParse(input: unknown): { readonly success: boolean };
}

const schemas = Object.entries(mainTargets)
  .filter(([, target]) => target.kind === "schema")
  .map(([name]) => [name, (mainEntry as Record<string, unknown>)[name] as SafeParser] as const);

/**
 * zod's `safeParse` turns every problem it finds into issues, but it does not catch what the
 * input itself throws (a getter, a Proxy trap): that error, and only that one, may come out.
 */
function tryParse(
  name: string,
  schema: SafeParser,
  input: unknown,
  kind: "hostile" | "generated",
  label: () => string,
) {
  const tally = tallies.get(name) ?? { hostile: 0, generated: 0, propagated: 0, escapes: [] };
  tallies.set(name, tally);
  tally[kind]++;
  try {
    const result = schema.safeParse(input);
    if (typeof result?.success !== "boolean") tally.escapes.push(`${label()}: no success flag`);
  } catch (error) {
    if (isHostileError(error)) tally.propagated++;
    else
      tally.escapes.push(
        `${label()}: threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 120)}` : String(error)}`,
      );
  }
}

describe("every exported schema's safeParse on arbitrary JSON and hostile objects", () => {
  it("has schemas to check", () => {
    expect(schemas.length).toBeGreaterThan(0);
  });

  for (const [name, schema] of schemas) {
    it(name, () => {
      for (const hostile of hostileCases) {
        tryParse(name, schema, hostile.make(), "hostile", () => hostile.label);
        // The same value one level down, where a field of the entity belongs.
        tryParse(
          name,
          schema,
          { id: hostile.make(), value: hostile.make() },
          "hostile",
          () => `field = ${hostile.label}`,
        );
      }
      fc.assert(
        fc.property(fc.jsonValue(), (json) => {
          tryParse(name, schema, json, "generated", () => fc.stringify(json).slice(0, 160));
        }),
        { numRuns },
      );
      expect(tallies.get(name)?.escapes).toEqual([]);
    }, 60_000);
  }
});

describe("validateReport never throws, whatever the input", () => {
  const name = "validateReport";
  const cases: readonly [string, () => unknown][] = [
    ...hostileCases.map((c) => [c.label, c.make] as [string, () => unknown]),
    [
      "a 50 MB array (6.5 million small numbers) as observations",
      () => ({ observations: new Array(6_500_000).fill(7) }),
    ],
    ["a 50 MB array at the top", () => new Array(6_500_000).fill(7)],
  ];
  it("returns diagnostics for every hostile input, and never lets the input's own error out", () => {
    const tally: Tally = { hostile: 0, generated: 0, propagated: 0, escapes: [] };
    tallies.set(name, tally);
    for (const [label, make] of cases) {
      tally.hostile++;
      try {
        const result = validateReport(make());
        if (result.ok || result.diagnostics.length === 0) tally.escapes.push(`${label}: accepted`);
      } catch (error) {
        tally.escapes.push(
          `${label}: threw ${error instanceof Error ? error.name : String(error)}`,
        );
      }
    }
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        tally.generated++;
        try {
          validateReport(json);
        } catch (error) {
          tally.escapes.push(`${fc.stringify(json).slice(0, 160)}: threw ${String(error)}`);
        }
      }),
      { numRuns },
    );
    expect(tally.escapes).toEqual([]);
  }, 120_000);
});

afterAll(() => {
  const rows = [...tallies.entries()].map(([schema, t]) => ({
    name: schema,
    hostile: t.hostile,
    generated: t.generated,
    propagated: t.propagated,
    escaped: t.escapes.length,
    examples: t.escapes.slice(0, 5),
  }));
  console.log(
    [
      `reliability: ${rows.length} schemas and validateReport, ${rows.reduce((sum, row) => sum + row.hostile + row.generated, 0)} inputs`,
      ...rows.map(
        (row) =>
          `  ${row.name.padEnd(28)} hostile ${String(row.hostile).padStart(3)}  generated ${String(row.generated).padStart(3)}  input's own error passed on ${row.propagated}  escaped ${row.escaped}`,
      ),
    ].join("\n"),
  );
  const dir = resolve(import.meta.dirname, "../../reports/reliability");
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, "schemas.json"), `${JSON.stringify({ numRuns, rows }, null, 2)}\n`);
  expect(prototypeSnapshot()).toBe(prototypesBefore);
});
