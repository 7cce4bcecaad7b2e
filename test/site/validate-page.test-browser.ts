/// <reference lib="dom" />
// validate.html in a real browser: a report with three mistakes shows the three diagnostics that
// validateReport gives in Node, each path a link to its place in the JSON; a shared link opens in
// its language; a dropped file is read; the national catalogue, loaded on demand, finds a region
// code that exists nowhere.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases } from "../../examples/cases/index";
import { createCnRegionIndex } from "../../src/cn-regions/index";
import { type Diagnostic, type ReportInput, validateReport } from "../../src/index";
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

// 新城区 2023 lists no regions of its own, so without a catalogue no region code is questioned.
const study = cases.find((c) => c.slug === "xincheng-2023");
if (study === undefined) throw new Error("the 新城区 2023 case study is missing");
const clean: ReportInput = study.report;

type Path = readonly (string | number)[];

/** A copy of the report with the value at each path replaced. */
function withChanges(changes: readonly (readonly [Path, (old: unknown) => unknown])[]): unknown {
  type Node = Record<string | number, unknown>;
  const copy = structuredClone(clean) as unknown as Node;
  for (const [path, change] of changes) {
    const holder = valueAt(copy, path.slice(0, -1)) as Node;
    const last = path[path.length - 1] ?? "";
    holder[last] = change(holder[last]);
  }
  return copy;
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], value);
}

// Three independent mistakes: a reference to a campaign that does not exist, a campaign id used
// twice, and a percentage that no longer reads as the words it quotes.
const percentAt = (clean.observations ?? []).findIndex((o) => o.value?.unit === "%");
const mistakes: readonly Path[] = [
  ["activities", 0, "campaignId"],
  ["campaigns", 3, "id"],
  ["observations", percentAt, "value", "value"],
];
const broken = withChanges([
  [mistakes[0] ?? [], () => "no-such-campaign"],
  [mistakes[1] ?? [], () => clean.campaigns?.[0]?.id],
  [mistakes[2] ?? [], (old) => Number(old) + 100],
]);

interface ShownDiagnostic {
  readonly code: string | undefined;
  readonly severity: string | undefined;
  readonly path: string | undefined;
  readonly message: string | undefined;
}

