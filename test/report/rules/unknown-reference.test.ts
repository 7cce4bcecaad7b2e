import { describe, expect, it } from "vitest";
import { unknownReferenceRule } from "../../../src/report/rules/unknown-reference";
import { validateReport } from "../../../src/report/validate-report";
import { sampleReport, sampleReportWith } from "../fixtures";

/** The sample report with one dangling reference of every kind. */
function danglingReferences() {
  return sampleReportWith((report) => {
    const brand = report.brands?.[0];
    const campaign = report.campaigns?.[1];
    const agreement = report.agreements?.[0];
    if (brand === undefined || campaign === undefined || agreement === undefined) {
      throw new Error("fixture has a brand, two campaigns and an agreement");
    }
    brand.ownerUnitId = "no-unit";
    brand.parentBrandId = "no-brand";
    campaign.parentId = "no-plan";
    campaign.components = [
      {
        name: "铸魂",
        targets: [
          {
            description: "知晓率",
            indicatorId: "no-indicator",
            target: { value: 95, unit: "%" },
          },
        ],
      },
    ];
    const party = agreement.parties[1];
    if (party !== undefined) party.unitId = "no-unit";
    agreement.activityId = "no-activity";
    report.designations?.push({
      id: "d1",
      title: "全国民族团结进步模范集体",
      kind: "model_collective",
      level: "national",
      recipient: { type: "unit", name: "某局", id: "no-unit", regionCode: "150105" },
      year: 2023,
    });
    const observation = report.observations?.[0];
    if (observation !== undefined) observation.indicatorId = "no-indicator";
  });
}

