import { describe, expect, it } from "vitest";
import type { Locale } from "../../../src/core/locale";
import { quoteMismatchRule } from "../../../src/report/rules/quote-mismatch";
import type { ReportedQuantityInput } from "../../../src/schemas/quantity";
import { campaignOf, diagnosticsOf, observationOf, reportWith } from "./rule-fixtures";

const rules = [quoteMismatchRule];

/** A report's records: one observation of the indicator and figure given. */
const observed = (indicatorId: string, value: ReportedQuantityInput) => ({
  observations: [observationOf(indicatorId, value)],
});

const found = (records: Readonly<Record<string, unknown>>, locale: Locale = "zh-CN") =>
  diagnosticsOf(rules, reportWith(records), { locale });

const quotePath = ["observations", 0, "value", "quote"];

describe("quoteMismatchRule, the number a quote reads as", () => {
  it("matches a figure given at another scale of its unit than the quote's", () => {
    const quote = "地区生产总值1.1亿元";
    // 1.1 × 10⁸ is not exactly 110000000 in floating point; the figures are still the same.
    expect(
      found(observed("gross_domestic_product", { value: 110000000, unit: "元", quote })),
    ).toEqual([]);
    expect(found(observed("gross_domestic_product", { value: 1.1, unit: "亿元", quote }))).toEqual(
      [],
    );
    expect(
      found(observed("gross_domestic_product", { value: 11000, unit: "万元", quote })),
    ).toEqual([]);
  });

  it("does not match a figure one 元 off a quote of 亿元", () => {
    const value = { value: 110000001, unit: "元", quote: "地区生产总值1.1亿元" };
    expect(found(observed("gross_domestic_product", value)).map((d) => d.slice(0, 3))).toEqual([
      ["QUOTE_MISMATCH", "error", quotePath],
    ]);
  });
});

describe("quoteMismatchRule, units", () => {
  it("does not match a figure with a unit by a bare number read, in every locale", () => {
    const counted = observed("activity_sessions", { value: 12, unit: "场次", quote: "12" });
    expect(found(counted)).toEqual([
      [
        "QUOTE_MISMATCH",
        "error",
        quotePath,
        "观测值（活动场次，地区 150105，2023）的数值 12场次 与其原文“12”不符：原文读作 12",
      ],
    ]);
    expect(found(counted, "zh-TW").map((d) => d[3])).toEqual([
      "觀測值（活動場次，地區 150105，2023）的數值 12場次 與其原文「12」不符：原文讀作 12",
    ]);
    expect(found(counted, "en").map((d) => d[3])).toEqual([
      'observation of activity sessions for 150105, 2023: the value 12 场次 does not match its quote "12", which reads as 12',
    ]);
  });

  it("matches a bare figure by a bare number read", () => {
    expect(found(observed("activity_sessions", { value: 12, quote: "12" }))).toEqual([]);
  });
});

describe("quoteMismatchRule, quotes without a figure", () => {
  it("reads no number in a statement's words", () => {
    const campaigns = [campaignOf([{ name: "宣讲", statements: ["覆盖县、乡、村三级"] }])];
    expect(found({ campaigns })).toEqual([]);
  });
});
