import { describe, expect, it } from "vitest";
import { defaultLocale, isLocale, locales } from "../../src/core/locale";

describe("locales", () => {
  it("lists the supported locales, default first", () => {
    expect(locales).toEqual(["zh-CN", "zh-TW", "en"]);
    expect(defaultLocale).toBe(locales[0]);
  });
});

describe("isLocale", () => {
  it("recognises the supported locales as the doc example shows", () => {
    expect(isLocale("zh-TW")).toBe(true);
    expect(isLocale("zh-HK")).toBe(false);
  });

  it("rejects values of other types", () => {
    for (const value of [undefined, null, 0, {}, ["en"], "EN", " en"]) {
      expect(isLocale(value)).toBe(false);
    }
  });
});
