import { describe, expect, it } from "vitest";
import { quoteNotInSourceRule } from "../../../src/report/rules/quote-not-in-source";
import { validateReport } from "../../../src/report/validate-report";

const rules = [quoteNotInSourceRule];

function observation(quote: string, value = 99) {
  return {
    indicatorId: "awareness_rate",
    regionCode: "150105",
    period: "2023",
    value: { value, unit: "%", quote },
  };
}

function reportWith(text: string | undefined, observations: readonly object[]) {
  const source = text === undefined ? { title: "赛罕区" } : { title: "赛罕区", text };
  return { id: "r", title: "报告", regionCode: "150105", period: "2023", source, observations };
}

describe("quoteNotInSourceRule", () => {
  it("reports a quote the source text does not hold as the doc example shows", () => {
    const observations = [
      {
        indicatorId: "awareness_rate",
        regionCode: "150105",
        period: "2023",
        value: { value: 99, unit: "%", quote: "知晓率达99%" },
      },
    ];
    const source = { title: "赛罕区", text: "群众知晓率达98%。" };
    const report = {
      id: "r",
      title: "报告",
      regionCode: "150105",
      period: "2023",
      source,
      observations,
    };
    expect(validateReport(report, { rules: [quoteNotInSourceRule] }).diagnostics[0]?.message).toBe(
      "观测值（知晓率，地区 150105，2023）的原文“知晓率达99%”不在报告来源的原文（source.text）中",
    );
  });

  it("finds a quote after the reader's normalisation of the text and of the quote", () => {
    const text = "民族團結(jié)進步，群众知晓率达９９％。";
    const observations = [observation("知晓率达99%"), observation("團結進步", 1)];
    expect(validateReport(reportWith(text, observations), { rules }).diagnostics).toEqual([]);
  });

  it("reports every missing quote at its own path, and only those", () => {
    const observations = [observation("知晓率达99%"), observation("参与率达80%", 80)];
    const result = validateReport(reportWith("知晓率达99%。", observations), { rules });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["QUOTE_NOT_IN_SOURCE", ["observations", 1, "value", "quote"]],
    ]);
  });

  it("checks nothing when the report carries no text", () => {
    const result = validateReport(reportWith(undefined, [observation("不在任何地方")]), { rules });
    expect(result.diagnostics).toEqual([]);
  });

  it("checks the quote of every figure wherever it sits, and every statement of a component", () => {
    const text = "建成石榴红驿站110个，覆盖县、乡、村三级，开展宣讲30余场次，近4000人参与。";
    const report = {
      ...reportWith(text, []),
      brands: [
        {
          id: "b",
          name: "品牌",
          regionCode: "150105",
          carriers: [
            {
              kind: "station",
              name: "驿站",
              count: { value: 110, unit: "个", quote: "驿站110个" },
            },
            { kind: "home", name: "家园", count: { value: 9, unit: "个", quote: "家园9个" } },
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
              statements: ["覆盖县、乡、村三级", "实现全覆盖"],
              carriers: [
                {
                  kind: "signboard",
                  name: "宣传牌",
                  count: { value: 31, unit: "处", quote: "宣传牌31处" },
                },
              ],
              targets: [
                {
                  description: "宣讲",
                  target: { value: 30, unit: "场次", comparator: "gt", quote: "宣讲30余场次" },
                },
              ],
            },
          ],
        },
      ],
      activities: [
        {
          id: "a",
          name: "宣讲",
          regionCodes: ["150105"],
          modality: "offline",
          participants: { value: 4000, unit: "人", comparator: "nearly", quote: "近4000人" },
          pageViews: { value: 1, unit: "人次", quote: "浏览量1人次" },
        },
      ],
    };
    const result = validateReport(report, { rules });
    expect(result.diagnostics.map((d) => d.path.join("."))).toEqual([
      "brands.0.carriers.1.count.quote",
      "campaigns.0.components.0.carriers.0.count.quote",
      "activities.0.pageViews.quote",
      "campaigns.0.components.0.statements.1",
    ]);
    const messages = (["zh-CN", "zh-TW", "en"] as const).map(
      (locale) => validateReport(report, { rules, locale }).diagnostics[3]?.message,
    );
    expect(messages).toEqual([
      "行动“三大宣传阵地”（c）的分项“流动阵地”的原文“实现全覆盖”不在报告来源的原文（source.text）中",
      "行動“三大宣传阵地”（c）的分項「流动阵地」的原文「实现全覆盖」不在報告來源的原文（source.text）中",
      'component "流动阵地" of campaign "三大宣传阵地" (c) quotes "实现全覆盖", which is not in the source text (source.text)',
    ]);
  });
});
