import { describe, expect, it } from "vitest";
import { labelOf } from "../../src/core/labels";
import { unitKindLabels } from "../../src/unit/unit-kind-labels";
import { unitKinds } from "../../src/unit/unit-kinds";

describe("unitKindLabels", () => {
  it("labels kinds as the doc example shows", () => {
    expect(labelOf(unitKindLabels, "religious_venue")).toBe("宗教活动场所");
    expect(labelOf(unitKindLabels, "township", "zh-TW")).toBe("鄉鎮/街道");
    expect(labelOf(unitKindLabels, "military", "en")).toBe("military company");
    expect(labelOf(unitKindLabels, "volunteer_team", "zh-TW")).toBe("志願服務隊");
  });

  it("labels the teams and studios articles name, in every locale", () => {
    const labels = (kind: "volunteer_team" | "studio" | "lecture_team") =>
      (["zh-CN", "zh-TW", "en"] as const).map((locale) => labelOf(unitKindLabels, kind, locale));
    expect(labels("volunteer_team")).toEqual(["志愿服务队", "志願服務隊", "volunteer team"]);
    expect(labels("studio")).toEqual(["工作室", "工作室", "studio"]);
    expect(labels("lecture_team")).toEqual(["宣讲团", "宣講團", "lecture team"]);
  });

  it("labels every kind in every locale", () => {
    expect(Object.keys(unitKindLabels).sort()).toEqual([...unitKinds].sort());
    for (const kind of unitKinds) {
      expect(labelOf(unitKindLabels, kind, "zh-CN")).not.toBe("");
      expect(labelOf(unitKindLabels, kind, "zh-TW")).not.toBe("");
      expect(labelOf(unitKindLabels, kind, "en")).not.toBe("");
    }
  });
});
