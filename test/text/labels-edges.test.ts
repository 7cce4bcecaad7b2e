// The edges of labelBefore: how far back a label reaches, how long a bracketed part it ends with
// may be, which brackets close it, and the floor that keeps it out of the figure before.
import { describe, expect, it } from "vitest";
import { labelBefore } from "../../src/text/labels";

const label = (text: string, figure: string, floor = 0) =>
  labelBefore(text, text.indexOf(figure), floor);

describe("labelBefore at its edges", () => {
  it("reaches back at most 24 characters", () => {
    expect(label(`${"口".repeat(24)}5人`, "5人")).toBe("口".repeat(24));
    expect(label(`${"口".repeat(30)}5人`, "5人")).toBe("口".repeat(24));
  });

  it("keeps a bracketed part of at most 12 characters, brackets included", () => {
    expect(label("社区(一二三四五六七八九十)71个", "71个")).toBe("社区(一二三四五六七八九十)");
    expect(label("社区(一二三四五六七八九十甲)71个", "71个")).toBeUndefined();
    expect(label("社区（村）71个", "71个")).toBe("社区（村）");
  });

  it("keeps no bracketed part that another closer, a line break or the other bracket breaks", () => {
    expect(label("社区(村)乡)71个", "71个")).toBeUndefined();
    expect(label("社区(村\n乡)71个", "71个")).toBeUndefined();
    expect(label("社区(村）71个", "71个")).toBeUndefined();
    expect(label("社区（村)71个", "71个")).toBeUndefined();
  });

  it("never reads a bracket or a metric term across the floor", () => {
    expect(labelBefore("社区(村)71个", 6, 3)).toBeUndefined();
    expect(labelBefore("知晓率99%", 3, 1)).toBe("晓率");
    expect(labelBefore("知晓率99%", 3, 3)).toBeUndefined();
  });

  it("gives no label when only an opener, a connector or a preposition stands before", () => {
    expect(label("共有71个", "71个")).toBeUndefined();
    expect(label("开展71个", "71个")).toBeUndefined();
    expect(label("为71个", "71个")).toBeUndefined();
    expect(label("其中的71个", "71个")).toBeUndefined();
    expect(label("的社区共71个", "71个")).toBe("社区");
    expect(label("一是社区71个", "71个")).toBe("社区");
  });

  it("drops every connector and exact-statement word standing in a row before the figure", () => {
    expect(label("人口均为1.3万人", "1.3万人")).toBe("人口");
    expect(label("文化活动都是30场", "30场")).toBe("文化活动");
    expect(label("参加人数达到了1500人", "1500人")).toBe("参加人数");
    expect(label("覆盖率达到了100%", "100%")).toBe("覆盖率");
    expect(label("共有人口为3万人", "3万人")).toBe("人口");
  });

  it("takes no opener that lies across the floor", () => {
    // 开展 starts before the floor, so it opens nothing: the label is what lies after the floor.
    expect(labelBefore("开展活动5场", 4, 1)).toBe("展活动");
    expect(labelBefore("开展活动5场", 4, 0)).toBe("活动");
  });
});
