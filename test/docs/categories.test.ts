// The API reference groups exports by domain folder: every public export's doc comment names
// the folder it lives in with `@category`, so the site's navigation mirrors `src/`.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import tsupConfig from "../../tsup.config";

const root = resolve(import.meta.dirname, "../..");
const categoryOrder: readonly string[] = JSON.parse(
  readFileSync(join(root, "typedoc.json"), "utf8"),
).categoryOrder;

// The catalogue behind `shiliu/cn-regions` is region data: it files under region.
const categoryOfFolder: Readonly<Record<string, string>> = { "cn-regions": "region" };

// The category a file belongs to: `src/metric/rollup.ts` → `metric`.
function folderOf(fileName: string): string {
  const folder = relative(join(root, "src"), dirname(fileName)).split(sep)[0] ?? "";
  return categoryOfFolder[folder] ?? folder;
}

interface Export {
  readonly entry: string;
  readonly name: string;
  readonly folder: string;
  readonly categories: readonly string[];
}

function publicExports(): readonly Export[] {
  const config = Array.isArray(tsupConfig) ? tsupConfig[0] : tsupConfig;
  const entries = Object.values((config as { entry: Record<string, string> }).entry);
  const program = ts.createProgram(
    entries.map((entry) => join(root, entry)),
    {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
    },
  );
  const checker = program.getTypeChecker();
  return entries.flatMap((entry) => {
    const source = program.getSourceFile(join(root, entry));
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) return [];
    return checker.getExportsOfModule(module).map((symbol) => {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const declaration = target.declarations?.[0];
      const categories = target
        .getJsDocTags(checker)
        .filter((tag) => tag.name === "category")
        .map((tag) => ts.displayPartsToString(tag.text).trim());
      return {
        entry,
        name: symbol.name,
        folder: declaration === undefined ? "" : folderOf(declaration.getSourceFile().fileName),
        categories,
      };
    });
  });
}

describe("API reference categories", () => {
  const exports = publicExports();

  it("finds the public exports", () => {
    expect(exports.some((e) => e.name === "roundHalfUp" && e.folder === "core")).toBe(true);
  });

  it("files every export under the category of its domain folder", () => {
    const misfiled = exports
      .filter((e) => e.categories.length !== 1 || e.categories[0] !== e.folder)
      .map((e) => `${e.name} (src/${e.folder}): @category ${e.categories.join(", ") || "missing"}`);
    expect(misfiled).toEqual([]);
  });

  it("lists every domain folder in the site's category order", () => {
    const folders = [...new Set(exports.map((e) => e.folder))];
    expect(folders.filter((folder) => !categoryOrder.includes(folder))).toEqual([]);
  });
});
