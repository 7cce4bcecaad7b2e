import { describe, expect, it } from "vitest";
import { fieldTitle } from "../../src/report/field-title";
import { fieldTitlesTW } from "../../src/report/field-titles-tw";
import { schemaTitles } from "./schema-titles";
import { traditional } from "./traditional-text";

const titles = schemaTitles();

describe("fieldTitlesTW", () => {
  it("finds the schemas' titles", () => {
    expect(titles.get("报告期")).toBe("ReportSchema.period");
    expect(titles.size).toBeGreaterThan(100);
  });

  it("has a zh-TW form for every title of every public schema", () => {
    // A field given a new `.meta({ title })` needs its traditional form in src/report/field-titles-tw.ts.
    const missing = [...titles].filter(([title]) => !Object.hasOwn(fieldTitlesTW, title));
    expect(missing).toEqual([]);
  });

  it("has no form for a title no schema has any more", () => {
    const stale = Object.keys(fieldTitlesTW).filter((title) => !titles.has(title));
    expect(stale).toEqual([]);
  });

  it("writes every form in traditional characters", () => {
    const simplified = Object.values(fieldTitlesTW).filter((form) => traditional(form) !== form);
    expect(simplified).toEqual([]);
  });

  it("gives each form the same reading as its title, character for character", () => {
    // The form translates the script, not the word: OpenCC's reading, save where Taiwan writes
    // 發布, 匯總 and 表彰.
    const usage: Readonly<Record<string, string>> = { 發佈: "發布", 彙總: "匯總" };
    const differ = Object.entries(fieldTitlesTW).filter(([title, form]) => {
      let expected = traditional(title);
      for (const [opencc, taiwan] of Object.entries(usage)) {
        expected = expected.replaceAll(opencc, taiwan);
      }
      return expected !== form;
    });
    expect(differ).toEqual([]);
  });
});

describe("fieldTitle", () => {
  it("writes a title in traditional characters in zh-TW only", () => {
    expect(fieldTitle("报告期", "zh-TW")).toBe("報告期");
    expect(fieldTitle("汇总方式", "zh-TW")).toBe("匯總方式");
    expect(fieldTitle("报告期", "zh-CN")).toBe("报告期");
    expect(fieldTitle("报告期", "en")).toBe("报告期");
  });

  it("leaves a title it has no form for as it is", () => {
    expect(fieldTitle("未知字段", "zh-TW")).toBe("未知字段");
    expect(fieldTitle("toString", "zh-TW")).toBe("toString");
  });
});
