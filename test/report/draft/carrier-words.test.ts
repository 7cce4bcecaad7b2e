import { describe, expect, it } from "vitest";
import { carrierKindOf, carrierWords } from "../../../src/report/draft/brand-words";
import { carrierKinds } from "../../../src/schemas/labels/brand";

describe("the carrier words of the draft", () => {
  it("name every carrier kind the schema has, so a new kind cannot go unread", () => {
    const read = new Set(carrierWords.map(([, kind]) => kind));
    expect(carrierKinds.filter((kind) => kind !== "other" && !read.has(kind))).toEqual([]);
  });

  it("read a carrier's kind from the longest word its name ends with", () => {
    expect(carrierKindOf("石榴籽主题公园")).toBe("theme_park");
    expect(carrierKindOf("民族团结宣传栏")).toBe("signboard");
    expect(carrierKindOf("民俗陈列馆")).toBe("exhibition_hall");
    expect(carrierKindOf("乡镇非遗传承培训点")).toBe("heritage_training_site");
    expect(carrierKindOf("最美石榴籽专栏")).toBe("media_column");
    expect(carrierKindOf("民族团结进步文化长廊")).toBe("culture_corridor");
    expect(carrierKindOf("民族团结文化墙")).toBe("culture_wall");
    expect(carrierKindOf("同心石榴籽宣讲团")).toBe("lecture_team");
    expect(carrierKindOf("多民族党群服务站")).toBe("service_center");
    expect(carrierKindOf("教育实践基地")).toBe("education_base");
    expect(carrierKindOf("石榴红驿站")).toBe("station");
    expect(carrierKindOf("民族团结进步")).toBeUndefined();
  });

  it("list longer words before the words they end with", () => {
    carrierWords.forEach(([word], i) => {
      const later = carrierWords.slice(i + 1).map(([w]) => w);
      expect(later.filter((w) => w.length > word.length && w.endsWith(word))).toEqual([]);
    });
  });
});
