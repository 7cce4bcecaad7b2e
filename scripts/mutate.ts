/**
 * Mutation testing, one source folder at a time: `npm run mutate` runs every folder,
 * `npm run mutate -- text metric` the folders named. Each folder is mutated with only its own
 * tests (`test/<folder>`), one test runner, per-test coverage and an incremental file of its own
 * (`reports/mutation/<folder>.incremental.json`), so a rerun tests only the mutants whose code or
 * covering tests changed. `--force` retests every mutant. The score and the surviving mutants of
 * each folder are printed, and written to `reports/mutation/<folder>.json` and `.html`.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";

/** The mutated folders, each with the tests that may kill its mutants. */
const folders: Readonly<Record<string, { readonly mutate: string; readonly tests: string }>> = {
  text: { mutate: "src/text/**/*.ts", tests: "test/text" },
  quantity: { mutate: "src/quantity/**/*.ts", tests: "test/quantity" },
  metric: { mutate: "src/metric/**/*.ts", tests: "test/metric" },
  rules: { mutate: "src/report/rules/**/*.ts", tests: "test/report/rules" },
};

const args = process.argv.slice(2);
const force = args.includes("--force");
const named = args.filter((arg) => !arg.startsWith("--"));
const unknown = named.filter((name) => !(name in folders));
if (unknown.length > 0) {
  console.error(
    `mutate: unknown folder ${unknown.join(", ")}; one of ${Object.keys(folders).join(", ")}`,
  );
  process.exit(2);
}
// A file list narrows one folder's run (`npm run mutate -- text --files=src/text/numerals.ts`).
const files = args.find((arg) => arg.startsWith("--files="))?.slice("--files=".length);

const root = resolve(import.meta.dirname, "..");
const stryker = resolve(root, "node_modules/@stryker-mutator/core/bin/stryker.js");
const reports = resolve(root, "reports/mutation");
mkdirSync(reports, { recursive: true });

let failed = false;
for (const name of named.length > 0 ? named : Object.keys(folders)) {
  const folder = folders[name];
  if (folder === undefined) continue;
  const run = spawnSync(
    process.execPath,
    [
      stryker,
      "run",
      "stryker.config.json",
      "--mutate",
      files ?? folder.mutate,
      "--incremental",
      "--incrementalFile",
      `reports/mutation/${name}.incremental.json`,
      ...(force ? ["--force"] : []),
    ],
    { cwd: root, stdio: "inherit", env: { ...process.env, SHILIU_MUTATION_TESTS: folder.tests } },
  );
  for (const kind of ["json", "html"]) {
    const report = resolve(reports, `mutation.${kind}`);
    if (existsSync(report)) copyFileSync(report, resolve(reports, `${name}.${kind}`));
  }
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
