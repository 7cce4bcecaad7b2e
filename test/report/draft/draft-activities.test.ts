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
        participants: { value: 4000, unit: "人", comparator: "nearly", precision: 1 },
        onlineViewers: { value: 50000, unit: "人", comparator: "gt", precision: 10000 },
        pageViews: { value: 625000, unit: "人次", comparator: "gt", precision: 1000 },
      },
    ]);
    // The activity's figures are observations as well, which quote them.
    expect(report.observations?.map((o) => o.value?.quote)).toEqual([
      "两地学生代表近4000人",
      "在线观看人数达5万余人",
      "全网浏览量超62.5万人次",
    ]);
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
});
