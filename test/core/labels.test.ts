import { describe, expect, it } from "vitest";
import { formatMessage, labelOf } from "../../src/core/labels";
import type { Locale } from "../../src/core/locale";

describe("labelOf", () => {
  it("reads a label as the doc example shows", () => {
    const modality = { online: { "zh-CN": "线上", "zh-TW": "線上", en: "online" } };
    expect(labelOf(modality, "online", "zh-TW")).toBe("線上");
  });

  it("defaults to simplified Chinese", () => {
    const table = { station: { "zh-CN": "驿站", "zh-TW": "驛站", en: "station" } };
    expect(labelOf(table, "station")).toBe("驿站");
    expect(labelOf(table, "station", "en")).toBe("station");
  });
});

describe("formatMessage", () => {
  const template = {
    "zh-CN": "{name} 为 {value}",
    "zh-TW": "{name} 為 {value}",
    en: "{name} is {value}",
  };

  it("fills placeholders in the chosen locale", () => {
    expect(formatMessage(template, "zh-TW", { name: "增速", value: 0.067 })).toBe("增速 為 0.067");
    expect(formatMessage(template, "en", { name: "growth", value: "6.7%" })).toBe("growth is 6.7%");
  });

  it("leaves unknown placeholders visible rather than dropping them", () => {
    expect(formatMessage(template, "zh-CN", { name: "增速" })).toBe("增速 为 {value}");
  });

  it("does not read inherited properties as parameters", () => {
    expect(formatMessage({ "zh-CN": "{toString}", "zh-TW": "", en: "" }, "zh-CN")).toBe(
      "{toString}",
    );
  });
});

describe("labels and messages in a locale shiliu does not speak", () => {
  const table = { station: { "zh-CN": "驿站", "zh-TW": "驛站", en: "station" } };
  const template = { "zh-CN": "{name}为零", "zh-TW": "{name}為零", en: "{name} is zero" };

  it("fall back to simplified Chinese instead of failing", () => {
    for (const locale of ["en-US", "fr", "__proto__", "toString"]) {
      expect(labelOf(table, "station", locale as Locale)).toBe("驿站");
      expect(formatMessage(template, locale as Locale, { name: "分母" })).toBe("分母为零");
    }
  });
});
