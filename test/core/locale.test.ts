import { describe, expect, it } from "vitest";
import { defaultLocale, isLocale, locales, resolveLocale } from "../../src/core/locale";

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

describe("resolveLocale", () => {
  it("keeps a supported locale and falls back to zh-CN for anything else", () => {
    expect(resolveLocale("en")).toBe("en");
    expect(resolveLocale("zh-TW")).toBe("zh-TW");
    for (const value of ["en-US", "__proto__", undefined, null, 1, {}]) {
      expect(resolveLocale(value)).toBe("zh-CN");
    }
  });
});
