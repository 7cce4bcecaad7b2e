// Renders Mermaid diagrams to SVG once, when the docs are built: the site then shows pictures
// with no script, no renderer to download and no CDN. Mermaid needs a browser to measure text,
// so it runs in the headless Chromium the tests use, loaded from the mermaid package on disk.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { launchBrowser } from "./launch-browser";

/** A diagram's source and the SVG drawn from it. */
export interface RenderedDiagram {
  readonly source: string;
  readonly svg: string;
}

const require = createRequire(import.meta.url);

/** The id of a diagram's SVG: stable across builds, distinct across the site's diagrams. */
function idOf(source: string): string {
  return `diagram-${createHash("sha256").update(source).digest("hex").slice(0, 12)}`;
}

/**
 * Renders each Mermaid source to an SVG string with the neutral theme; a source Mermaid cannot
 * parse rejects the whole build with Mermaid's message.
 */
export async function renderDiagrams(
  sources: readonly string[],
): Promise<ReadonlyMap<string, RenderedDiagram>> {
  const rendered = new Map<string, RenderedDiagram>();
  const unique = [...new Set(sources)];
  if (unique.length === 0) return rendered;
  const launched = await launchBrowser();
  try {
    const page = await launched.browser.newPage();
    // Nothing may leave the machine: the renderer is the package's own file.
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const url = request.url();
      if (url.startsWith("data:") || url === "about:blank") void request.continue();
      else void request.abort();
    });
    await page.setContent(
      "<!doctype html><html><head><meta charset=utf-8></head><body></body></html>",
    );
    await page.addScriptTag({ path: require.resolve("mermaid/dist/mermaid.min.js") });
    for (const source of unique) {
      const svg = await page.evaluate(
        async (text: string, id: string) => {
          const mermaid = (globalThis as unknown as { mermaid: MermaidGlobal }).mermaid;
          mermaid.initialize({ startOnLoad: false, theme: "neutral", securityLevel: "strict" });
          return (await mermaid.render(id, text)).svg;
        },
        source,
        idOf(source),
      );
      rendered.set(source, { source, svg });
    }
  } finally {
    await launched.close();
  }
  return rendered;
}

/** The part of the global `mermaid` object the renderer calls. */
interface MermaidGlobal {
  initialize(config: Readonly<Record<string, unknown>>): void;
  render(id: string, text: string): Promise<{ readonly svg: string }>;
}
