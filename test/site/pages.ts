/// <reference lib="dom" />
// What the site's tests share: a page of the built site in the shared browser, opened from the
// file system, every request it makes recorded, and the screenshots folder.
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { inject } from "vitest";

export const root = resolve(import.meta.dirname, "../..");
export const siteDir = join(root, "docs-site");
export const screenshotsDir = join(root, ".tmp", "screenshots");

/** The file:// address of a page of the built site, with a fragment. */
export function siteUrl(page: string, fragment = ""): string {
  return `${pathToFileURL(join(siteDir, page)).href}${fragment}`;
}

/** An open page and everything it asked for or complained about. */
export interface OpenPage {
  readonly page: Page;
  readonly requests: string[];
  readonly errors: string[];
}

let browser: Browser | undefined;

/** Connects to the shared browser (once per file). */
export async function sharedBrowser(): Promise<Browser> {
  browser ??= await puppeteer.connect({ browserWSEndpoint: inject("browserEndpoint") });
  return browser;
}

/** Opens a new tab at a desktop size, recording its requests and script errors. */
export async function newPage(): Promise<OpenPage> {
  const page = await (await sharedBrowser()).newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) =>
    errors.push(error instanceof Error ? error.message : String(error)),
  );
  return { page, requests, errors };
}

/** Waits until the page has shown the result of its latest input (it stamps the time). */
export async function waitForStamp(
  page: Page,
  stamp: "highlightedAt" | "validatedAt" | "draftedAt",
  after = -1,
) {
  await page.waitForFunction(
    (name: string, previous: number) => {
      const value = document.documentElement.dataset[name];
      return value !== undefined && Number(value) > previous;
    },
    {},
    stamp,
    after,
  );
  return Number(
    await page.evaluate((name: string) => document.documentElement.dataset[name], stamp),
  );
}

/** Puts text into a text box as a paste does: one input event with all of it. */
export async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.evaluate(
    (target: string, value: string) => {
      const box = document.querySelector<HTMLTextAreaElement>(target);
      if (box === null) throw new Error(`${target} is missing`);
      box.select();
      document.execCommand("insertText", false, value);
    },
    selector,
    text,
  );
}

/** Requests that left the machine: anything but the site's own files and inline data. */
export function remoteRequests(requests: readonly string[]): readonly string[] {
  return requests.filter(
    (url) => !url.startsWith("file:") && !url.startsWith("data:") && url !== "about:blank",
  );
}

/** Loads `url` afresh, even when only its fragment differs from the page's. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto("about:blank");
  await page.goto(url);
}
