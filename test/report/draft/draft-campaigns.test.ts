import { describe, expect, it } from "vitest";
import { createRegionIndex } from "../../../src/region/create-region-index";
import { draftReport } from "../../../src/report/draft/draft-report";

const regionIndex = createRegionIndex([
  { code: "620000", name: "甘肃省", level: "province" },
  { code: "620100", name: "兰州市", level: "prefecture" },
  { code: "620102", name: "城关区", level: "county" },
]);
const campaignsOf = (text: string) => draftReport(text, { regionIndex }).report.campaigns ?? [];
const names = (text: string) => campaignsOf(text).map((c) => [c.name, c.kind]);

describe("campaigns of a draft", () => {
  it("reads quoted counted names, names of two counted halves, and a quoted name with its kind", () => {
    expect(
      names(
        "城关区2024年\n城关区落实“两个计划”工作，以“三抓三促”深入开展创建，推进“民族团结+”行动。",
      ),
    ).toEqual([
      ["两个计划", "plan"],
      ["三抓三促", "framework"],
      ["民族团结+", "action"],
    ]);
  });

  it("reads no campaign from a counted slogan (五个认同) or a quoted pair of places", () => {
    expect(names("城关区2024年\n增强“五个认同”，推动“一东一西”两地交流。")).toEqual([]);
  });

  it("reads what a carrying verb carries out when it holds a quoted name and ends in a kind word", () => {
    expect(
      names(
        "城关区2024年\n深入实施中小学“润心”工程，开展“百场千人”大宣讲活动，开展“石榴花开”主题文化活动，其中包括12项活动。",
      ),
    ).toEqual([
      ["中小学“润心”工程", "project"],
      ["“百场千人”大宣讲活动", "activity_series"],
      ["“石榴花开”主题文化活动", "activity_series"],
    ]);
  });

  it("reads plans from their titles and from what an issuing verb issues", () => {
    expect(
      names(
        "城关区2024年\n印发《城关区创建全国民族团结进步示范区实施方案》《关于加强民族工作的意见》，制定下发落实“两个计划”城关区重点任务安排。",
      ),
    ).toEqual([
      ["城关区创建全国民族团结进步示范区实施方案", "plan"],
      ["落实“两个计划”城关区重点任务安排", "plan"],
      ["两个计划", "plan"],
    ]);
  });

  it("lists the components a quoted list or as many quoted names give a counted name", () => {
    const [actions, plans] = campaignsOf(
      "城关区2024年\n以“固本、惠民、交融”三项行动为抓手。\n落实“各族青年交流计划”“互嵌式社区建设计划”，推进“两项计划”。",
    );
    expect(actions?.name).toBe("三项行动");
    expect(actions?.components?.map((c) => c.name)).toEqual(["固本行动", "惠民行动", "交融行动"]);
    expect(plans?.components?.map((c) => c.name)).toEqual([
      "各族青年交流计划",
      "互嵌式社区建设计划",
    ]);
  });

  it("lists the headings of a framework of two counted halves", () => {
    const [framework] = campaignsOf(
      "城关区2024年\n城关区“三抓三促”推进创建。\n抓组织领导 促责任落实\n正文。\n抓宣传教育 促共识凝聚\n正文。\n抓典型示范 促全面提升\n正文。",
    );
    expect(framework?.components?.map((c) => c.name)).toEqual([
      "抓组织领导 促责任落实",
      "抓宣传教育 促共识凝聚",
      "抓典型示范 促全面提升",
    ]);
  });

  it("reads a round number as the target of a campaign of N times it, a later mention as done", () => {
    const [campaign] = campaignsOf(
      "城关区2024年\n开展“六个一千”创建活动。 培育千名宣讲员、千户示范户 城关区培育千名宣讲员，成效明显。",
    );
    expect(campaign?.name).toBe("六个一千");
    expect(campaign?.components).toEqual([
      {
        name: "培育千名宣讲员、千户示范户",
        targets: [
          {
            description: "千名宣讲员",
            target: { value: 1000, unit: "名", comparator: "eq", precision: 1000, quote: "千名" },
            actual: { value: 1000, unit: "名", comparator: "eq", precision: 1000, quote: "千名" },
          },
          {
            description: "千户示范户",
            target: { value: 1000, unit: "户", comparator: "eq", precision: 1000, quote: "千户" },
          },
        ],
      },
    ]);
  });

  it("is carried out by the reporting region", () => {
    const [campaign] = campaignsOf("城关区2024年\n推进“民族团结+”行动。");
    expect(campaign?.issuer).toEqual({ level: "county", regionCode: "620102", name: "城关区" });
    expect(campaign?.regionCode).toBe("620102");
  });
});
