import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, inject, it } from "vitest";
import { budgets } from "./budgets";

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
