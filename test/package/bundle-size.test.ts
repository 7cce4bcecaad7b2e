import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, inject, it } from "vitest";
import { budgets, pureMainExports, zodExports } from "./budgets";

const consumerDir = inject("consumerDir");

async function bundle(source: string) {
  const result = await build({
    stdin: { contents: source, resolveDir: consumerDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    metafile: true,
    outfile: "bundle.js",
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  // The files that put bytes into the bundle: esbuild also lists modules it parsed and then
  // shook out entirely (a package's unused re-exports), which are not in what an app ships.
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  return { code, gzipBytes: gzipSync(code).length, inputs };
}

describe("bundle budgets", () => {
  for (const budget of budgets) {
    it(`${budget.name}: at most ${budget.maxGzipBytes} B gzip, without ${[...budget.forbiddenPackages, ...budget.forbiddenText, ...(budget.forbiddenInputs ?? [])].join(", ")}`, async () => {
      const { code, gzipBytes, inputs } = await bundle(budget.source);
      expect(inputs.some((input) => input.includes("node_modules/shiliu/"))).toBe(true);
      for (const name of budget.forbiddenPackages) {
        expect(inputs.filter((input) => input.includes(`node_modules/${name}/`))).toEqual([]);
      }
      for (const text of budget.forbiddenText) expect(code).not.toContain(text);
      for (const part of budget.forbiddenInputs ?? []) {
        expect(inputs.filter((input) => input.includes(`node_modules/shiliu/${part}`))).toEqual([]);
      }
      console.log(`${budget.name}: ${gzipBytes} B gzip`);
      expect(gzipBytes).toBeLessThanOrEqual(budget.maxGzipBytes);
    });
  }
});

describe("the budget lists", () => {
  it("place every runtime export of the main entry as pure or built on zod", async () => {
    const entry = (await import(
      pathToFileURL(join(consumerDir, "node_modules/shiliu/dist/index.js")).href
    )) as Record<string, unknown>;
    expect([...pureMainExports, ...zodExports].sort()).toEqual(Object.keys(entry).sort());
  });

  it("match the Size table of the README, budget for budget", () => {
    const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Size"));
    const rows = [...section.matchAll(/^\| ([^|]+?) \| ([\d,]+) B \| [\d,]+ B \|$/gm)].map(
      ([, name, budget]) => [name, Number(budget?.replaceAll(",", ""))],
    );
    expect(rows).toEqual(budgets.map((budget) => [budget.name, budget.maxGzipBytes]));
  });
});
