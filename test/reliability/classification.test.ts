import { describe, expect, it } from "vitest";
import * as cnRegionHistoryEntry from "../../src/cn-regions/history/index";
import * as cnRegionsEntry from "../../src/cn-regions/index";
import * as cnTownshipsEntry from "../../src/cn-regions/townships/index";
import * as mainEntry from "../../src/index";
import * as scriptEntry from "../../src/script/index";
import {
  cnRegionHistoryTargets,
  cnRegionsTargets,
  cnTownshipsTargets,
  mainTargets,
  scriptTargets,
  type Target,
} from "./classification";

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

function kindOf(value: unknown): Target["kind"] {
  if (typeof value === "function") {
    return /^class\b/.test(Function.prototype.toString.call(value)) ? "class" : "function";
  }
  if (typeof value === "object" && value !== null && "safeParse" in value) return "schema";
  if (typeof value === "object" && value !== null && "check" in value && "code" in value) {
    return "rule";
  }
  return "constant";
}

describe("the reliability classification", () => {
  for (const [entry, module, targets] of entries) {
    it(`classifies every runtime export of ${entry}, and nothing else`, () => {
      expect(Object.keys(module).sort()).toEqual(Object.keys(targets).sort());
    });

    it(`classifies each export of ${entry} as what it is`, () => {
      const actual = Object.fromEntries(
        Object.entries(module).map(([name, value]) => [name, kindOf(value)]),
      );
      const declared = Object.fromEntries(
        Object.entries(targets).map(([name, target]) => [name, target.kind]),
      );
      expect(actual).toEqual(declared);
    });
  }
});
