import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    consumerDir: string;
    /** A second consumer that also installs the optional peer opencc-js. */
    consumerWithPeersDir: string;
  }
}

const root = resolve(import.meta.dirname, "../..");

/**
 * Packs the built package with `npm pack` and installs the tarball, with zod, into a
 * fresh folder outside the repository, exactly as an app would; a second folder inside it also
 * installs the optional peer opencc-js, so `shiliu/script` can be tested with and without it.
 */
export function setup(project: TestProject): () => void {
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
  writeFileSync(
    join(consumerDir, "package.json"),
    JSON.stringify({ name: "shiliu-consumer", version: "0.0.0", private: true }),
  );
  execFileSync(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--no-package-lock",
      "--ignore-scripts",
      join(consumerDir, filename),
      `zod@${zodVersion}`,
    ],
    { cwd: consumerDir, stdio: ["ignore", "ignore", "inherit"] },
  );
  const consumerWithPeersDir = join(consumerDir, "with-peers");
  mkdirSync(consumerWithPeersDir);
  writeFileSync(
    join(consumerWithPeersDir, "package.json"),
    JSON.stringify({ name: "shiliu-consumer-with-peers", version: "0.0.0", private: true }),
  );
  execFileSync(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--no-package-lock",
      "--ignore-scripts",
      join(consumerDir, filename),
      `zod@${zodVersion}`,
      `opencc-js@${openccVersion}`,
    ],
    { cwd: consumerWithPeersDir, stdio: ["ignore", "ignore", "inherit"] },
  );
  project.provide("consumerDir", consumerDir);
  project.provide("consumerWithPeersDir", consumerWithPeersDir);
  return () => rmSync(consumerDir, { recursive: true, force: true });
}
