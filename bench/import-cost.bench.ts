import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { BenchSuite, BenchTask } from "./harness";

const root = resolve(import.meta.dirname, "..");

/** The newest modification time of any file under a folder. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Why the built package cannot be timed as it stands, or undefined when dist/ is current. */
function distProblem(): string | undefined {
  const built = join(root, "dist/index.js");
  if (!existsSync(built)) return "dist/ is missing";
  return statSync(built).mtimeMs < newestMtime(join(root, "src"))
    ? "dist/ is older than src/"
    : undefined;
}

/** One fresh node process that imports a module, the way an app's first `import` pays for it. */
function importTask(name: string, specifier: string | undefined): BenchTask {
  const script = specifier === undefined ? "" : `await import(${JSON.stringify(specifier)});`;
  return {
    name,
    fn: () => {
      // Run from the repository: `shiliu` resolves to the built package through its own
      // `exports` (package self-reference), zod from node_modules.
      const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
        cwd: root,
        stdio: ["ignore", "ignore", "pipe"],
      });
      if (child.status !== 0) {
        throw new Error(`node could not import ${specifier}: ${child.stderr.toString().trim()}`);
      }
    },
  };
}

/** Import cost: a cold node process importing shiliu's entries, against zod and a bare node. */
export const importCostSuite: BenchSuite = {
  name: "import cost",
  setup: ({ scale }) => {
    // The gate judges ratios of code timed in one process; a new node per sample is not one.
    const quick = scale !== "full";
    const problem = distProblem();
    if (problem !== undefined) {
      if (quick) {
        return {
          tasks: [],
          notes: [`Skipped: ${problem}; \`npm run build\` first (the full run builds it itself).`],
        };
      }
      execFileSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    }
    return {
      notes: [
        "Each sample starts a new node process that imports one module from the built package; " +
          "the bare-node task is the floor every other task pays.",
      ],
      // Quick mode only proves each entry of the built package imports in a fresh node.
      tasks: [
        ...(quick ? [] : [importTask("node, nothing imported", undefined)]),
        ...(quick ? [] : [importTask("import zod", "zod")]),
        importTask("import shiliu", "shiliu"),
        importTask("import shiliu/cn-regions", "shiliu/cn-regions"),
        importTask("import shiliu/script", "shiliu/script"),
      ],
      // No targets: the main entry holds the schemas, so importing it loads zod as well.
      comparisons: quick
        ? []
        : [
            ...[
              "import zod",
              "import shiliu",
              "import shiliu/cn-regions",
              "import shiliu/script",
            ].map((subject) => ({
              label: `${subject}, above a bare node`,
              subject,
              baseline: "node, nothing imported",
              show: "difference" as const,
            })),
            { label: "shiliu against zod", subject: "import shiliu", baseline: "import zod" },
          ],
    };
  },
};
