import { describe, expect, it } from "vitest";
import { fieldTitle } from "../../src/report/field-title";
import { titleCharactersTW } from "../../src/report/title-characters-tw";
import { schemaTitles } from "./schema-titles";
import { traditional } from "./traditional-text";

const titles = schemaTitles();
const pairs = titleCharactersTW.split(" ").map((pair) => [...pair]);

// Where Taiwan usage and the package's other zh-TW messages write a word otherwise than OpenCC.
const usage: Readonly<Record<string, string>> = { 發佈: "發布", 彙總: "匯總" };

function taiwanForm(title: string): string {
  let form = traditional(title);
  for (const [opencc, taiwan] of Object.entries(usage)) form = form.replaceAll(opencc, taiwan);
  return form;
}

describe("titleCharactersTW", () => {
  it("finds the schemas' titles", () => {
    expect(titles.get("报告期")).toBe("ReportSchema.period");
    expect(titles.size).toBeGreaterThan(100);
  });

  it("writes every title of every public schema as Taiwan does", () => {
    // A field given a new `.meta({ title })` with a character not yet in
    // src/report/title-characters-tw.ts fails here until the character is added.
    const wrong = [...titles.keys()]
      .map((title) => [title, fieldTitle(title, "zh-TW"), taiwanForm(title)])
      .filter(([, form, expected]) => form !== expected);
    expect(wrong).toEqual([]);
  });

  it("pairs one simplified character with one traditional one, each once", () => {
    expect(pairs.every((pair) => pair.length === 2 && pair[0] !== pair[1])).toBe(true);
    const simplified = pairs.map(([character]) => character);
    expect(new Set(simplified).size).toBe(simplified.length);
    expect(pairs.filter(([, form]) => traditional(form as string) !== form)).toEqual([]);
  });

  it("holds no character that no title uses", () => {
    const used = new Set([...titles.keys()].flatMap((title) => [...title]));
    expect(pairs.filter(([character]) => !used.has(character as string))).toEqual([]);
  });
});

describe("fieldTitle", () => {
  it("writes a title in traditional characters in zh-TW only", () => {
    expect(fieldTitle("报告期", "zh-TW")).toBe("報告期");
    expect(fieldTitle("汇总方式", "zh-TW")).toBe("匯總方式");
    expect(fieldTitle("命名表彰编号", "zh-TW")).toBe("命名表彰編號");
    expect(fieldTitle("报告期", "zh-CN")).toBe("报告期");
    expect(fieldTitle("报告期", "en")).toBe("报告期");
  });

  it("leaves characters it has no form for as they are", () => {
    expect(fieldTitle("toString", "zh-TW")).toBe("toString");
    expect(fieldTitle("有效期（年）", "zh-TW")).toBe("有效期（年）");
  });
});
