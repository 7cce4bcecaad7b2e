import { describe, expect, it } from "vitest";
import { labelOf } from "../../../src/core/labels";
import { carrierKindLabels, carrierKinds } from "../../../src/schemas/labels/brand";
import { expectCompleteTable } from "./label-table-checks";

describe("carrier kinds", () => {
  it("read as the doc examples show", () => {
    expect(carrierKinds.includes("station")).toBe(true);
    expect(labelOf(carrierKindLabels, "station")).toBe("驿站");
    expect(labelOf(carrierKindLabels, "station", "zh-TW")).toBe("驛站");
  });

  it("have a label in every locale", () => {
    expectCompleteTable(carrierKinds, carrierKindLabels);
  });

  it("label the kinds real articles name in every locale", () => {
    const labels = (kind: (typeof carrierKinds)[number]) =>
      (["zh-CN", "zh-TW", "en"] as const).map((locale) => labelOf(carrierKindLabels, kind, locale));
    expect(labels("theme_park")).toEqual(["主题公园", "主題公園", "theme park"]);
    expect(labels("signboard")).toEqual(["宣传牌", "宣傳牌", "signboard"]);
    expect(labels("exhibition_hall")).toEqual(["陈列馆", "陳列館", "exhibition hall"]);
    expect(labels("heritage_training_site")).toEqual([
      "非遗传承培训点",
      "非遺傳承培訓點",
      "intangible heritage training site",
    ]);
    expect(labels("media_column")).toEqual(["专栏", "專欄", "media column"]);
    expect(labels("culture_corridor")).toEqual(["文化长廊", "文化長廊", "culture corridor"]);
    expect(labels("culture_wall")).toEqual(["文化墙", "文化牆", "culture wall"]);
    expect(labels("lecture_team")).toEqual(["宣讲团", "宣講團", "lecture team"]);
    expect(labels("service_center")).toEqual(["服务中心", "服務中心", "service centre"]);
    expect(labelOf(carrierKindLabels, "heritage_training_site", "en")).toBe(
      "intangible heritage training site",
    );
    expect(carrierKinds.at(-1)).toBe("other");
  });
});
