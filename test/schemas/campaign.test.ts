import { describe, expect, it } from "vitest";
import { CampaignSchema, TargetSchema } from "../../src/schemas/campaign";

describe("CampaignSchema", () => {
  it("parses targets and campaigns as the doc examples show", () => {
    expect(
      TargetSchema.parse({ description: "百人宣讲团", target: { value: 100, unit: "人" } }),
    ).toEqual({ description: "百人宣讲团", target: { value: 100, unit: "人", comparator: "eq" } });
    const campaign = CampaignSchema.parse({
      id: "five-actions",
      name: "五项行动",
      kind: "action",
      issuer: { level: "county", name: "新城区委" },
      regionCode: "150102",
      components: [{ name: "铸魂行动" }],
    });
    expect(campaign.components[0]?.targets).toEqual([]);
    const framework = CampaignSchema.parse({
      id: "three-fronts",
      name: "三大宣传阵地",
      kind: "framework",
      issuer: { level: "county" },
      components: [
        {
          id: "physical-fronts",
          name: "实体阵地",
          carriers: [
            {
              kind: "signboard",
              name: "宣传栏",
              count: { value: 31, unit: "处", quote: "宣传栏31处" },
            },
          ],
          statements: ["覆盖县、乡、村三级"],
        },
      ],
    });
    expect(framework.components[0]?.carriers[0]?.count?.quote).toBe("宣传栏31处");
    expect(framework.components[0]?.statements).toEqual(["覆盖县、乡、村三级"]);
  });

  it("reads a component's carriers and statements as empty when left out, and takes no issuer name", () => {
    const campaign = CampaignSchema.parse({
      id: "c",
      name: "三大宣传阵地",
      kind: "framework",
      issuer: { level: "county" },
      components: [{ name: "流动阵地" }],
    });
    expect(campaign.issuer.name).toBeUndefined();
    expect(campaign.components[0]).toEqual({
      name: "流动阵地",
      targets: [],
      carriers: [],
      statements: [],
    });
  });

  it("refuses a blank statement, an empty component id and a target quote that is empty", () => {
    const base = { id: "c", name: "行动", kind: "action", issuer: { level: "county" } };
    const pathOf = (component: object) =>
      CampaignSchema.safeParse({ ...base, components: [{ name: "分项", ...component }] }).error
        ?.issues[0]?.path;
    expect(pathOf({ statements: ["  "] })).toEqual(["components", 0, "statements", 0]);
    expect(pathOf({ id: "" })).toEqual(["components", 0, "id"]);
    expect(
      pathOf({ targets: [{ description: "宣讲", target: { value: 30, quote: "" } }] }),
    ).toEqual(["components", 0, "targets", 0, "target", "quote"]);
  });

  it("takes a nationwide plan without a region", () => {
    const plan = CampaignSchema.parse({
      id: "three-plans",
      name: "三项计划",
      kind: "plan",
      issuer: { level: "national", name: "国家民委" },
    });
    expect(plan.regionCode).toBeUndefined();
    expect(plan.components).toEqual([]);
  });

  it("keeps targets with their actual figures", () => {
    const campaign = CampaignSchema.parse({
      id: "nine-hundreds",
      name: "九个一百",
      kind: "activity_series",
      issuer: { level: "county", regionCode: "150203", name: "昆区民委" },
      regionCode: "150203",
      period: "2024",
      components: [
        {
          name: "整理百期媒体报道",
          targets: [
            {
              description: "媒体报道",
              target: { value: 100, unit: "篇" },
              actual: { value: 100, unit: "篇", comparator: "gt" },
            },
          ],
        },
      ],
    });
    expect(campaign.components[0]?.targets[0]?.actual?.comparator).toBe("gt");
  });

  it("refuses an unknown kind and an unknown issuer level", () => {
    const base = { id: "c", name: "行动", issuer: { level: "county", name: "县委" } };
    expect(CampaignSchema.safeParse({ ...base, kind: "movement" }).success).toBe(false);
    expect(
      CampaignSchema.safeParse({ ...base, kind: "plan", issuer: { level: "village", name: "村" } })
        .success,
    ).toBe(false);
  });
});
