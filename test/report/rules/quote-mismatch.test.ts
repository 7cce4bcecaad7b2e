import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { quoteMismatchRule } from "../../../src/report/rules/quote-mismatch";
import { validateReport } from "../../../src/report/validate-report";
import type { ReportedQuantityInput as QuantityInput } from "../../../src/schemas/quantity";
import { sampleReport } from "../fixtures";

const rules = [quoteMismatchRule];

function observed(indicatorId: string, value: QuantityInput, quote: string) {
  return {
    id: "r",
    title: "报告",
    regionCode: "150105",
    period: "2023",
    observations: [
      { indicatorId, regionCode: "150105", period: "2023", value: { ...value, quote } },
    ],
  };
}

describe("quoteMismatchRule", () => {
  it("reports a quote whose qualifier differs from the figure, as the doc example shows", () => {
    const observations = [
      {
        indicatorId: "online_viewers",
        regionCode: "150105",
        period: "2023",
        value: { value: 50000, unit: "人", quote: "在线观看人数达5万余人" },
      },
    ];
    const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", observations };
    expect(validateReport(report, { rules: [quoteMismatchRule] }).diagnostics[0]?.message).toBe(
      "观测值（在线观看人数，地区 150105，2023）的数值 5万人 与其原文“在线观看人数达5万余人”不符：原文读作 5万余人",
    );
  });

  it("accepts quotes that read as their figures", () => {
    expect(validateReport(sampleReport(), { rules }).diagnostics).toEqual([]);
    const accepted = [
      observed(
        "online_viewers",
        { value: 50000, unit: "人", comparator: "gt" },
        "在线观看人数达5万余人",
      ),
      observed(
        "page_views",
        { value: 625000, unit: "人次", comparator: "gt" },
        "全网浏览量超62.5万人次",
      ),
      observed(
        "participants",
        { value: 50000, unit: "人", comparator: "gt" },
        "5萬餘名各族群眾積極參與",
      ),
      observed("growth_rate", { value: 0.067 }, "地区生产总值363.1亿元、增速6.7%"),
    ];
    for (const report of accepted) {
      expect(validateReport(report, { rules }).diagnostics).toEqual([]);
    }
  });

  it("reports a value, unit or qualifier that differs, at the quote", () => {
    const wrong = [
      observed("awareness_rate", { value: 98, unit: "%" }, "知晓率达99%"),
      observed(
        "activity_sessions",
        { value: 500, unit: "人", comparator: "gt" },
        "舉辦活動500餘場次",
      ),
      observed("participants", { value: 4000, unit: "人" }, "两地各族学生代表近4000人"),
    ];
    for (const report of wrong) {
      const result = validateReport(report, { rules });
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
        ["QUOTE_MISMATCH", ["observations", 0, "value", "quote"]],
      ]);
    }
  });

  it("matches a figure given without a unit to the number in the quote, whatever its unit", () => {
    const report = observed("demonstration_units", { value: 35 }, "创建各级示范单位35个");
    expect(validateReport(report, { rules }).diagnostics).toEqual([]);
  });

  it("checks nothing for an observation without a quote", () => {
    const unsourced = {
      indicatorId: "awareness_rate",
      regionCode: "150105",
      period: "2023",
      value: { value: 99, unit: "%" },
    };
    for (const observation of [unsourced]) {
      const input = {
        id: "r",
        title: "报告",
        regionCode: "150105",
        period: "2023",
        observations: [observation],
      };
      expect(validateReport(input, { rules }).diagnostics).toEqual([]);
    }
  });

  it("lists every figure the quote reads as, in the language asked for", () => {
    const report = observed(
      "participants",
      { value: 3000, unit: "人" },
      "两地近4000人、5万余人参与",
    );
    expect(validateReport(report, { rules, locale: "en" }).diagnostics[0]?.message).toBe(
      'observation of participants for 150105, 2023: the value 3,000 人 does not match its quote "两地近4000人、5万余人参与", which reads as nearly 4,000 人, more than 50,000 人',
    );
    expect(validateReport(report, { rules, locale: "zh-TW" }).diagnostics[0]?.message).toContain(
      "近4000人、5萬餘人",
    );
  });

  it("reports a quote in which no figure can be read", () => {
    const report = observed("awareness_rate", { value: 99, unit: "%" }, "知晓率很高");
    expect(validateReport(report, { rules, locale: "en" }).diagnostics[0]?.message).toBe(
      'observation of awareness rate for 150105, 2023: no figure can be read in the quote "知晓率很高" of the value 99%',
    );
  });

  it("checks each part of a ratio against its own quote", () => {
    const report = {
      id: "r",
      title: "报告",
      regionCode: "150105",
      period: "2023",
      observations: [
        {
          indicatorId: "coverage_rate",
          regionCode: "150105",
          period: "2023",
          numerator: { value: 90, unit: "家" },
          denominator: { value: 96, unit: "家", quote: "充分发挥96家新时代文明实践中心" },
        },
      ],
    };
    expect(validateReport(report, { rules }).diagnostics).toEqual([]);
    const wrong = structuredClone(report);
    Object.assign(wrong.observations[0] ?? {}, {
      numerator: { value: 90, unit: "家", quote: "充分发挥96家新时代文明实践中心" },
    });
    expect(validateReport(wrong, { rules }).diagnostics.map((d) => d.path)).toEqual([
      ["observations", 0, "numerator", "quote"],
    ]);
  });

  it("reads the quotes of the 新城区 article as the figures a report would give", () => {
    const text = readFileSync(
      resolve(import.meta.dirname, "../../../examples/articles/xincheng-2023.txt"),
      "utf8",
    );
    const quotes: [string, QuantityInput, string][] = [
      ["gross_domestic_product", { value: 36310000000, unit: "元" }, "地区生产总值363.1亿元"],
      ["growth_rate", { value: 6.7, unit: "%" }, "增速6.7%"],
      ["forest_coverage", { value: 44.3, unit: "%" }, "森林覆盖率达44.3%"],
      ["greening_rate", { value: 39.2, unit: "%" }, "中心城区绿化率达39.2%"],
      [
        "participants",
        { value: 100000, unit: "人", comparator: "gt" },
        "全区共有10万余人参与网上挑战答题",
      ],
    ];
    for (const [indicatorId, value, quote] of quotes) {
      expect(text).toContain(quote);
      expect(validateReport(observed(indicatorId, value, quote), { rules }).diagnostics).toEqual(
        [],
      );
    }
  });
});