describe("unknownReferenceRule", () => {
  it("reports a missing campaign as the doc example shows", () => {
    const activity = {
      id: "a1",
      name: "云交流",
      campaignId: "c9",
      date: "2023-04-26",
      regionCodes: ["150105"],
      modality: "online",
    };
    const report = {
      id: "r",
      title: "报告",
      regionCode: "150105",
      period: "2023",
      activities: [activity],
    };
    expect(validateReport(report, { rules: [unknownReferenceRule] }).diagnostics[0]?.message).toBe(
      "活动“云交流”（a1）引用的行动 c9 不存在",
    );
  });

  it("finds nothing when every reference resolves", () => {
    const result = validateReport(sampleReport(), { rules: [unknownReferenceRule] });
    expect(result.diagnostics).toEqual([]);
  });

  it("reports each dangling reference at its own path", () => {
    const input = danglingReferences();
    const result = validateReport(input, { rules: [unknownReferenceRule] });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.path)).toEqual([
      ["brands", 0, "ownerUnitId"],
      ["brands", 0, "parentBrandId"],
      ["campaigns", 1, "parentId"],
      ["campaigns", 1, "components", 0, "targets", 0, "indicatorId"],
      ["agreements", 0, "parties", 1, "unitId"],
      ["agreements", 0, "activityId"],
      ["designations", 0, "recipient", "id"],
      ["observations", 0, "indicatorId"],
    ]);
    expect(result.diagnostics.every((d) => d.code === "UNKNOWN_REFERENCE")).toBe(true);
    expect(result.diagnostics[7]?.message).toBe(
      "观测值（no-indicator，地区 150105，2023）引用的指标 no-indicator 不存在",
    );
  });

  it("names the kind of record each dangling reference misses", () => {
    const result = validateReport(danglingReferences(), {
      rules: [unknownReferenceRule],
      locale: "en",
    });
    expect(result.diagnostics.map((d) => d.message.slice(d.message.indexOf("refers to")))).toEqual([
      "refers to unit no-unit, which does not exist",
      "refers to parent brand no-brand, which does not exist",
      "refers to campaign no-plan, which does not exist",
      "refers to indicator no-indicator, which does not exist",
      "refers to unit no-unit, which does not exist",
      "refers to activity no-activity, which does not exist",
      "refers to unit no-unit, which does not exist",
      "refers to indicator no-indicator, which does not exist",
    ]);
    const traditional = validateReport(danglingReferences(), {
      rules: [unknownReferenceRule],
      locale: "zh-TW",
    });
    expect(
      traditional.diagnostics.map((d) => d.message.slice(d.message.indexOf("引用的"))),
    ).toEqual([
      "引用的單位 no-unit 不存在",
      "引用的上級品牌 no-brand 不存在",
      "引用的行動 no-plan 不存在",
      "引用的指標 no-indicator 不存在",
      "引用的單位 no-unit 不存在",
      "引用的活動 no-activity 不存在",
      "引用的單位 no-unit 不存在",
      "引用的指標 no-indicator 不存在",
    ]);
  });

  it("reports an activity's missing campaign at its campaignId", () => {
    const input = sampleReportWith((report) => {
      const activity = report.activities?.[0];
      if (activity !== undefined) activity.campaignId = "c9";
    });
    const result = validateReport(input, { rules: [unknownReferenceRule] });
    expect(result.diagnostics.map((d) => d.path)).toEqual([["activities", 0, "campaignId"]]);
  });

  it("checks the indicator a growth rate is the growth of", () => {
    const input = sampleReportWith((report) => {
      report.observations?.push({
        indicatorId: "growth_rate",
        growthOf: "no-base",
        regionCode: "150105",
        period: "2023",
        value: { value: 6.7, unit: "%" },
      });
    });
    const result = validateReport(input, { rules: [unknownReferenceRule] });
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["UNKNOWN_REFERENCE", ["observations", 1, "growthOf"]],
    ]);
    expect(result.diagnostics[0]?.message).toContain("引用的指标 no-base 不存在");
  });

  it("knows the standard indicators, the report's own, and a catalogue passed as an option", () => {
    const input = sampleReportWith((report) => {
      report.indicators?.push({
        id: "pomegranate_homes",
        name: { "zh-CN": "红石榴家园数" },
        kind: "count",
        unit: "个",
        aggregation: "sum",
      });
      report.observations?.push({
        indicatorId: "pomegranate_homes",
        regionCode: "150105",
        period: "2023",
        value: { value: 9, unit: "个" },
      });
    });
    expect(validateReport(input, { rules: [unknownReferenceRule] }).diagnostics).toEqual([]);
    const onlyHomes = validateReport(input, { rules: [unknownReferenceRule], knownIndicators: [] });
    expect(onlyHomes.diagnostics.map((d) => d.path)).toEqual([["observations", 0, "indicatorId"]]);
  });

  it("does not look up the ids of person and region recipients among units", () => {
    const input = sampleReportWith((report) => {
      report.designations?.push({
        id: "d1",
        title: "自治区民族团结进步模范个人",
        kind: "model_individual",
        level: "provincial",
        recipient: { type: "person", name: "李翠兰", id: "li-cuilan", regionCode: "150203" },
        year: 2024,
      });
    });
    expect(validateReport(input, { rules: [unknownReferenceRule] }).diagnostics).toEqual([]);
  });

  it("words its messages in English on request", () => {
    const input = sampleReportWith((report) => {
      const activity = report.activities?.[0];
      if (activity !== undefined) activity.campaignId = "c9";
    });
    const result = validateReport(input, { rules: [unknownReferenceRule], locale: "en" });
    expect(result.diagnostics[0]?.message).toBe(
      'activity "壮族三月三宾阳·赛罕心连心少年儿童云交流暨民族政策宣传月活动" (cloud-exchange) refers to campaign c9, which does not exist',
    );
  });

  it("checks the record an observation is about, by kind, carriers and components included", () => {
    const input = sampleReportWith((report) => {
      const brand = report.brands?.[0];
      if (brand?.carriers?.[0] !== undefined) brand.carriers[0].id = "homes";
      report.campaigns?.push({
        id: "fronts",
        name: "三大宣传阵地",
        kind: "framework",
        issuer: { level: "county" },
        components: [
          {
            id: "mobile-fronts",
            name: "流动阵地",
            carriers: [{ id: "signboards", kind: "signboard", name: "宣传牌" }],
          },
        ],
      });
      const observation = report.observations?.[0];
      if (observation === undefined) return;
      report.observations = [
        { ...observation, about: { kind: "carrier", id: "homes" } },
        { ...observation, period: "2022", about: { kind: "carrier", id: "signboards" } },
        { ...observation, period: "2021", about: { kind: "component", id: "mobile-fronts" } },
        { ...observation, period: "2020", about: { kind: "activity", id: "cloud-exchange" } },
        { ...observation, period: "2019", about: { kind: "brand", id: "saihan-red" } },
        { ...observation, period: "2018", about: { kind: "component", id: "homes" } },
        { ...observation, period: "2017", about: { kind: "agreement", id: "a9" } },
        { ...observation, period: "2016", about: { kind: "designation", id: "d9" } },
      ];
    });
    const messages = (locale: "zh-CN" | "zh-TW" | "en") =>
      validateReport(input, { rules: [unknownReferenceRule], locale }).diagnostics.map((d) => [
        d.code,
        d.path.join("."),
        d.message,
      ]);
    expect(messages("zh-CN")).toEqual([
      [
        "UNKNOWN_REFERENCE",
        "observations.5.about.id",
        "观测值（awareness_rate，地区 150105，2018）引用的行动分项 homes 不存在",
      ],
      [
        "UNKNOWN_REFERENCE",
        "observations.6.about.id",
        "观测值（awareness_rate，地区 150105，2017）引用的协议 a9 不存在",
      ],
      [
        "UNKNOWN_REFERENCE",
        "observations.7.about.id",
        "观测值（awareness_rate，地区 150105，2016）引用的命名表彰 d9 不存在",
      ],
    ]);
    expect(messages("zh-TW")[0]?.[2]).toBe(
      "觀測值（awareness_rate，地區 150105，2018）引用的行動分項 homes 不存在",
    );
    expect(messages("en")[0]?.[2]).toBe(
      "observation of awareness_rate for 150105, 2018 refers to campaign component homes, which does not exist",
    );
  });

  it("does not call a carrier unknown when a record that may hold it was left out", () => {
    const input = sampleReportWith((report) => {
      report.campaigns?.push({
        id: "broken",
        name: "",
        kind: "framework",
        issuer: { level: "county" },
        components: [
          { name: "流动阵地", carriers: [{ id: "signboards", kind: "signboard", name: "宣传牌" }] },
        ],
      });
      const observation = report.observations?.[0];
      if (observation !== undefined) {
        report.observations = [{ ...observation, about: { kind: "carrier", id: "signboards" } }];
      }
    });
    const found = validateReport(input, { rules: [unknownReferenceRule] }).diagnostics.filter(
      (d) => d.path[0] === "observations",
    );
    expect(found.map((d) => [d.code, d.path.join(".")])).toEqual([
      ["NOT_CHECKED", "observations.0.about.id"],
    ]);
  });
});
