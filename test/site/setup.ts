// Starts the one browser the site's tests share, after checking the site is built. Without a
// browser the run fails with the command that installs one (see launch-browser.ts); it never skips.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { launchBrowser } from "../../scripts/site/launch-browser";

declare module "vitest" {
  export interface ProvidedContext {
    /** The DevTools endpoint of the shared browser. */
    browserEndpoint: string;
    /** Which browser it is, for the record. */
    browserName: string;
  }
}

const root = resolve(import.meta.dirname, "../..");

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const page of ["index.html", "read.html", "validate.html"]) {
    if (!existsSync(join(root, "docs-site", page))) {
      throw new Error(`docs-site/${page} is missing: build the site first with npm run docs`);
    }
  }
  mkdirSync(join(root, ".tmp", "screenshots"), { recursive: true });
  if (!hasChineseFont()) {
    console.log(
      "site tests: no Chinese font found, so the screenshots will show boxes for Chinese text " +
        "(apt-get install -y fonts-wqy-microhei adds one); the tests themselves do not depend on it",
    );
  }
  const launched = await launchBrowser();
  console.log(
    `site tests: ${launched.version} (${launched.found.source}: ${launched.found.executablePath})`,
  );
  project.provide("browserEndpoint", launched.browser.wsEndpoint());
  project.provide("browserName", `${launched.version} via ${launched.found.source}`);
  return () => launched.close();
}

function hasChineseFont(): boolean {
  try {
    return execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false;
  }
}
