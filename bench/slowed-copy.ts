// `npm run bench:check:slowed`: proves that `npm run bench:check` can fail. It copies the sources
// and the benchmarks into a temporary folder, makes a copy of `extractQuantities` quadratic there
// (each figure's line number counted from the start of the text, a classic accidental O(n²)),
// runs the text suite of the gate on the copy and exits 0 only if the gate failed on it, naming
// extractQuantities. The output of both runs goes to the console.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const copy = mkdtempSync(join(tmpdir(), "shiliu-slowed-"));
const target = join(copy, "src/text/extract-quantities.ts");

try {
  for (const path of ["src", "bench", "examples/articles", "package.json", "tsconfig.json"]) {
    cpSync(join(root, path), join(copy, path), { recursive: true });
  }
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");

  const source = readFileSync(target, "utf8");
  const declaration = /export function extractQuantities\(/;
  if (!declaration.test(source)) {
    throw new Error(`no "export function extractQuantities(" in ${target} to slow down`);
  }
  const slowed = `${source.replace(declaration, "function extractQuantitiesInOnePass(")}
/** Where the last figure's line number went, so the count cannot be optimised away. */
export let lastLineNumber = 0;

/** The same figures, each after counting its line from the start of the text: O(n × figures). */
export function extractQuantities(text: string): ExtractedQuantity[] {
  return extractQuantitiesInOnePass(text).map((found) => {
    let line = 1;
    for (let index = 0; index < found.start; index++) {
      if (text.charCodeAt(index) === 10) line++;
    }
    lastLineNumber = line;
    return found;
  });
}
`;
  writeFileSync(target, slowed);

  const run = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", "bench/check.ts", "--only=text"],
    { cwd: copy, encoding: "utf8" },
  );
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  const missed = run.stdout.split("\n").filter((line) => /^MISS .*extractQuantities/.test(line));
  if (run.status !== 0 && missed.length > 0) {
    console.log(
      `\nbench:check failed on the slowed copy, as it must: ${missed.length} extractQuantities target(s) missed (exit code ${run.status}).`,
    );
  } else {
    console.error(
      `\nbench:check did not fail on the slowed copy (exit code ${run.status}): the gate cannot see a quadratic extractQuantities.`,
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
