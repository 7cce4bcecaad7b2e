// `npm run docs`: the docs site in docs-site/ — typedoc's API reference and guides (options in
// typedoc.json), with every Mermaid diagram drawn as SVG and a link to the two pages that run the
// library, then those pages (read.html, validate.html). Exits non-zero on any typedoc warning.
import { readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import {
  Application,
  JSX,
  MarkdownEvent,
  PackageJsonReader,
  TSConfigReader,
  TypeDocReader,
} from "typedoc";
import { buildPages } from "./build-pages";
import { renderDiagrams } from "./render-diagrams";

const root = resolve(import.meta.dirname, "../..");

/** A fenced ```mermaid block of Markdown; its first group is the diagram's source. */
const mermaidFence = /^```mermaid[ \t]*\r?\n([\s\S]*?)\r?\n```[ \t]*$/gm;

/** The pages that run the library, as the site's navigation lists them. */
const tools = [
  { href: "read.html", label: "Read an article · 读一篇文章" },
  { href: "validate.html", label: "Validate a report · 校验一份报告" },
] as const;

function diagramSources(files: readonly string[]): readonly string[] {
  return files.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(mermaidFence)].map((match) => match[1] ?? ""),
  );
}

async function main(): Promise<number> {
  const started = Date.now();
  const app = await Application.bootstrapWithPlugins({}, [
    new TypeDocReader(),
    new PackageJsonReader(),
    new TSConfigReader(),
  ]);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) return 1;
  const out = resolve(root, app.options.getValue("out"));
  // A previous build's pages must not be there while typedoc reads the README's links to them:
  // it would copy them as media files.
  rmSync(out, { recursive: true, force: true });

  // The README links the two pages as docs-site/read.html and docs-site/validate.html, which this
  // build writes after typedoc has read the README: typedoc cannot find them then, so its warning
  // for exactly those two paths is expected, and each link is pointed at the page from wherever
  // the README is shown. Any other path it cannot find stays an error.
  const pageLinks = tools.map((tool) => `docs-site/${tool.href}`);
  const validationWarning = app.logger.validationWarning.bind(app.logger) as (
    message: string,
    ...rest: readonly unknown[]
  ) => void;
  app.logger.validationWarning = ((message: string, ...rest: readonly unknown[]) => {
    if (pageLinks.some((link) => message.includes(` ${link} `))) return;
    validationWarning(message, ...rest);
  }) as typeof app.logger.validationWarning;

  const markdown = [app.options.getValue("readme"), ...app.options.getValue("projectDocuments")]
    .filter((file) => file !== "none" && file !== "")
    .map((file) => resolve(root, file));
  const diagrams = await renderDiagrams(diagramSources(markdown));
  const diagramsTook = Date.now() - started;

  // Before typedoc parses a Markdown text (priority above its own listener), each diagram's
  // fence becomes its SVG, a raw HTML block that Markdown passes through.
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      const up = "../".repeat(event.page.url.split("/").length - 1);
      for (const tool of tools) {
        event.parsedText = event.parsedText.replaceAll(
          `](docs-site/${tool.href})`,
          `](${up}${tool.href})`,
        );
      }
      event.parsedText = event.parsedText.replace(mermaidFence, (fence, source: string) => {
        const diagram = diagrams.get(source);
        if (diagram === undefined) {
          app.logger.error(`A Mermaid diagram was not rendered: ${source.slice(0, 60)}`);
          return fence;
        }
        return `<figure class="diagram" data-diagram="mermaid">${diagram.svg}</figure>`;
      });
    },
    100,
  );
  app.renderer.hooks.on("sidebar.begin", (context) =>
    JSX.createElement(
      "nav",
      { class: "tsd-navigation shiliu-tools" },
      JSX.createElement(
        "ul",
        { class: "tsd-small-nested-navigation" },
        ...tools.map((tool) =>
          JSX.createElement(
            "li",
            null,
            JSX.createElement("a", { href: context.relativeURL(tool.href) }, tool.label),
          ),
        ),
      ),
    ),
  );

  const project = await app.convert();
  if (project === undefined) return 3;
  const strict = app.options.getValue("treatWarningsAsErrors");
  if (strict && app.logger.hasWarnings()) return 3;
  app.validate(project);
  if (app.logger.hasErrors() || (strict && app.logger.hasWarnings())) return 4;
  await app.generateOutputs(project);
  if (app.logger.hasErrors() || (strict && app.logger.hasWarnings())) return 5;

  const pages = await buildPages(out);
  console.log(
    `docs-site: ${diagrams.size} diagram(s) drawn as SVG in ${diagramsTook} ms; pages ${pages
      .map((page) => `${page.file} ${kib(page.bytes)} (${kib(page.gzipBytes)} gzip)`)
      .join(", ")}; ${Date.now() - started} ms in all`,
  );
  return 0;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

process.exitCode = await main();
