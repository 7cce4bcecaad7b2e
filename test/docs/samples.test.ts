// Every ```ts block of README.md and docs/*.md must compile against the library's source, as a
// reader would paste it: `import … from "shiliu"` and its subpath entries resolve to src/.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import tsupConfig from "../../tsup.config";

const root = resolve(import.meta.dirname, "../..");
const outDir = join(root, ".tmp", "doc-samples");

interface Sample {
  /** The Markdown file, relative to the repository root. */
  readonly doc: string;
  /** 1-based position among the file's ```ts blocks. */
  readonly block: number;
  /** 1-based line of the block's first code line in the Markdown file. */
  readonly line: number;
  readonly code: string;
}

function markdownFiles(): readonly string[] {
  const docs = readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => join("docs", name));
  return ["README.md", ...docs];
}

function samplesOf(doc: string): readonly Sample[] {
  const lines = readFileSync(join(root, doc), "utf8").split("\n");
  const samples: Sample[] = [];
  let open: { line: number; code: string[] } | undefined;
  lines.forEach((text, index) => {
    if (open === undefined) {
      if (/^```(ts|typescript)\s*$/.test(text)) open = { line: index + 2, code: [] };
    } else if (/^```\s*$/.test(text)) {
      samples.push({ doc, block: samples.length + 1, line: open.line, code: open.code.join("\n") });
      open = undefined;
    } else {
      open.code.push(text);
    }
  });
  return samples;
}

// "shiliu" → src/index.ts, "shiliu/cn-regions" → its entry, read from the build's entry table.
function packagePaths(): Record<string, string[]> {
  const config = Array.isArray(tsupConfig) ? tsupConfig[0] : tsupConfig;
  const entries = (config as { entry: Record<string, string> }).entry;
  const paths: Record<string, string[]> = {};
  for (const [name, source] of Object.entries(entries)) {
    paths[name === "index" ? "shiliu" : `shiliu/${name}`] = [join(root, source)];
  }
  return paths;
}

function fileNameOf(sample: Sample): string {
  return join(outDir, `${sample.doc.replace(/[/.]/g, "_")}-block-${sample.block}.ts`);
}

function compile(samples: readonly Sample[]): readonly string[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files = samples.map((sample) => {
    const fileName = fileNameOf(sample);
    // A block without imports would otherwise share one global scope with the others.
    writeFileSync(fileName, `${sample.code}\nexport {};\n`);
    return fileName;
  });
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (config === undefined) throw new Error("tsconfig.json could not be read");
  const options: ts.CompilerOptions = {
    ...config.options,
    noEmit: true,
    // A sample shows a call; it need not use every name it binds.
    noUnusedLocals: false,
    // Samples run in Node: console and node:fs are there.
    types: ["node"],
    paths: packagePaths(),
  };
  const program = ts.createProgram(files, options);
  const bySample = new Map(files.map((file, index) => [resolve(file), samples[index]]));
  // Only the samples are checked here: the sources they import are checked by `npm run
  // typecheck`, and checking them a second time would triple this test's time.
  const diagnostics = [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...files.flatMap((file) => {
      const source = program.getSourceFile(file);
      if (source === undefined) throw new Error(`${file} is not in the program`);
      return [
        ...program.getSyntacticDiagnostics(source),
        ...program.getSemanticDiagnostics(source),
      ];
    }),
  ];
  return diagnostics.map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    const file = diagnostic.file;
    const sample = file === undefined ? undefined : bySample.get(resolve(file.fileName));
    if (file === undefined || sample === undefined || diagnostic.start === undefined) {
      return file === undefined ? message : `${relative(root, file.fileName)}: ${message}`;
    }
    const { line } = file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${sample.doc}:${sample.line + line} (ts block ${sample.block}): ${message}`;
  });
}

describe("documentation code samples", () => {
  const samples = markdownFiles().flatMap(samplesOf);

  it("finds the samples of the README and every guide", () => {
    expect(samples.some((sample) => sample.doc === "README.md")).toBe(true);
    expect(new Set(samples.map((sample) => sample.doc)).size).toBeGreaterThan(1);
  });

  it("compiles every ts block against the source", { timeout: 60_000 }, () => {
    expect(compile(samples)).toEqual([]);
  });
});
