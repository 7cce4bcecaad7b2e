import { describe, expect, it } from "vitest";
import { unquotedFigureRule } from "../../../src/report/rules/unquoted-figure";
import { validateReport } from "../../../src/report/validate-report";

const rules = [unquotedFigureRule];

function reportWith(text: string | undefined, quotes: readonly string[]) {
  const observations = quotes.map((quote, i) => ({
    indicatorId: "awareness_rate",
    regionCode: "150105",
    period: `${2020 + i}`,
    value: { value: 99, unit: "%", quote },
  }));
  const source = text === undefined ? { title: "赛罕区" } : { title: "赛罕区", text };
  return { id: "r", title: "报告", regionCode: "150105", period: "2023", source, observations };
}

describe("unquotedFigureRule", () => {
  it("warns of a figure no quote covers as the doc example shows", () => {
    const observations = [
      {
        indicatorId: "awareness_rate",
        regionCode: "150105",
        period: "2023",
        value: { value: 99, unit: "%", quote: "知晓率达99%" },
      },
    ];
    const source = { title: "赛罕区", text: "知晓率达99%，参与群众近4000人。" };
    const report = {
      id: "r",
      title: "报告",
      regionCode: "150105",
      period: "2023",
      source,
      observations,
    };
    expect(validateReport(report, { rules: [unquotedFigureRule] }).diagnostics[0]?.message).toBe(
      "原文第 13 字处的数字“近4000人”未被任何引文涵盖，可能漏录",
    );
  });

  it("warns once per unquoted figure and leaves the report valid", () => {
    const text = "建成9个家园、110个驿站，参与近4000人。";
    const result = validateReport(reportWith(text, ["9个家园"]), { rules, locale: "en" });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["UNQUOTED_FIGURE", "warning", ["source", "text"]],
      ["UNQUOTED_FIGURE", "warning", ["source", "text"]],
    ]);
    expect(result.diagnostics[0]?.message).toBe(
      'the figure "110个" at character 8 of the source text is in no quote; it may have been missed',
    );
  });

  it("does not count a statement as covering the figures written into it", () => {
    const text = "建成宣传教育基地22个、文化长廊153个，实现全覆盖。";
    const report = {
      ...reportWith(text, []),
      campaigns: [
        {
          id: "c",
          name: "品牌工程",
          kind: "framework",
          issuer: { level: "county" },
          components: [{ name: "阵地建设", statements: ["建成宣传教育基地22个、文化长廊153个"] }],
        },
      ],
    };
    const result = validateReport(report, { rules });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      "原文第 9 字处的数字“22个”未被任何引文涵盖，可能漏录",
      "原文第 17 字处的数字“153个”未被任何引文涵盖，可能漏录",
    ]);
  });

  it("is silent when every figure is quoted, or when there is no text", () => {
    const text = "建成9个家园、110个驿站。";
    expect(
      validateReport(reportWith(text, ["建成9个家园、110个驿站"]), { rules }).diagnostics,
    ).toEqual([]);
    expect(validateReport(reportWith(undefined, []), { rules }).diagnostics).toEqual([]);
  });

  it("counts a figure covered by the quote of any figure of the report, wherever it sits", () => {
    const text = "建成9个家园，设置宣传牌31处，近4000人参与，知晓率达99%。";
    const report = {
      ...reportWith(text, ["知晓率达99%"]),
      brands: [
        {
          id: "b",
          name: "品牌",
          regionCode: "150105",
          carriers: [
            { kind: "home", name: "家园", count: { value: 9, unit: "个", quote: "9个家园" } },
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
              name: "实体阵地",
              carriers: [
                {
                  kind: "signboard",
                  name: "宣传牌",
                  count: { value: 31, unit: "处", quote: "宣传牌31处" },
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
        },
      ],
    };
    expect(validateReport(report, { rules }).diagnostics).toEqual([]);
    const withoutActivity = { ...report, activities: [] };
    const result = validateReport(withoutActivity, { rules, locale: "zh-TW" });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      "原文第 17 字處的數字「近4000人」未被任何引文涵蓋，可能漏錄",
    ]);
  });
});
