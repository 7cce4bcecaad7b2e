/// <reference lib="dom" />
// read.html's "draft a report" in a real browser: the draft of a whole seed article, read with the
// national catalogue the page loads on demand, is the draft draftReport gives in Node, and it is
// shown validated as validateReport validates it, with every review note.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cnRegions } from "../../src/cn-regions/index";
import { createRegionIndex, draftReport, validateReport } from "../../src/index";
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

const regionIndex = createRegionIndex(cnRegions);
const article = readFileSync(join(root, "examples", "articles", "saihan-2023.txt"), "utf8");

describe("read.html drafts a report", () => {
  let open: OpenPage;
  beforeAll(async () => {
    open = await newPage();
  });
  afterAll(async () => {
    await open.page.close();
  });

  it.each(["zh-CN", "en"] as const)(
    "shows the draft of an article validated (%s)",
    async (locale) => {
      const { report, notes } = draftReport(article, { regionIndex, locale });
      const result = validateReport(report, { regionIndex, locale });
      await visit(open.page, siteUrl("read.html", `#locale=${locale}`));
      const before = await waitForStamp(open.page, "highlightedAt");
      await paste(open.page, "#text-input", article);
      await waitForStamp(open.page, "highlightedAt", before);
      expect(await open.page.$eval("#draft-section", (s) => (s as HTMLElement).hidden)).toBe(true);
      await open.page.click("#draft");
      await waitForStamp(open.page, "draftedAt");
      const shown = await open.page.evaluate(() => ({
        json: document.querySelector("#draft-json")?.textContent ?? "",
        ok: document.querySelector("#draft-summary .summary")?.getAttribute("data-ok"),
        notes: [...document.querySelectorAll("#draft-notes li[data-code]")].map((li) => ({
          code: li.getAttribute("data-code"),
          message: li.querySelector(".message")?.textContent,
        })),
        diagnostics: [...document.querySelectorAll("#draft-diagnostics li")].map((li) =>
          li.getAttribute("data-code"),
        ),
        hidden: (document.querySelector("#draft-section") as HTMLElement).hidden,
      }));
      expect(shown.hidden).toBe(false);
      expect(JSON.parse(shown.json)).toEqual(JSON.parse(JSON.stringify(report)));
      expect(report.brands?.[0]?.name).toBe("赛出石榴红");
      expect(shown.ok).toBe(String(result.ok));
      expect(shown.diagnostics).toEqual(result.diagnostics.map((d) => d.code));
      expect(shown.notes).toEqual(notes.map((n) => ({ code: n.code, message: n.message })));
      await open.page.$eval("#draft-section", (section) => section.scrollIntoView());
      await open.page.screenshot({ path: join(screenshotsDir, `read-draft-${locale}.png`) });
      expect(open.errors).toEqual([]);
      expect(remoteRequests(open.requests)).toEqual([]);
    },
  );

  it("asks for an article before drafting", async () => {
    await visit(open.page, siteUrl("read.html", "#locale=en"));
    await waitForStamp(open.page, "highlightedAt");
    await open.page.click("#draft");
    expect(await open.page.$eval("#draft-state", (p) => p.textContent)).toBe(
      "Paste an article first.",
    );
  });
});
