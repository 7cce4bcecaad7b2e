import { describe, expect, it } from "vitest";
import { standardIndicators } from "../../src/metric/standard-indicators";
import type { Indicator } from "../../src/metric/types";
import { quotesOf } from "../../src/report/quotes-of";
import { describeOwner, quantitiesOf } from "../../src/report/report-quantities";
import { type Report, ReportSchema } from "../../src/schemas/report";
import { sampleReportWith } from "./fixtures";

const indicators = new Map<string, Indicator>(
  Object.values(standardIndicators).map((indicator) => [indicator.id, indicator]),
);

/** The sample report with a figure in every place a report holds one, parsed (and so frozen). */
function everyFigure(): Report {
  return ReportSchema.parse(
    sampleReportWith((report) => {
      report.brands?.[0]?.carriers?.splice(1);
      const campaign = report.campaigns?.[1];
      if (campaign === undefined) throw new Error("the sample report has two campaigns");
      campaign.components = [
        {
          name: "铸魂行动",
          carriers: [{ kind: "station", name: "驿站", count: { value: 3, unit: "个" } }],
          targets: [
            {
              description: "举办活动",
              target: { value: 100, unit: "场次" },
              actual: { value: 120, unit: "场次", quote: "120场次" },
            },
          ],
          statements: ["覆盖县、乡、村三级"],
        },
      ];
      report.observations?.push({
        indicatorId: "coverage_rate",
        regionCode: "150105",
        period: "2023",
        numerator: { value: 9, unit: "个" },
        denominator: { value: 10, unit: "个" },
      });
    }),
  );
}

describe("quantitiesOf", () => {
  it("lists every figure in report order, with its path, role and indicator", () => {
    const figures = quantitiesOf(everyFigure());
    expect(
      figures.map(({ path, role, indicatorId }) => [path.join("."), role, indicatorId]),
    ).toEqual([
      ["brands.0.carriers.0.count", "carrier_count", undefined],
      ["campaigns.1.components.0.carriers.0.count", "carrier_count", undefined],
      ["campaigns.1.components.0.targets.0.target", "target", undefined],
      ["campaigns.1.components.0.targets.0.actual", "actual", undefined],
      ["activities.0.participants", "participants", undefined],
      ["activities.0.onlineViewers", "viewers", undefined],
      ["activities.0.pageViews", "page_views", undefined],
      ["observations.0.value", "observation", "awareness_rate"],
      ["observations.1.numerator", "numerator", "coverage_rate"],
      ["observations.1.denominator", "denominator", "coverage_rate"],
    ]);
  });

  it("finds a frozen report's figures once, and reads an unfrozen one afresh", () => {
    const frozen = everyFigure();
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(quantitiesOf(frozen)).toBe(quantitiesOf(frozen));
    const open: Report = structuredClone(frozen);
    const before = quantitiesOf(open).length;
    (open.observations as Report["observations"][number][]).pop();
    expect(quantitiesOf(open)).toHaveLength(before - 2);
  });
});

describe("describeOwner", () => {
  const figures = quantitiesOf(everyFigure());
  const owner = (at: number) => {
    const figure = figures[at];
    if (figure === undefined) throw new Error(`no figure ${at}`);
    return figure.owner;
  };

  it("names each kind of record in zh-CN", () => {
    expect(figures.map((_, at) => describeOwner(owner(at), "zh-CN", indicators))).toEqual([
      "工作品牌“赛出石榴红”（saihan-red）的阵地“红石榴赛罕家园”",
      "行动“贯彻落实“三项计划”赛罕区具体重点工作任务”（saihan-three-plans）的分项“铸魂行动”的阵地“驿站”",
      "行动“贯彻落实“三项计划”赛罕区具体重点工作任务”（saihan-three-plans）",
      "行动“贯彻落实“三项计划”赛罕区具体重点工作任务”（saihan-three-plans）",
      "活动“壮族三月三宾阳·赛罕心连心少年儿童云交流暨民族政策宣传月活动”（cloud-exchange）",
      "活动“壮族三月三宾阳·赛罕心连心少年儿童云交流暨民族政策宣传月活动”（cloud-exchange）",
      "活动“壮族三月三宾阳·赛罕心连心少年儿童云交流暨民族政策宣传月活动”（cloud-exchange）",
      "观测值（知晓率，地区 150105，2023）",
      "观测值（覆盖率，地区 150105，2023）",
      "观测值（覆盖率，地区 150105，2023）",
    ]);
  });

  it("names an observation by its indicator id when no indicators are given", () => {
    expect(describeOwner(owner(7), "zh-CN")).toBe("观测值（awareness_rate，地区 150105，2023）");
    expect(describeOwner(owner(7), "zh-TW", indicators)).toBe(
      "觀測值（知曉率，地區 150105，2023）",
    );
  });

  it("names records in English", () => {
    expect(describeOwner(owner(0), "en")).toBe(
      'carrier "红石榴赛罕家园" of brand "赛出石榴红" (saihan-red)',
    );
    expect(describeOwner(owner(4), "en")).toMatch(/^activity "壮族三月三.*" \(cloud-exchange\)$/);
  });
});

describe("quotesOf", () => {
  it("gives every figure's quote, then every statement, each with its owner", () => {
    const quotes = quotesOf(everyFigure());
    expect(quotes.map(({ quote, path }) => [quote, path.join(".")])).toEqual([
      ["120场次", "campaigns.1.components.0.targets.0.actual.quote"],
      ["知晓率达99%", "observations.0.value.quote"],
      ["覆盖县、乡、村三级", "campaigns.1.components.0.statements.0"],
    ]);
    const statement = quotes[2];
    expect(statement?.figure).toBeUndefined();
    expect(statement && describeOwner(statement.owner, "zh-CN")).toBe(
      "行动“贯彻落实“三项计划”赛罕区具体重点工作任务”（saihan-three-plans）的分项“铸魂行动”",
    );
  });
});
