// Builds the docs site's two pages that run the library: read.html and validate.html. Each page's
// module is bundled by esbuild from site/ with the library's own source (src/, the modules the
// package is built from) as ES2022 for the browser, and written inline into the page, so the page
// works opened from the file system (Chrome loads no module file from file://) and makes no
// request. The national catalogue and read.html's draft (draftReport with validateReport) are classic
// scripts beside the pages, loaded only on demand.
import { readFileSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "../..");
const site = join(root, "site");

/** A file the build wrote, with its size as served and gzipped. */
export interface BuiltFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** The pages and what each bundles. */
const pages = [
  { name: "read.html", entry: "read/main.ts" },
  { name: "validate.html", entry: "validate/main.ts" },
] as const;

/** The catalogue script: `shiliu/cn-regions` as a global, for a page that asks for it. */
export const catalogueScript = "assets/cn-regions.js";
/** The draft script: draftReport, validateReport and the draft's view, for read.html when asked. */
export const draftScript = "assets/draft.js";

const alias = {
  shiliu: join(root, "src/index.ts"),
  "shiliu/cn-regions": join(root, "src/cn-regions/index.ts"),
};

async function bundle(entry: string, format: "esm" | "iife", globalName?: string): Promise<string> {
  const result = await build({
    entryPoints: [join(site, entry)],
    bundle: true,
    write: false,
    format,
    ...(globalName === undefined ? {} : { globalName }),
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    alias,
    tsconfig: join(site, "tsconfig.json"),
    logLevel: "warning",
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild wrote nothing for ${entry}`);
  return output.text;
}

// `</script` inside the module would end the inline <script>; `<\/` reads the same in JS.
function inlineScript(code: string): string {
  return `<script type="module">${code.replace(/<\/(script)/gi, "<\\/$1")}</script>`;
}

function sizeOf(file: string, text: string): BuiltFile {
  const bytes = Buffer.byteLength(text);
  return { file, bytes, gzipBytes: gzipSync(text, { level: 9 }).length };
}

/** Writes read.html, validate.html, the catalogue script and the draft script into `outDir`. */
export async function buildPages(outDir: string): Promise<readonly BuiltFile[]> {
  const style = `<style>${readFileSync(join(site, "site.css"), "utf8")}</style>`;
  const built: BuiltFile[] = [];
  for (const page of pages) {
    const template = readFileSync(join(site, page.name), "utf8");
    if (!template.includes("<!-- module -->") || !template.includes("<!-- style -->")) {
      throw new Error(`site/${page.name} lacks the <!-- style --> or <!-- module --> slot`);
    }
    const code = await bundle(page.entry, "esm");
    const html = template
      .replace("<!-- style -->", () => style)
      .replace("<!-- module -->", () => inlineScript(code));
    writeFileSync(join(outDir, page.name), html);
    built.push(sizeOf(page.name, html));
  }
  await mkdir(join(outDir, "assets"), { recursive: true });
  const catalogue = await bundle("catalogue/main.ts", "iife", "shiliuCnRegions");
  writeFileSync(join(outDir, catalogueScript), catalogue);
  built.push(sizeOf(catalogueScript, catalogue));
  const draft = await bundle("draft/main.ts", "iife", "shiliuDraft");
  writeFileSync(join(outDir, draftScript), draft);
  built.push(sizeOf(draftScript, draft));
  return built;
}
