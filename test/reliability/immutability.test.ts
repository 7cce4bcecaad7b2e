// Every exported function that takes an object leaves it as it found it: called on its
// well-typed sample deep-frozen (a write would throw in these strict-mode modules) and on a
// mutable copy compared afterwards with a snapshot taken before.
import { describe, expect, it } from "vitest";
import * as cnRegionsEntry from "../../src/cn-regions/index";
import * as mainEntry from "../../src/index";
import * as scriptEntry from "../../src/script/index";
import {
  cnRegionsTargets,
  type FunctionTarget,
  mainTargets,
  scriptTargets,
} from "./classification";

function deepFreeze<T>(value: T, seen = new Set<object>()): T {
  if (typeof value !== "object" || value === null || seen.has(value)) return value;
  seen.add(value);
  for (const entry of Object.values(value)) deepFreeze(entry, seen);
  return Object.freeze(value);
}

/** A comparable picture of the plain data in a value (functions and indexes by name only). */
function snapshot(value: unknown): string {
  const seen = new Set<object>();
  return JSON.stringify(value, (_, entry: unknown) => {
    if (typeof entry === "function") return `function ${entry.name}`;
    if (typeof entry === "number" && !Number.isFinite(entry)) return String(entry);
    if (typeof entry === "object" && entry !== null) {
      if (seen.has(entry)) return "[seen]";
      seen.add(entry);
      if (entry instanceof Map) return { map: [...entry.entries()] };
    }
    return entry;
  });
}

function takesAnObject(target: FunctionTarget): boolean {
  return target.sample().some((arg) => typeof arg === "object" && arg !== null);
}

const entries = [
  ["shiliu", mainEntry, mainTargets],
  ["shiliu/script", scriptEntry, scriptTargets],
  ["shiliu/cn-regions", cnRegionsEntry, cnRegionsTargets],
] as const;

const cases: [string, (...args: unknown[]) => unknown, FunctionTarget][] = [];
for (const [entry, module, targets] of entries) {
  for (const [name, target] of Object.entries(targets)) {
    if (target.kind !== "function") continue;
    const exported = (module as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
    if (takesAnObject(target)) cases.push([`${entry}: ${name}`, exported, target]);
    for (const [method, methodTarget] of Object.entries(target.methods ?? {})) {
      if (!takesAnObject(methodTarget)) continue;
      const made = exported(...target.sample()) as Record<string, (...args: unknown[]) => unknown>;
      cases.push([
        `${entry}: ${name} → .${method}`,
        (...args) => made[method]?.(...args),
        methodTarget,
      ]);
    }
  }
}

describe("no exported function mutates its input", () => {
  it("covers every function that takes an object", () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  for (const [label, call, target] of cases) {
    it(`${label} does not mutate its input`, () => {
      const frozen = deepFreeze([...target.sample()]);
      const frozenAnswer = call(...frozen);
      const mutable = [...target.sample()];
      const before = snapshot(mutable);
      const answer = call(...mutable);
      expect(snapshot(mutable)).toBe(before);
      // Frozen or not, the answer is the same.
      expect(snapshot(answer)).toBe(snapshot(frozenAnswer));
    });
  }
});
