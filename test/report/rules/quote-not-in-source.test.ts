import { describe, expect, it } from "vitest";
import { quoteNotInSourceRule } from "../../../src/report/rules/quote-not-in-source";
import { validateReport } from "../../../src/report/validate-report";

const rules = [quoteNotInSourceRule];

function observation(quote: string, value = 99) {
  return {
    indicatorId: "awareness_rate",
    regionCode: "150105",
    period: "2023",
    value: { value, unit: "%" },
    source: { quote },
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
        value: { value: 99, unit: "%" },
        source: { quote: "知晓率达99%" },
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
      ["QUOTE_NOT_IN_SOURCE", ["observations", 1, "source", "quote"]],
    ]);
  });

  it("checks nothing when the report carries no text", () => {
    const result = validateReport(reportWith(undefined, [observation("不在任何地方")]), { rules });
    expect(result.diagnostics).toEqual([]);
  });
});
