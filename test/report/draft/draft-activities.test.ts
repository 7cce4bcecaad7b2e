import { describe, expect, it } from "vitest";
import { createRegionIndex } from "../../../src/region/create-region-index";
import { draftReport } from "../../../src/report/draft/draft-report";

const regionIndex = createRegionIndex([
  { code: "150000", name: "内蒙古自治区", level: "province" },
  { code: "150100", name: "呼和浩特市", level: "prefecture" },
  { code: "150105", name: "赛罕区", level: "county" },
  { code: "450000", name: "广西壮族自治区", level: "province" },
  { code: "450100", name: "南宁市", level: "prefecture" },
  { code: "450126", name: "宾阳县", level: "county" },
]);

describe("activities of a draft", () => {
  it("reads a dated event with its regions, modality and audience", () => {
    const text =
      "赛罕区2023年交流\n一是4月26日，举办了赛罕区·宾阳县少年儿童云交流活动，两地学生代表近4000人同唱，在线观看人数达5万余人，全网浏览量超62.5万人次。";
    const { report } = draftReport(text, { regionIndex });
    expect(report.activities).toEqual([
      {
        id: "activity_1",
        name: "赛罕区·宾阳县少年儿童云交流活动",
        date: "2023-04-26",
        regionCodes: ["150105", "450126"],
        modality: "online",
        participants: {
          value: 4000,
          unit: "人",
          comparator: "nearly",
          precision: 1,
          quote: "两地学生代表近4000人",
        },
        onlineViewers: {
          value: 50000,
          unit: "人",
          comparator: "gt",
          precision: 10000,
          quote: "在线观看人数达5万余人",
        },
        pageViews: {
          value: 625000,
          unit: "人次",
          comparator: "gt",
          precision: 1000,
          quote: "全网浏览量超62.5万人次",
        },
      },
    ]);
    // The activity quotes its figures: they are not observations as well.
    expect(report.observations).toEqual([]);
  });

  it("takes offline with a note when the text does not say, and hybrid for 线上线下", () => {
    const offline = draftReport("赛罕区2023年\n5月1日，举行民族团结进步宣传月启动仪式。", {
      regionIndex,
    });
    expect(offline.report.activities?.[0]?.modality).toBe("offline");
    expect(offline.notes.map((n) => n.code)).toContain("modality_assumed");
    const hybrid = draftReport("赛罕区2023年\n5月1日，以线上线下结合方式举办知识竞赛。", {
      regionIndex,
    });
    expect(hybrid.report.activities?.[0]?.modality).toBe("hybrid");
  });

  it("reads no activity from a date without an event", () => {
    expect(
      draftReport("赛罕区2023年\n4月26日，天气晴好。", { regionIndex }).report.activities,
    ).toEqual([]);
  });

  const names = (text: string) =>
    (draftReport(text, { regionIndex }).report.activities ?? []).map((a) => a.name);

  it("reads every item of a list of events before 等, a quoted slogan named with the head", () => {
    expect(
      names(
        "赛罕区2023年\n组织开展民族团结知识竞赛、“石榴籽”故事会及“同心同行”等形式多样的主题宣传活动。",
      ),
    ).toEqual(["民族团结知识竞赛", "“石榴籽”故事会", "“同心同行”主题宣传活动"]);
    // A head of several kinds names none of the items.
    expect(names("赛罕区2023年\n组织开展“同心同行”、“团结奋进”等文艺展演和宣讲活动。")).toEqual([
      "“同心同行”",
      "“团结奋进”",
    ]);
  });

  it("reads no event from a class of events with its count, or from a description", () => {
    expect(
      names(
        "赛罕区2023年\n开展进社区宣讲活动20余场次，举办相关活动150余场，开展群众喜闻乐见的文化活动。",
      ),
    ).toEqual([]);
    // A list before 等 still names its events.
    expect(names("赛罕区2023年\n开展民族团结歌咏比赛、书法展览等活动20余场次。")).toEqual([
      "民族团结歌咏比赛",
      "书法展览",
    ]);
  });

  it("reads an event from a photo caption and from the subject of its result, without a repeated 活动", () => {
    expect(
      names("赛罕区2023年\n第三小学民族团结运动会活动。供图\n民族服饰集中展演活动取得良好反响。"),
    ).toEqual(["第三小学民族团结运动会", "民族服饰集中展演"]);
  });

  it("dates an event by its sentence's day or month, else leaves it undated", () => {
    const { report } = draftReport(
      "赛罕区2023年\n9月初，举办民族团结进步宣传月启动仪式。持续开展“石榴杯”网络答题赛，10万余人参与。",
      { regionIndex },
    );
    expect(report.activities?.map((a) => [a.name, a.date, a.period, a.modality])).toEqual([
      ["民族团结进步宣传月启动仪式", undefined, "2023-09", "offline"],
      ["“石榴杯”网络答题赛", undefined, undefined, "online"],
    ]);
    expect(report.activities?.[1]?.participants).toEqual({
      value: 100000,
      unit: "人",
      comparator: "gt",
      precision: 10000,
      quote: "10万余人",
    });
  });

  it("reads the event a second verb holds, and none from 环节", () => {
    expect(
      names("赛罕区2023年\n组织召开全区创建工作推进会。经过组织推荐、严格评选、公示等环节。"),
    ).toEqual(["全区创建工作推进会"]);
  });
});
