import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    consumerDir: string;
    /** A second consumer that also installs the optional peer opencc-js. */
    consumerWithPeersDir: string;
    /** A third consumer with the oldest zod that the peer range allows. */
    consumerOldestZodDir: string;
  }
}

const root = resolve(import.meta.dirname, "../..");

/**
 * Packs the built package with `npm pack` and installs the tarball, with zod, into a
 * fresh folder outside the repository, exactly as an app would; a second folder inside it also
 * installs the optional peer opencc-js, so `shiliu/script` can be tested with and without it.
 * The three folders are installed side by side.
 */
export async function setup(project: TestProject): Promise<() => void> {
  const consumerDir = mkdtempSync(join(tmpdir(), "shiliu-consumer-"));
  const packed = execFileSync("npm", ["pack", "--json", "--pack-destination", consumerDir], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  const [{ filename }] = JSON.parse(packed) as [{ filename: string }];
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string }>;
  };
  const zodVersion = lock.packages["node_modules/zod"]?.version ?? "4";
  const openccVersion = lock.packages["node_modules/opencc-js"]?.version ?? "1";
  const tarball = join(consumerDir, filename);
  const consumerWithPeersDir = join(consumerDir, "with-peers");
  const consumerOldestZodDir = join(consumerDir, "oldest-zod");
  await Promise.all([
    install(consumerDir, "shiliu-consumer", [tarball, `zod@${zodVersion}`]),
    install(consumerWithPeersDir, "shiliu-consumer-with-peers", [
      tarball,
      `zod@${zodVersion}`,
      `opencc-js@${openccVersion}`,
    ]),
    install(consumerOldestZodDir, "shiliu-consumer-oldest-zod", [
      tarball,
      `zod@${oldestZodVersion()}`,
    ]),
  ]);
  project.provide("consumerDir", consumerDir);
  project.provide("consumerWithPeersDir", consumerWithPeersDir);
  project.provide("consumerOldestZodDir", consumerOldestZodDir);
  return () => rmSync(consumerDir, { recursive: true, force: true });
}

/** Installs packages into a fresh app folder, as `npm install` in a new project would. */
async function install(dir: string, name: string, packages: readonly string[]): Promise<void> {
  if (!existsSync(dir)) mkdirSync(dir);
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name, version: "0.0.0", private: true }),
  );
  // npm's own errors reach the run's output through the rejected promise.
  await promisify(execFile)(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--no-package-lock",
      "--ignore-scripts",
      ...packages,
    ],
    { cwd: dir },
  );
}

/** The lowest zod version the package's peer range admits (`^4.3.0` gives `4.3.0`). */
function oldestZodVersion(): string {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    peerDependencies: Record<string, string>;
  };
  const range = manifest.peerDependencies.zod ?? "";
  const floor = /^\^(\d+\.\d+\.\d+)$/.exec(range)?.[1];
  if (floor === undefined) throw new Error(`zod peer range ${range} is not of the form ^x.y.z`);
  return floor;
}
