import { describe, expect, it } from "vitest";
import { locales } from "../../src/core/locale";
import { patternMessages, patterns, refinementMessages } from "../../src/schemas/messages";

describe("schema messages", () => {
  it("word every pattern and refinement in every locale", () => {
    expect(Object.keys(patternMessages).sort()).toEqual(Object.keys(patterns).sort());
    for (const template of [
      ...Object.values(patternMessages),
      ...Object.values(refinementMessages),
    ]) {
      for (const locale of locales) expect(template[locale]).not.toBe("");
    }
  });

  it("use the same placeholders in every locale", () => {
    for (const template of Object.values(refinementMessages)) {
      const names = locales.map((locale) => (template[locale].match(/\{\w+\}/g) ?? []).sort());
      expect(names[1]).toEqual(names[0]);
      expect(names[2]).toEqual(names[0]);
    }
  });

  it("match what their patterns accept", () => {
    expect(patterns.region_code.test("150105001")).toBe(true);
    expect(patterns.period_key.test("2023-Q3")).toBe(true);
    expect(patterns.iso_date.test("2023-02-28")).toBe(true);
    expect(patterns.credit_code.test("91350100M000100Y43")).toBe(true);
    expect(patterns.url.test("https://example.org")).toBe(true);
  });
});
