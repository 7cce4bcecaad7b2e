// Every zh-TW text the sources write — a message template, a label, a word of a formula or a
// period — is in traditional characters: each `"zh-TW": "…"` literal under src/ is checked.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { traditional } from "../report/traditional-text";

const root = resolve(import.meta.dirname, "../../src");

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

// A zh-TW entry of a LocalizedText or a label: "zh-TW": "…", '…' or `…` (a template literal's
// ${…} placeholders hold no Chinese of their own).
const literal = /"zh-TW"\s*:\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`)/g;

const texts = sources(root).flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(literal)].map((match) => ({
    file: relative(root, file),
    text: (match[1] as string).slice(1, -1),
  })),
);

describe("the zh-TW texts of the sources", () => {
  it("finds them across the package", () => {
    expect(texts.length).toBeGreaterThan(400);
    const files = new Set(texts.map(({ file }) => file.split("/")[0]));
    for (const folder of ["core", "metric", "period", "quantity", "region", "report", "schemas"]) {
      expect(files).toContain(folder);
    }
  });

  it("writes every one in traditional characters", () => {
    const simplified = texts.filter(({ text }) => traditional(text) !== text);
    expect(simplified).toEqual([]);
  });
});
