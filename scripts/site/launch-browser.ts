// Finds a headless Chromium for the docs build (diagrams) and the browser tests, in this order:
// CHROME_PATH, a system Chromium or Chrome, then the one the @sparticuz/chromium dev dependency
// ships inside its npm package, so `npm ci` alone brings a browser. Nothing is downloaded.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import puppeteer from "puppeteer-core";

/** The command that installs a browser, printed when none is found. */
export const installBrowserHint =
  "npm ci (brings @sparticuz/chromium), or apt-get install -y chromium, or set CHROME_PATH";

const systemBrowsers = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
];

// Flags that let Chromium run headless as root in a container and keep it off the network.
// puppeteer adds --headless itself.
const flags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Where the browser came from and the path of its executable. */
export interface FoundBrowser {
  readonly source: "CHROME_PATH" | "system" | "@sparticuz/chromium";
  readonly executablePath: string;
}

/** A running browser, what it is, and how to stop it (which also removes its profile). */
export interface LaunchedBrowser {
  readonly browser: Browser;
  readonly found: FoundBrowser;
  readonly version: string;
  close(): Promise<void>;
}

/**
 * Finds a Chromium executable, or throws an error that names the command installing one.
 */
export async function findBrowser(): Promise<FoundBrowser> {
  const fromEnvironment = process.env.CHROME_PATH;
  if (fromEnvironment !== undefined && fromEnvironment !== "") {
    if (!existsSync(fromEnvironment)) {
      throw new Error(
        `CHROME_PATH=${fromEnvironment} does not exist. Install a browser: ${installBrowserHint}`,
      );
    }
    return { source: "CHROME_PATH", executablePath: fromEnvironment };
  }
  const system = systemBrowsers.find((path) => existsSync(path));
  if (system !== undefined) return { source: "system", executablePath: system };
  // Its Chromium reads fonts through fontconfig; the system's configuration, when there is one,
  // lets it draw Chinese text with the machine's fonts instead of its own Latin-only set.
  if (process.env.FONTCONFIG_PATH === undefined && existsSync("/etc/fonts/fonts.conf")) {
    process.env.FONTCONFIG_PATH = "/etc/fonts";
  }
  try {
    const { default: chromium } = await import("@sparticuz/chromium");
    return { source: "@sparticuz/chromium", executablePath: await chromium.executablePath() };
  } catch (error) {
    throw new Error(
      `No Chromium found (${error instanceof Error ? error.message : String(error)}). Install one: ${installBrowserHint}`,
    );
  }
}

/** Launches the browser {@link findBrowser} finds, headless, with a fresh profile. */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const found = await findBrowser();
  const profile = mkdtempSync(join(tmpdir(), "shiliu-chromium-"));
  const browser = await puppeteer.launch({
    executablePath: found.executablePath,
    headless: true,
    args: [...flags, `--user-data-dir=${profile}`],
    env: { ...process.env },
  });
  return {
    browser,
    found,
    version: await browser.version(),
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
