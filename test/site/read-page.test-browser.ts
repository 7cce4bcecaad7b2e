/// <reference lib="dom" />
// read.html in a real browser: a pasted paragraph of each seed article has every figure marked
// in place with the quantity extractQuantities gives in Node, and a shared link opens as sent.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ExtractedQuantity,
  extractQuantities,
  formatQuantity,
  precisionOf,
} from "../../src/index";
import {
  newPage,
  type OpenPage,
  paste,
  remoteRequests,
  root,
  screenshotsDir,
  siteUrl,
  visit,
  waitForStamp,
} from "./pages";

const articlesDir = join(root, "examples", "articles");
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(articlesDir, name), "utf8") }));

/** The paragraph of an article with the most figures, as a reader would copy it. */
function richestParagraph(text: string): string {
  const paragraphs = text.split(/\n+/).filter((line) => line.trim() !== "");
  let best = paragraphs[0] ?? "";
  for (const paragraph of paragraphs) {
    if (extractQuantities(paragraph).length > extractQuantities(best).length) best = paragraph;
  }
  return best;
}

/** A mark as the page shows it: where it stands in the text and what its attributes say. */
interface ShownMark {
  readonly start: number;
  readonly text: string;
  readonly value: string | undefined;
  readonly unit: string | undefined;
  readonly comparator: string | undefined;
  readonly label: string | undefined;
}

async function shownMarks(page: Page): Promise<{ text: string; marks: ShownMark[] }> {
  return page.$eval("#marked", (container) => {
    const marks: ShownMark[] = [];
    let offset = 0;
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const mark = node.parentElement?.closest("mark");
      if (mark !== null && mark !== undefined && mark.firstChild === node) {
        marks.push({
          start: offset,
          text: mark.textContent ?? "",
          value: mark.dataset.value,
          unit: mark.dataset.unit,
          comparator: mark.dataset.comparator,
          label: mark.dataset.label,
        });
      }
      offset += node.textContent?.length ?? 0;
    }
    return { text: container.textContent ?? "", marks };
  });
}

function expectedMarks(figures: readonly ExtractedQuantity[]): ShownMark[] {
  return figures.map((figure) => ({
    start: figure.start,
    text: figure.text,
    value: String(figure.quantity.value),
    unit: figure.quantity.unit ?? "",
    comparator: figure.quantity.comparator,
    label: figure.label,
  }));
}

describe("read.html", () => {
  let open: OpenPage;
  beforeAll(async () => {
    open = await newPage();
  });
  afterAll(async () => {
    await open.page.close();
  });

  it.each(articles)("marks every figure of a pasted paragraph of $name", async ({ name, text }) => {
    const paragraph = richestParagraph(text);
    const expected = extractQuantities(paragraph);
    expect(expected.length).toBeGreaterThan(0);
    await visit(open.page, siteUrl("read.html", "#locale=zh-CN"));
    const before = await waitForStamp(open.page, "highlightedAt");
    await paste(open.page, "#text-input", paragraph);
    await waitForStamp(open.page, "highlightedAt", before);
    const shown = await shownMarks(open.page);
    expect(shown.text).toBe(paragraph);
    expect(shown.marks).toEqual(expectedMarks(expected));
    const rows = await open.page.$$eval("#figure-rows tr", (trs) => trs.length);
    expect(rows).toBe(expected.length);
    // A figure and its row point at each other, by mouse and by keyboard.
    await open.page.focus("#figure-1");
    await open.page.keyboard.press("Enter");
    expect(await open.page.$eval("#row-1", (row) => row.classList.contains("selected"))).toBe(true);
    const detail = await open.page.$eval("#figure-detail dl", (dl) => ({
      index: dl.getAttribute("data-index"),
      text: dl.querySelector('[data-field="columnText"]')?.textContent,
      reads: dl.querySelector('[data-field="columnReads"]')?.textContent,
    }));
    const first = expected[0];
    expect(detail).toEqual({
      index: "1",
      text: first?.text,
      reads: first === undefined ? undefined : formatQuantity(first.quantity, { locale: "zh-CN" }),
    });
    await open.page.$eval(".result", (result) => result.scrollIntoView());
    await open.page.screenshot({
      path: join(screenshotsDir, `read-${name.replace(/\.txt$/, "")}.png`),
    });
    expect(open.errors).toEqual([]);
    expect(remoteRequests(open.requests)).toEqual([]);
  });

  it("opens a shared link in its language, the figures worded by formatQuantity", async () => {
    const text = richestParagraph(articles.find((a) => a.name.startsWith("kundulun"))?.text ?? "");
    const fragment = `#text=${encodeURIComponent(text)}&locale=en`;
    await visit(open.page, siteUrl("read.html", fragment));
    await waitForStamp(open.page, "highlightedAt");
    const figures = extractQuantities(text);
    expect(await open.page.$eval("html", (html) => html.lang)).toBe("en");
    expect(await open.page.$eval("#locale", (menu) => (menu as HTMLSelectElement).value)).toBe(
      "en",
    );
    expect(await open.page.$eval("h1", (h1) => h1.textContent)).toBe("Read an article");
    const reads = await open.page.$$eval("#figure-rows td.reads", (cells) =>
      cells.map((c) => c.textContent),
    );
    expect(reads).toEqual(figures.map((f) => formatQuantity(f.quantity, { locale: "en" })));
    const writtenTo = await open.page.$$eval("#figure-rows td.written-to", (cells) =>
      cells.map((c) => c.textContent),
    );
    expect(writtenTo).toEqual(
      figures.map(({ quantity: q }) =>
        formatQuantity(
          q.unit === undefined
            ? { value: precisionOf(q), comparator: "eq" }
            : { value: precisionOf(q), unit: q.unit, comparator: "eq" },
          { locale: "en" },
        ),
      ),
    );
    expect((await shownMarks(open.page)).marks).toEqual(expectedMarks(figures));
    await open.page.screenshot({
      path: join(screenshotsDir, "read-shared-link-en.png"),
      fullPage: true,
    });

    // Switching the language rewrites the link, which still carries the same text.
    await open.page.select("#locale", "zh-TW");
    const hash = await open.page.evaluate(() => location.hash);
    expect(hash).toBe(`#text=${encodeURIComponent(text)}&locale=zh-TW`);
    const readsTw = await open.page.$$eval("#figure-rows td.reads", (cells) =>
      cells.map((c) => c.textContent),
    );
    expect(readsTw).toEqual(figures.map((f) => formatQuantity(f.quantity, { locale: "zh-TW" })));
    expect(open.errors).toEqual([]);
  });

  it("says when no figure is found, and when a link cannot be decoded", async () => {
    await visit(open.page, siteUrl("read.html", "#text=%E4%BD%A0%E5%A5%BD&locale=en"));
    await waitForStamp(open.page, "highlightedAt");
    expect(await open.page.$eval("#found", (p) => p.textContent)).toBe(
      "No figure was found in this text.",
    );
    expect(await open.page.$$("mark")).toHaveLength(0);
    await visit(open.page, siteUrl("read.html", "#text=%E4%BD&locale=en"));
    await waitForStamp(open.page, "highlightedAt");
    expect(await open.page.$eval("#status", (p) => p.textContent)).toContain("text");
  });
});
