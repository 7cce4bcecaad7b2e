import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as cnRegionHistoryEntry from "../../src/cn-regions/history/index";
import * as cnRegionsEntry from "../../src/cn-regions/index";
import * as cnTownshipsEntry from "../../src/cn-regions/townships/index";
import * as mainEntry from "../../src/index";
import * as scriptEntry from "../../src/script/index";
import {
  cnRegionHistoryTargets,
  cnRegionsTargets,
  cnTownshipsTargets,
  type FunctionTarget,
  mainTargets,
  scriptTargets,
  type Target,
} from "./classification";
import { argumentsHoldNonFinite, hostileCases, judge, prototypeSnapshot } from "./hostile";

/** Generated argument lists per function; the hostile catalogue comes on top of these. */
const numRuns = 100;

interface Tally {
  hostile: number;
  generated: number;
  escapes: string[];
}

const tallies = new Map<string, Tally>();
const prototypesBefore = prototypeSnapshot();
const constantsBefore = new Map<string, string>();

const entries: readonly (readonly [
  string,
  Record<string, unknown>,
  Readonly<Record<string, Target>>,
])[] = [
  ["shiliu", mainEntry, mainTargets],
  ["shiliu/script", scriptEntry, scriptTargets],
  ["shiliu/cn-regions", cnRegionsEntry, cnRegionsTargets],
  ["shiliu/cn-regions/history", cnRegionHistoryEntry, cnRegionHistoryTargets],
  ["shiliu/cn-regions/townships", cnTownshipsEntry, cnTownshipsTargets],
];

function tally(name: string): Tally {
  const found = tallies.get(name);
  if (found !== undefined) return found;
  const created = { hostile: 0, generated: 0, escapes: [] };
  tallies.set(name, created);
  return created;
}

function printable(args: readonly unknown[]): string {
  try {
    return fc.stringify(args).slice(0, 160);
  } catch {
    return "(arguments that cannot be printed: they throw when read)";
  }
}

/** Calls `call` on each argument list and records what escaped. */
function attack(
  name: string,
  target: FunctionTarget,
  call: (args: readonly unknown[]) => unknown,
): void {
  const record = tally(name);
  const try1 = (args: readonly unknown[], label: () => string, kind: "hostile" | "generated") => {
    record[kind]++;
    const allowNonFinite = target.family !== "formula" && argumentsHoldNonFinite(args);
    const { escape: escaped } = judge(() => call(args), { allowNonFinite });
    if (escaped !== undefined && record.escapes.length < 5) {
      record.escapes.push(`${label()}: ${escaped}`);
    }
    return escaped === undefined;
  };
  for (const [position, param] of target.params.entries()) {
    for (const hostile of hostileCases) {
      if (param.accepts !== "any" && !param.accepts.includes(hostile.type)) continue;
      const args = [...target.sample()];
      args[position] = hostile.make();
      try1(args, () => `argument ${position + 1} = ${hostile.label}`, "hostile");
    }
  }
  // A property failure is recorded, not thrown, so one report lists every function that escaped.
  fc.assert(
    fc.property(fc.tuple(...target.params.map((param) => param.arbitrary)), (args) => {
      try1(args, () => `generated ${printable(args)}`, "generated");
    }),
    { numRuns },
  );
}

beforeAll(() => {
  for (const [entry, module, targets] of entries) {
    for (const [name, target] of Object.entries(targets)) {
      if (target.kind === "constant") {
        constantsBefore.set(`${entry}:${name}`, JSON.stringify(module[name]));
      }
    }
  }
});

describe("every public function returns a value, a Result or a ShiliuError on hostile input", () => {
  for (const [entry, module, targets] of entries) {
    for (const [name, target] of Object.entries(targets)) {
      if (target.kind !== "function") continue;
      it(`${entry}: ${name}`, () => {
        const exported = module[name] as (...args: unknown[]) => unknown;
        attack(name, target, (args) => exported(...args));
        for (const [method, methodTarget] of Object.entries(target.methods ?? {})) {
          const made = exported(...target.sample()) as Record<
            string,
            (...args: unknown[]) => unknown
          >;
          attack(`${name} → .${method}`, methodTarget, (args) => made[method]?.(...args));
        }
        const escaped = [...tallies.entries()]
          .filter(([key]) => key === name || key.startsWith(`${name} → `))
          .flatMap(([key, t]) => t.escapes.map((found) => `${key} ${found}`));
        expect(escaped).toEqual([]);
      }, 60_000);
    }
  }
});

afterAll(() => {
  const constantsAfter = [...constantsBefore.keys()].filter((key) => {
    const [entry, name] = key.split(":") as [string, string];
    const module = entries.find(([e]) => e === entry)?.[1];
    return JSON.stringify(module?.[name]) !== constantsBefore.get(key);
  });
  const rows = [...tallies.entries()].map(([name, t]) => ({
    name,
    hostile: t.hostile,
    generated: t.generated,
    escaped: t.escapes.length,
    examples: t.escapes,
  }));
  const total = rows.reduce((sum, row) => sum + row.hostile + row.generated, 0);
  console.log(
    [
      `reliability: ${rows.length} functions and methods, ${total} inputs (${hostileCases.length} hostile cases per argument, ${numRuns} generated argument lists each)`,
      ...rows.map(
        (row) =>
          `  ${row.name.padEnd(36)} hostile ${String(row.hostile).padStart(4)}  generated ${String(row.generated).padStart(4)}  escaped ${row.escaped}`,
      ),
    ].join("\n"),
  );
  const dir = resolve(import.meta.dirname, "../../reports/reliability");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    resolve(dir, "functions.json"),
    `${JSON.stringify({ numRuns, hostileCases: hostileCases.map((c) => c.label), rows }, null, 2)}\n`,
  );
  // Checked last, after every function has run: nothing may have polluted the prototypes or
  // mutated the exported constants.
  expect(prototypeSnapshot()).toBe(prototypesBefore);
  expect(constantsAfter).toEqual([]);
});
