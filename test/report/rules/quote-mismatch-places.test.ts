import { describe, expect, it } from "vitest";
import { quoteMismatchRule } from "../../../src/report/rules/quote-mismatch";
import { validateReport } from "../../../src/report/validate-report";

const rules = [quoteMismatchRule];

/** A report whose every kind of figure carries a quote, each reading as its figure. */
function everyPlace() {
  return {
    id: "r",
    title: "报告",
    regionCode: "150105",
    period: "2023",
    brands: [
      {
        id: "b",
        name: "赛出石榴红",
        regionCode: "150105",
        carriers: [
          {
            kind: "home",
            name: "家园",
            count: { value: 9, unit: "个", quote: "红石榴赛罕家园9个" },
          },
          {
            kind: "station",
            name: "驿站",
            count: { value: 110, unit: "个", quote: "石榴红赛罕驿站110个" },
          },
        ],
      },
    ],
    campaigns: [
      {
        id: "c",
        name: "三大宣传阵地",
        kind: "framework",
        issuer: { level: "county" },
        components: [
          {
            name: "流动阵地",
            carriers: [
              {
                kind: "signboard",
                name: "宣传牌",
                count: { value: 260, unit: "处", comparator: "gt", quote: "设置宣传牌260余处" },
              },
            ],
            targets: [
              {
                description: "宣讲",
                target: { value: 30, unit: "场次", comparator: "gt", quote: "开展宣讲30余场次" },
                actual: { value: 3000, unit: "人次", comparator: "gt", quote: "受众3000余人次" },
              },
            ],
          },
        ],
      },
    ],
    activities: [
      {
        id: "a",
        name: "云交流",
        regionCodes: ["150105"],
        modality: "online",
        participants: { value: 4000, unit: "人", comparator: "nearly", quote: "近4000人" },
        onlineViewers: { value: 50000, unit: "人", comparator: "gt", quote: "5万余名群众观看" },
        pageViews: { value: 625000, unit: "人次", comparator: "gt", quote: "浏览量超62.5万人次" },
      },
    ],
  };
}

describe("quoteMismatchRule over every figure", () => {
  it("accepts a quote on every kind of figure that reads as it", () => {
    expect(validateReport(everyPlace(), { rules }).diagnostics).toEqual([]);
  });

  it("reports a carrier count, a component's carrier, a target, an actual and an activity figure at their quotes", () => {
    const report = everyPlace();
    const brand = report.brands[0];
    const component = report.campaigns[0]?.components[0];
    const target = component?.targets[0];
    const activity = report.activities[0];
    if (!brand || !component || !target || !activity) throw new Error("fixture");
    Object.assign(brand.carriers[1] ?? {}, {
      count: { value: 11, unit: "个", quote: "石榴红赛罕驿站110个" },
    });
    Object.assign(component.carriers[0] ?? {}, {
      count: { value: 260, unit: "处", quote: "设置宣传牌260余处" },
    });
    Object.assign(target, {
      target: { value: 30, unit: "场次", comparator: "gt", quote: "开展宣讲40余场次" },
      actual: { value: 3000, unit: "人", comparator: "gt", quote: "受众3000余人次" },
    });
    Object.assign(activity, {
      participants: { value: 4000, unit: "人", quote: "近4000人" },
    });
    const result = validateReport(report, { rules });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.path.join("."))).toEqual([
      "brands.0.carriers.1.count.quote",
      "campaigns.0.components.0.carriers.0.count.quote",
      "campaigns.0.components.0.targets.0.target.quote",
      "campaigns.0.components.0.targets.0.actual.quote",
      "activities.0.participants.quote",
    ]);
  });

  it("names the record and the field in each locale", () => {
    const report = everyPlace();
    Object.assign(report.brands[0]?.carriers[1] ?? {}, {
      count: { value: 11, unit: "个", quote: "石榴红赛罕驿站110个" },
    });
    const message = (locale: "zh-CN" | "zh-TW" | "en") =>
      validateReport(report, { rules, locale }).diagnostics[0]?.message;
    expect(message("zh-CN")).toBe(
      "工作品牌“赛出石榴红”（b）的阵地“驿站”的数量 11个 与其原文“石榴红赛罕驿站110个”不符：原文读作 110个",
    );
    expect(message("zh-TW")).toBe(
      "工作品牌“赛出石榴红”（b）的陣地「驿站」的數量 11個 與其原文「石榴红赛罕驿站110个」不符：原文讀作 110個",
    );
    expect(message("en")).toBe(
      'carrier "驿站" of brand "赛出石榴红" (b): the count 11 个 does not match its quote "石榴红赛罕驿站110个", which reads as 110 个',
    );
  });

  it("compares units through the unit table: 名 and 人, 万元 and 元, % and a fraction", () => {
    const report = everyPlace();
    Object.assign(report.activities[0] ?? {}, {
      participants: { value: 4000, unit: "名", comparator: "nearly", quote: "近4000人" },
    });
    expect(validateReport(report, { rules }).diagnostics).toEqual([]);
    const amounts = {
      id: "r",
      title: "报告",
      regionCode: "150105",
      period: "2023",
      observations: [
        {
          indicatorId: "gross_domestic_product",
          regionCode: "150105",
          period: "2023",
          value: { value: 3631000, unit: "万元", quote: "地区生产总值363.1亿元" },
        },
        {
          indicatorId: "awareness_rate",
          regionCode: "150105",
          period: "2023",
          value: { value: 0.99, quote: "知晓率达99%" },
        },
      ],
    };
    expect(validateReport(amounts, { rules }).diagnostics).toEqual([]);
    const different = structuredClone(amounts);
    Object.assign(different.observations[0] ?? {}, {
      value: { value: 3631000, unit: "万人", quote: "地区生产总值363.1亿元" },
    });
    expect(validateReport(different, { rules }).diagnostics.map((d) => d.path.join("."))).toEqual([
      "observations.0.value.quote",
    ]);
  });

  it("reads both ends of a range", () => {
    const report = everyPlace();
    Object.assign(report.activities[0] ?? {}, {
      participants: { value: 30, upper: 40, unit: "人", comparator: "range", quote: "三四十人" },
    });
    expect(validateReport(report, { rules }).diagnostics).toEqual([]);
    Object.assign(report.activities[0] ?? {}, {
      participants: { value: 30, upper: 50, unit: "人", comparator: "range", quote: "三四十人" },
    });
    expect(validateReport(report, { rules }).diagnostics.map((d) => d.path.join("."))).toEqual([
      "activities.0.participants.quote",
    ]);
  });

  it("reads a quote that is one figure on its own, as targets are written (百人)", () => {
    const report = everyPlace();
    Object.assign(report.campaigns[0]?.components[0]?.targets[0] ?? {}, {
      target: { value: 100, unit: "人", quote: "百人" },
      actual: { value: 100, unit: "支", quote: "百人" },
    });
    expect(validateReport(report, { rules }).diagnostics.map((d) => d.path.join("."))).toEqual([
      "campaigns.0.components.0.targets.0.actual.quote",
    ]);
  });
});
