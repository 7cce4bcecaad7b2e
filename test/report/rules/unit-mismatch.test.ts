import { describe, expect, it } from "vitest";
import { unitMismatchRule } from "../../../src/report/rules/unit-mismatch";
import { validateReport } from "../../../src/report/validate-report";
import { sampleReport, sampleReportWith } from "../fixtures";

const rules = [unitMismatchRule];

function observation(indicatorId: string, value: object) {
  return { indicatorId, regionCode: "150105", period: "2023", value };
}

describe("unitMismatchRule", () => {
  it("reports participants counted in money as the doc example shows", () => {
    const activities = [
      {
        id: "a1",
        name: "云交流",
        date: "2023-04-26",
        regionCodes: ["150105"],
        modality: "online",
        participants: { value: 4000, unit: "元" },
      },
    ];
    const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", activities };
    expect(validateReport(report, { rules: [unitMismatchRule] }).diagnostics[0]?.message).toBe(
      "活动“云交流”（a1）的参与人数单位为“元”，应为计人的单位（人、名、位）或人次",
    );
  });

  it("finds nothing in the sample report", () => {
    expect(validateReport(sampleReport(), { rules }).diagnostics).toEqual([]);
  });

  it("reports an observation in a unit that is not its indicator's quantity", () => {
    const indicators = [
      { id: "sites", name: { "zh-CN": "阵地数" }, kind: "count", unit: "个", aggregation: "sum" },
      {
        id: "people",
        name: { "zh-CN": "参与人数" },
        kind: "count",
        unit: "人",
        aggregation: "sum",
      },
    ];
    const observations = [
      observation("sites", { value: 11, unit: "处" }),
      observation("people", { value: 300, unit: "人次" }),
      observation("people", { value: 300, unit: "名" }),
      observation("people", { value: 300 }),
    ].map((o, i) => ({ ...o, period: `${2020 + i}` }));
    const report = { ...sampleReport(), indicators, observations };
    const result = validateReport(report, { rules });
    expect(result.diagnostics.map((d) => d.path)).toEqual([
      ["observations", 0, "value", "unit"],
      ["observations", 1, "value", "unit"],
    ]);
    expect(result.diagnostics[0]?.message).toBe(
      "观测值（阵地数，地区 150105，2020）的数值单位“处”与指标“阵地数”的单位“个”不是同一种量",
    );
  });

  it("reports a denominator that is not its numerator's quantity, and accepts 万人 over 人", () => {
    const ratio = (numerator: object, denominator: object) => ({
      indicatorId: "coverage_rate",
      regionCode: "150105",
      period: "2023",
      numerator,
      denominator,
    });
    const bad = {
      ...sampleReport(),
      observations: [ratio({ value: 30, unit: "个" }, { value: 40, unit: "处" })],
    };
    expect(
      validateReport(bad, { rules, locale: "en" }).diagnostics.map((d) => [d.path, d.message]),
    ).toEqual([
      [
        ["observations", 0, "denominator", "unit"],
        'observation of coverage rate for 150105, 2023 gives its denominator in "处" and its numerator in "个", which are different quantities',
      ],
    ]);
    const good = {
      ...sampleReport(),
      observations: [ratio({ value: 3, unit: "万人" }, { value: 40000, unit: "人" })],
    };
    expect(validateReport(good, { rules }).diagnostics).toEqual([]);
  });

  it("reports an actual that is not its target's quantity", () => {
    const input = sampleReportWith((report) => {
      const campaign = report.campaigns?.[1];
      if (campaign === undefined) return;
      campaign.components = [
        {
          name: "宣讲",
          targets: [
            {
              description: "宣讲活动",
              target: { value: 100, unit: "场次" },
              actual: { value: 5000, unit: "人次" },
            },
            { description: "宣讲团", target: { value: 100, unit: "人" } },
            {
              description: "活动场次",
              target: { value: 10, unit: "场" },
              actual: { value: 12, unit: "场次" },
            },
            {
              description: "媒体报道",
              target: { value: 100, unit: "期" },
              actual: { value: 100, unit: "篇", comparator: "gt" },
            },
          ],
        },
      ];
    });
    const result = validateReport(input, { rules });
    expect(result.diagnostics.map((d) => [d.severity, d.path])).toEqual([
      ["error", ["campaigns", 1, "components", 0, "targets", 0, "actual", "unit"]],
      ["warning", ["campaigns", 1, "components", 0, "targets", 3, "actual", "unit"]],
    ]);
    expect(result.diagnostics.slice(0, 1).map((d) => [d.path, d.message])).toEqual([
      [
        ["campaigns", 1, "components", 0, "targets", 0, "actual", "unit"],
        "行动“贯彻落实“三项计划”赛罕区具体重点工作任务”（saihan-three-plans）的完成值单位“人次”与目标值单位“场次”不是同一种量",
      ],
    ]);
  });

  it("requires people for participants and viewers, visits for page views, counts for carriers", () => {
    const input = sampleReportWith((report) => {
      const activity = report.activities?.[0];
      if (activity === undefined) return;
      activity.participants = { value: 4000, unit: "人次" };
      activity.onlineViewers = { value: 5, unit: "%" };
      activity.pageViews = { value: 625000, unit: "元" };
      const carrier = report.brands?.[0]?.carriers?.[0];
      if (carrier !== undefined) carrier.count = { value: 9, unit: "人" };
    });
    const result = validateReport(input, { rules, locale: "zh-TW" });
    expect(result.diagnostics.map((d) => d.path)).toEqual([
      ["brands", 0, "carriers", 0, "count", "unit"],
      ["activities", 0, "onlineViewers", "unit"],
      ["activities", 0, "pageViews", "unit"],
    ]);
    expect(result.diagnostics[0]?.message).toBe(
      "工作品牌“赛出石榴红”（saihan-red）的陣地「红石榴赛罕家园」的數量單位為“人”，應為計數的量詞（個、處、家等）",
    );
  });
});
