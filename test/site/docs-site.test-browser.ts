/// <reference lib="dom" />
// The built docs site in a real browser: diagrams are pictures (SVG drawn at build time), the
// two pages are linked from the navigation and the README, and the pages' size and speed are
// measured (recorded in .tmp/site-metrics.json and printed; the sizes also have budgets).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/index";
import {
  newPage,
  type OpenPage,
  remoteRequests,
  root,
  screenshotsDir,
  siteDir,
  siteUrl,
  visit,
} from "./pages";

const typedoc = JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")) as {
  readonly readme: string;
  readonly projectDocuments: readonly string[];
};
const fence = /^```mermaid[ \t]*$/gm;
const diagramCount = [typedoc.readme, ...typedoc.projectDocuments]
  .map((file) => readFileSync(join(root, file), "utf8").match(fence)?.length ?? 0)
  .reduce((a, b) => a + b, 0);

/** Gzipped bytes a reader downloads for each page (the pages hold their script and style). */
// Room above the measured sizes (read.html 19.7 KiB, validate.html 84.9 KiB) for the
// reader's vocabulary and the validator's rules to grow, not for a second copy of anything.
const budgets = {
  "read.html": 28 * 1024,
  "validate.html": 112 * 1024,
  "assets/cn-regions.js": 32 * 1024,
  // draftReport with validateReport and the schemas, loaded only when a reader asks for a draft
  // (measured 109.4 KiB).
  "assets/draft.js": 120 * 1024,
};

const metrics: Record<string, unknown> = {};

function builtHtml(): readonly string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith(".html")) files.push(join(dir, entry.name));
    }
  };
  walk(siteDir);
  return files;
}

describe("the docs site", () => {
  let open: OpenPage;
  beforeAll(async () => {
    open = await newPage();
  });
  afterAll(async () => {
    await open.page.close();
    writeFileSync(join(root, ".tmp", "site-metrics.json"), `${JSON.stringify(metrics, null, 2)}\n`);
    console.log(`site metrics: ${JSON.stringify(metrics)}`);
  });

  it("draws every Mermaid diagram of the guides as an SVG picture", async () => {
    expect(diagramCount).toBeGreaterThan(0);
    const drawn = builtHtml()
      .map(
        (file) =>
          readFileSync(file, "utf8").match(/<figure class="diagram" data-diagram="mermaid"><svg /g)
            ?.length ?? 0,
      )
      .reduce((a, b) => a + b, 0);
    expect(drawn).toBe(diagramCount);

    await visit(open.page, siteUrl("documents/The_domain_model.html"));
    const diagram = await open.page.$eval("figure[data-diagram] > svg", (svg) => {
      const box = svg.getBoundingClientRect();
      return {
        tag: svg.tagName,
        width: box.width,
        height: box.height,
        entities: [...svg.querySelectorAll("text, span, p")].map((node) =>
          node.textContent?.trim(),
        ),
      };
    });
    expect(diagram.tag).toBe("svg");
    expect(diagram.width).toBeGreaterThan(300);
    expect(diagram.height).toBeGreaterThan(300);
    expect(diagram.entities).toEqual(
      expect.arrayContaining(["Report", "Observation", "Indicator"]),
    );
    expect(await open.page.$$("code.mermaid")).toHaveLength(0);
    const figure = await open.page.$("figure[data-diagram]");
    await figure?.screenshot({ path: join(screenshotsDir, "domain-model-diagram.png") });
    expect(remoteRequests(open.requests)).toEqual([]);
  });

  it("links both pages from the README and from the navigation of every page", async () => {
    await visit(open.page, siteUrl("index.html"));
    const readme = await open.page.$$eval(".col-content a", (links) =>
      links.map((a) => a.getAttribute("href")),
    );
    expect(readme).toEqual(expect.arrayContaining(["read.html", "validate.html"]));
    await open.page.screenshot({ path: join(screenshotsDir, "docs-index.png") });

    await visit(open.page, siteUrl("functions/shiliu.extractQuantities.html"));
    await Promise.all([
      open.page.waitForNavigation(),
      open.page.click(".shiliu-tools a[href$='read.html']"),
    ]);
    expect(open.page.url()).toBe(siteUrl("read.html"));
    expect(await open.page.$eval("h1", (h1) => h1.textContent)).toMatch(
      /读一篇文章|讀一篇文章|Read an article/,
    );
    await Promise.all([
      open.page.waitForNavigation(),
      open.page.click("nav a[href='validate.html']"),
    ]);
    expect(open.page.url()).toBe(siteUrl("validate.html"));
    await Promise.all([open.page.waitForNavigation(), open.page.click("nav a[href='index.html']")]);
    expect(open.page.url()).toBe(siteUrl("index.html"));
  });

  it("fits both pages, with their findings, on a phone's width", async () => {
    const text = readFileSync(join(root, "examples", "articles", "saihan-2023.txt"), "utf8");
    await open.page.setViewport({ width: 400, height: 860 });
    try {
      for (const [page, fragment] of [
        ["read.html", `#text=${encodeURIComponent(text)}&locale=zh-TW`],
        ["validate.html", "#case=suijiang&locale=zh-TW"],
      ] as const) {
        await visit(open.page, siteUrl(page, fragment));
        await open.page.waitForFunction(
          () => document.querySelector("#figure-rows tr, #summary .summary") !== null,
        );
        const overflow = await open.page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, page).toBeLessThanOrEqual(0);
        await open.page.screenshot({
          path: join(screenshotsDir, `phone-${page.replace(".html", "")}.png`),
        });
      }
    } finally {
      await open.page.setViewport({ width: 1400, height: 1000 });
    }
  });

  it("keeps each page within its gzip budget", () => {
    const sizes = Object.fromEntries(
      Object.keys(budgets).map((file) => {
        const content = readFileSync(join(siteDir, file));
        return [file, { bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length }];
      }),
    );
    metrics.sizes = sizes;
    for (const [file, budget] of Object.entries(budgets)) {
      expect(sizes[file]?.gzipBytes, file).toBeLessThanOrEqual(budget);
    }
  });

  it("measures the time from opening read.html to the figures of the longest seed article", async () => {
    const dir = join(root, "examples", "articles");
    const longest = readdirSync(dir)
      .filter((name) => name.endsWith(".txt"))
      .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }))
      .sort((a, b) => b.text.length - a.text.length)[0];
    if (longest === undefined) throw new Error("no seed article");
    const figures = extractQuantities(longest.text).length;
    const url = siteUrl("read.html", `#text=${encodeURIComponent(longest.text)}&locale=zh-CN`);
    const runs: { wallMs: number; pageMs: number }[] = [];
    for (let run = 0; run < 5; run++) {
      await open.page.goto("about:blank");
      const started = Date.now();
      await open.page.goto(url);
      await open.page.waitForFunction(
        (count: number) => document.querySelectorAll("#marked mark").length === count,
        {},
        figures,
      );
      const wallMs = Date.now() - started;
      const pageMs = Number(
        await open.page.evaluate(() => document.documentElement.dataset.highlightedAt),
      );
      runs.push({ wallMs, pageMs });
    }
    const median = (values: number[]) =>
      values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    metrics.openToHighlighted = {
      article: longest.name,
      characters: longest.text.length,
      figures,
      medianWallMs: median(runs.map((r) => r.wallMs)),
      medianPageMs: median(runs.map((r) => r.pageMs)),
      runs,
    };
    expect(runs.every((r) => Number.isFinite(r.pageMs) && r.pageMs > 0)).toBe(true);
    await open.page.screenshot({ path: join(screenshotsDir, "read-longest-article.png") });
    expect(open.errors).toEqual([]);
    expect(remoteRequests(open.requests)).toEqual([]);
  });
});