function pointer(path: Path): string {
  return path.map((key) => `/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

function expected(diagnostics: readonly Diagnostic[]): ShownDiagnostic[] {
  return diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    path: pointer(d.path),
    message: d.message,
  }));
}

async function shownDiagnostics(page: Page): Promise<ShownDiagnostic[]> {
  return page.$$eval("#diagnostics > li", (items) =>
    items.map((item) => ({
      code: item.getAttribute("data-code") ?? undefined,
      severity: item.getAttribute("data-severity") ?? undefined,
      path: item.getAttribute("data-path") ?? undefined,
      message: item.querySelector(".message")?.textContent ?? undefined,
    })),
  );
}

describe("validate.html", () => {
  let open: OpenPage;
  beforeAll(async () => {
    open = await newPage();
  });
  afterAll(async () => {
    await open.page.close();
  });

  it("shows the three diagnostics of a report with three mistakes, each path a link to its place", async () => {
    // Without a catalogue the one warning says region codes were checked for structure only.
    expect(validateReport(clean).diagnostics.map((d) => d.code)).toEqual(["NO_REGION_INDEX"]);
    const result = validateReport(broken, { locale: "zh-CN" });
    expect(result.diagnostics).toHaveLength(4);
    for (const mistake of mistakes) {
      const record = mistake.slice(0, 2);
      expect(
        result.diagnostics.filter((d) => pointer(d.path).startsWith(pointer(record))),
      ).toHaveLength(1);
    }

    await visit(open.page, siteUrl("validate.html", "#locale=zh-CN"));
    const empty = await waitForStamp(open.page, "validatedAt");
    await paste(open.page, "#report-input", JSON.stringify(broken, null, 2));
    await waitForStamp(open.page, "validatedAt", empty);
    expect(await shownDiagnostics(open.page)).toEqual(expected(result.diagnostics));
    const summary = await open.page.$eval("#summary .summary", (box) => ({
      ok: box.getAttribute("data-ok"),
      errors: box.getAttribute("data-errors"),
      warnings: box.getAttribute("data-warnings"),
    }));
    const errors = result.diagnostics.filter((d) => d.severity === "error").length;
    expect(summary).toEqual({
      ok: String(result.ok),
      errors: String(errors),
      warnings: String(result.diagnostics.length - errors),
    });

    for (const [index, diagnostic] of result.diagnostics.entries()) {
      await open.page.click(`#diagnostic-${index + 1} a.path`);
      const marked = await open.page.$eval("#json-view mark.at-path", (mark) => mark.textContent);
      const key = diagnostic.path[diagnostic.path.length - 1];
      const value = valueAt(broken, diagnostic.path);
      const written = JSON.stringify(value, null, 2).replace(
        /\n/g,
        `\n${"  ".repeat(diagnostic.path.length)}`,
      );
      expect(marked).toBe(typeof key === "number" ? written : `${JSON.stringify(key)}: ${written}`);
    }
    // The link did not change the address, so the page can still be shared as it is.
    expect(await open.page.evaluate(() => location.hash)).not.toBe("#");
    await open.page.click("#diagnostic-1 a.path");
    await open.page.screenshot({ path: join(screenshotsDir, "validate-three-mistakes.png") });
    expect(open.errors).toEqual([]);
    expect(remoteRequests(open.requests)).toEqual([]);
  });

  it("says where text that is not JSON stops reading, and lists no diagnostic", async () => {
    const text = '{\n  "id": "x",\n  "title": }';
    await visit(
      open.page,
      siteUrl("validate.html", `#report=${encodeURIComponent(text)}&locale=en`),
    );
    await waitForStamp(open.page, "validatedAt");
    expect(await open.page.$eval(".input-error", (p) => p.textContent)).toMatch(
      /^This is not valid JSON: /,
    );
    expect(await shownDiagnostics(open.page)).toEqual([]);
    expect(await open.page.$eval("#json-view mark.at-path", (mark) => mark.textContent)).toBe("}");
  });

  it("opens a shared link in its language", async () => {
    const text = JSON.stringify(broken);
    await visit(
      open.page,
      siteUrl("validate.html", `#report=${encodeURIComponent(text)}&locale=zh-TW`),
    );
    await waitForStamp(open.page, "validatedAt");
    expect(await open.page.$eval("html", (html) => html.lang)).toBe("zh-Hant");
    expect(await shownDiagnostics(open.page)).toEqual(
      expected(validateReport(broken, { locale: "zh-TW" }).diagnostics),
    );
    await open.page.screenshot({ path: join(screenshotsDir, "validate-shared-link-zh-TW.png") });
  });

  it("reads a dropped file and a chosen file", async () => {
    await visit(open.page, siteUrl("validate.html", "#locale=en"));
    const empty = await waitForStamp(open.page, "validatedAt");
    const text = JSON.stringify(broken, null, 2);
    await open.page.$eval(
      "#input-section",
      (zone, json) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([json], "report.json", { type: "application/json" }));
        zone.dispatchEvent(
          new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      },
      text,
    );
    await waitForStamp(open.page, "validatedAt", empty);
    expect(await shownDiagnostics(open.page)).toEqual(
      expected(validateReport(broken, { locale: "en" }).diagnostics),
    );

    const file = join(root, ".tmp", "clean-report.json");
    writeFileSync(file, JSON.stringify(clean));
    const before = await waitForStamp(open.page, "validatedAt");
    const chooser = await open.page.$("input#file");
    await chooser?.uploadFile(file);
    await waitForStamp(open.page, "validatedAt", before);
    expect(await shownDiagnostics(open.page)).toEqual(
      expected(validateReport(clean, { locale: "en" }).diagnostics),
    );
    expect(await open.page.$eval("#summary .summary", (box) => box.getAttribute("data-ok"))).toBe(
      "true",
    );
  });

  it("finds a region code that exists nowhere once the national catalogue is loaded", async () => {
    const wrongRegion: Path = ["activities", 0, "regionCodes", 0];
    const report = withChanges([[wrongRegion, () => "150199"]]);
    expect(validateReport(report).diagnostics.map((d) => d.code)).toEqual(["NO_REGION_INDEX"]);
    const withCatalogue = validateReport(report, {
      locale: "en",
      regionIndex: createCnRegionIndex(),
    });
    expect(withCatalogue.diagnostics.map((d) => [d.code, pointer(d.path)])).toEqual([
      ["UNKNOWN_REGION", pointer(wrongRegion)],
    ]);

    await visit(
      open.page,
      siteUrl("validate.html", `#report=${encodeURIComponent(JSON.stringify(report))}&locale=en`),
    );
    const before = await waitForStamp(open.page, "validatedAt");
    expect(await shownDiagnostics(open.page)).toEqual(
      expected(validateReport(report, { locale: "en" }).diagnostics),
    );
    await open.page.click("#catalogue");
    await open.page.waitForFunction(() =>
      document.querySelector("#catalogue-state")?.textContent?.includes("3"),
    );
    await waitForStamp(open.page, "validatedAt", before);
    expect(await shownDiagnostics(open.page)).toEqual(expected(withCatalogue.diagnostics));
    expect(await open.page.evaluate(() => location.hash)).toContain("catalogue=national");
    await open.page.screenshot({ path: join(screenshotsDir, "validate-catalogue.png") });
    expect(open.errors).toEqual([]);
    expect(remoteRequests(open.requests)).toEqual([]);
  });

  it("validates each case study from the menu against the national catalogue", async () => {
    const regionIndex = createCnRegionIndex();
    await visit(open.page, siteUrl("validate.html", "#locale=zh-CN"));
    for (const each of cases) {
      const before = await waitForStamp(open.page, "validatedAt");
      await open.page.select("#case", each.slug);
      await open.page.waitForFunction(
        (slug: string) =>
          location.hash.includes(`case=${slug}`) && location.hash.includes("catalogue=national"),
        {},
        each.slug,
      );
      await waitForStamp(open.page, "validatedAt", before);
      expect(await shownDiagnostics(open.page)).toEqual(
        expected(validateReport(each.report, { locale: "zh-CN", regionIndex }).diagnostics),
      );
    }
    await open.page.screenshot({ path: join(screenshotsDir, "validate-case-study.png") });
    expect(open.errors).toEqual([]);
  });
});
