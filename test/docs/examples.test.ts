// Every `@example` block of the doc comments in src/ runs as a reader would paste it, with the
// library's exports in scope, and every `//=>` line is checked against the real result: a stale
// example fails here. An expected value spans the `//=>` line and the `//` lines right after it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import * as OpenCC from "opencc-js";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import * as cnRegionHistoryEntry from "../../src/cn-regions/history/index";
import * as cnRegionsEntry from "../../src/cn-regions/index";
import * as cnTownshipsEntry from "../../src/cn-regions/townships/index";
import * as mainEntry from "../../src/index";
import * as scriptEntry from "../../src/script/index";

const root = resolve(import.meta.dirname, "../..");

interface Example {
  /** Source file and 1-based line of the first code line, for the test's name. */
  readonly where: string;
  readonly code: string;
  /** How many `//=>` lines the block has. */
  readonly expectations: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? sourceFiles(join(dir, entry.name))
        : entry.name.endsWith(".ts")
          ? [join(dir, entry.name)]
          : [],
    )
    .sort();
}

/** The ```ts blocks that follow an `@example` tag, with the comment's ` * ` taken off. */
function examplesOf(file: string, text: string): Example[] {
  const lines = text.split("\n");
  const examples: Example[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (!/^\s*\*\s*@example\b/.test(lines[index] ?? "")) continue;
    let open = index + 1;
    while (open < lines.length && !/^\s*\*\s*```(ts|typescript)\s*$/.test(lines[open] ?? "")) {
      if (/^\s*\*\s*@\w/.test(lines[open] ?? "") || /\*\//.test(lines[open] ?? "")) break;
      open++;
    }
    if (!/```(ts|typescript)/.test(lines[open] ?? "")) {
      throw new Error(`${file}:${index + 1}: an @example without a \`\`\`ts block`);
    }
    const code: string[] = [];
    let close = open + 1;
    for (; close < lines.length && !/^\s*\*\s*```\s*$/.test(lines[close] ?? ""); close++) {
      code.push((lines[close] ?? "").replace(/^\s*\* ?/, ""));
    }
    examples.push({
      where: `${relative(root, file)}:${open + 2}`,
      code: code.join("\n"),
      expectations: code.filter((line) => line.includes("//=>")).length,
    });
    index = close;
  }
  return examples;
}

interface Check {
  readonly statement: ts.Statement;
  readonly expected: string;
}

/** The value a statement stands for in an example: an expression, or a guarded one. */
function shownValue(statement: ts.Statement, source: ts.SourceFile): string {
  if (ts.isExpressionStatement(statement)) return statement.expression.getText(source);
  // `if (!result.ok) result.issues //=> …`: the value, and a failure when the guard is false.
  if (
    ts.isIfStatement(statement) &&
    statement.elseStatement === undefined &&
    ts.isExpressionStatement(statement.thenStatement)
  ) {
    return `(${statement.expression.getText(source)}) ? (${statement.thenStatement.expression.getText(source)}) : __guardFailed`;
  }
  throw new Error(`a //=> line after a statement that has no value: ${statement.getText(source)}`);
}

/**
 * Rewrites an example so that each statement a `//=>` line refers to (the one ending on that
 * line, or the last one before it) reports its value to `__check`, then compiles it to JavaScript.
 */
function instrument(code: string): { readonly js: string; readonly expected: string[] } {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  const lines = code.split("\n");
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line;
  const checks: Check[] = [];
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line] ?? "";
    const at = text.indexOf("//=>");
    if (at < 0) continue;
    const expected = [text.slice(at + 4)];
    while (/^\s*\/\/(?!=>)/.test(lines[line + 1] ?? "")) {
      expected.push((lines[line + 1] ?? "").replace(/^\s*\/\//, ""));
      line++;
    }
    const statement = [...source.statements]
      .reverse()
      .find((candidate) => lineOf(candidate.getEnd()) <= line - (expected.length - 1));
    if (statement === undefined) throw new Error(`a //=> line with no statement before it`);
    checks.push({ statement, expected: expected.join("\n") });
  }
  // An import becomes a read of the module table: `import { a } from "m"` → `const { a } = …`.
  const replacements = new Map<ts.Statement, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const from = statement.moduleSpecifier.getText(source);
    const bindings = statement.importClause?.namedBindings;
    const target =
      bindings === undefined
        ? undefined
        : ts.isNamespaceImport(bindings)
          ? bindings.name.text
          : `{ ${bindings.elements.map((element) => (element.propertyName === undefined ? element.name.text : `${element.propertyName.getText(source)}: ${element.name.text}`)).join(", ")} }`;
    replacements.set(statement, target === undefined ? "" : `const ${target} = __import(${from});`);
  }
  checks.forEach(({ statement }, index) => {
    replacements.set(statement, `__check(${index}, () => (${shownValue(statement, source)}));`);
  });
  let rewritten = "";
  let cursor = 0;
  for (const statement of source.statements) {
    const replacement = replacements.get(statement);
    if (replacement === undefined) continue;
    rewritten += code.slice(cursor, statement.getStart(source)) + replacement;
    cursor = statement.getEnd();
  }
  rewritten += code.slice(cursor);
  const js = ts.transpileModule(rewritten, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  return { js, expected: checks.map((check) => check.expected) };
}

/** What an example may use without importing it, as the docs' readers have it. */
const scope: Record<string, unknown> = {
  ...mainEntry,
  ...cnRegionsEntry,
  ...cnRegionHistoryEntry,
  ...cnTownshipsEntry,
  ...scriptEntry,
  z,
};
const modules: Readonly<Record<string, unknown>> = {
  shiliu: mainEntry,
  "shiliu/cn-regions": cnRegionsEntry,
  "shiliu/cn-regions/history": cnRegionHistoryEntry,
  "shiliu/cn-regions/townships": cnTownshipsEntry,
  "shiliu/script": scriptEntry,
  zod: z,
  "opencc-js": OpenCC,
};
function importModule(specifier: string): unknown {
  if (!(specifier in modules)) throw new Error(`an example imports ${specifier}`);
  return modules[specifier];
}
const guardFailed = Symbol("the example's guard was false");

const examples = sourceFiles(join(root, "src")).flatMap((file) =>
  examplesOf(file, readFileSync(file, "utf8")),
);

describe("the @example blocks of the doc comments", () => {
  it("are found, and every one shows a result with //=>", () => {
    expect(examples.length).toBeGreaterThan(100);
    expect(examples.filter((example) => example.expectations === 0).map((e) => e.where)).toEqual(
      [],
    );
  });

  for (const example of examples) {
    it(`${example.where} runs and shows its real results`, () => {
      const { js, expected } = instrument(example.code);
      const actual = new Map<number, unknown>();
      const names = [...Object.keys(scope), "__check", "__guardFailed", "__import"];
      // A block, so that an example may declare a name the scope also holds.
      const run = new Function(...names, `{\n${js}\n}`) as (...args: unknown[]) => void;
      run(
        ...Object.values(scope),
        (index: number, value: () => unknown) => {
          actual.set(index, value());
        },
        guardFailed,
        importModule,
      );
      expect(expected).toHaveLength(example.expectations);
      expected.forEach((text, index) => {
        const wanted = new Function(`return (${text});`)() as unknown;
        expect(actual.has(index), `//=> ${text.trim()} was never reached`).toBe(true);
        expect(actual.get(index), `//=> ${text.trim()}`).not.toBe(guardFailed);
        expect(actual.get(index), `//=> ${text.trim()}`).toStrictEqual(wanted);
      });
    });
  }
});
