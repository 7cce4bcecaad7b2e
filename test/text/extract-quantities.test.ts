import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Comparator } from "../../src/quantity/types";
import { extractQuantities } from "../../src/text/extract-quantities";

function article(name: string): string {
  return readFileSync(resolve(import.meta.dirname, "../../examples/articles", name), "utf8");
}

/**
 * [text as written, value, unit, comparator]: the seed articles pin what a figure is and where,
 * never its label (labels are scored on the corpus of other articles, test/corpus).
 */
type Expected = readonly [string, number, string, Comparator];

function summarize(text: string) {
  return extractQuantities(text).map((found) => {
    expect(text.slice(found.start, found.end)).toBe(found.text);
    return [found.text, found.quantity.value, found.quantity.unit, found.quantity.comparator];
  });
}

function paragraphOf(text: string, marker: string): string {
  const start = text.indexOf(marker);
  const end = text.indexOf("\n", start);
  return text.slice(start, end === -1 ? undefined : end);
}

describe("extractQuantities", () => {
  it("finds figures as the doc example shows", () => {
    expect(extractQuantities("全区干部群众的知晓率达99%，近4000人参加")).toEqual([
      {
        quantity: { value: 99, unit: "%", comparator: "eq", precision: 1 },
        start: 11,
        end: 14,
        text: "99%",
        label: "知晓率",
      },
      {
        quantity: { value: 4000, unit: "人", comparator: "nearly", precision: 1 },
        start: 15,
        end: 21,
        text: "近4000人",
      },
    ]);
  });

  it("reads the 富民 paragraph of 新城区 in order, and no year", () => {
    const paragraph = paragraphOf(article("xincheng-2023.txt"), "一是全力推动经济高质量发展");
    expect(summarize(paragraph)).toEqual([
      ["363.1亿元", 36310000000, "元", "eq"],
      ["6.7%", 6.7, "%", "eq"],
      ["60.31亿元", 6031000000, "元", "eq"],
      ["21.5%", 21.5, "%", "eq"],
      ["138.7亿元", 13870000000, "元", "eq"],
      ["10%", 10, "%", "eq"],
      ["44.3%", 44.3, "%", "eq"],
      ["39.2%", 39.2, "%", "eq"],
    ]);
  });

  it("reads the 品牌 and 联动 paragraphs of 赛罕区 in order", () => {
    const text = article("saihan-2023.txt");
    expect(summarize(paragraphOf(text, "加强“赛出石榴红”品牌建设"))).toEqual([
      ["9个", 9, "个", "eq"],
      ["110个", 110, "个", "eq"],
      ["223个", 223, "个", "eq"],
      ["227个", 227, "个", "eq"],
      ["99%", 99, "%", "eq"],
    ]);
    // 4月26日, 三月三, 2023年, 9月27日, 一南一北, 一是/二是/三是, 三项交流计划 and the quoted
    // and titled names are not figures.
    expect(summarize(paragraphOf(text, "探索“民族团结+区域联动”新路径"))).toEqual([
      ["近4000人", 4000, "人", "nearly"],
      ["5万余人", 50000, "人", "gt"],
      ["超62.5万人次", 625000, "人次", "gt"],
    ]);
  });

  it("finds every figure of the 赛罕区 article, page furniture included", () => {
    const expected: Expected[] = [
      ["9个", 9, "个", "eq"],
      ["110个", 110, "个", "eq"],
      ["223个", 223, "个", "eq"],
      ["227个", 227, "个", "eq"],
      ["99%", 99, "%", "eq"],
      ["近4000人", 4000, "人", "nearly"],
      ["5万余人", 50000, "人", "gt"],
      ["超62.5万人次", 625000, "人次", "gt"],
      // a related-article teaser: 五十余名文化… (written out, with 余: a figure)
      ["五十余名", 50, "名", "gt"],
      // the news list: 杭甬高速复线宁波段历时4年 (a duration, not a year)
      ["4年", 4, "年", "eq"],
    ];
    expect(summarize(article("saihan-2023.txt"))).toEqual(expected);
  });

  it("finds every figure of the 新城区 article (which the page prints twice)", () => {
    const once: Expected[] = [
      ["150余场次", 150, "场次", "gt"],
      ["96家", 96, "家", "eq"],
      ["1800余个", 1800, "个", "gt"],
      ["400余条", 400, "条", "gt"],
      ["10万余人", 100000, "人", "gt"],
      ["130余场", 130, "场", "gt"],
      ["363.1亿元", 36310000000, "元", "eq"],
      ["6.7%", 6.7, "%", "eq"],
      ["60.31亿元", 6031000000, "元", "eq"],
      ["21.5%", 21.5, "%", "eq"],
      ["138.7亿元", 13870000000, "元", "eq"],
      ["10%", 10, "%", "eq"],
      ["44.3%", 44.3, "%", "eq"],
      ["39.2%", 39.2, "%", "eq"],
    ];
    expect(summarize(article("xincheng-2023.txt"))).toEqual([...once, ...once]);
  });

  it("finds every figure of the 济南市中区 article, and none in its dates and times", () => {
    const expected: Expected[] = [
      ["43个", 43, "个", "eq"],
      ["4.3万余人", 43000, "人", "gt"],
      ["3个", 3, "个", "eq"],
      ["12个", 12, "个", "eq"],
      ["5个", 5, "个", "eq"],
      ["17次", 17, "次", "eq"],
      ["17个", 17, "个", "eq"],
      ["33个", 33, "个", "eq"],
      ["230人", 230, "人", "eq"],
      ["17期", 17, "期", "eq"],
      ["10处", 10, "处", "eq"],
      ["10大类", 10, "大类", "eq"],
      ["83项", 83, "项", "eq"],
      ["20余场次", 20, "场次", "gt"],
      ["300余次", 300, "次", "gt"],
      ["5万余名", 50000, "名", "gt"],
      ["17个", 17, "个", "eq"],
      ["25处", 25, "处", "eq"],
      ["近200名", 200, "名", "nearly"],
      ["10处", 10, "处", "eq"],
      ["25处", 25, "处", "eq"],
      ["20余项", 20, "项", "gt"],
      ["13处", 13, "处", "eq"],
      ["600余人", 600, "人", "gt"],
      ["20余次", 20, "次", "gt"],
      ["20余次", 20, "次", "gt"],
      // related-article teasers and the news list under the article
      ["3个", 3, "个", "eq"],
      ["22个", 22, "个", "eq"],
      ["超411亿元", 41100000000, "元", "gt"],
    ];
    expect(summarize(article("jinan-shizhong-2023.txt"))).toEqual(expected);
  });

  it("finds every figure of the 绥江县 article, in traditional characters", () => {
    const expected: Expected[] = [
      ["500餘次", 500, "次", "gt"],
      ["20餘場次", 20, "场次", "gt"],
      ["1000餘場次", 1000, "场次", "gt"],
      ["近3000名", 3000, "名", "nearly"],
      ["4個", 4, "个", "eq"],
      ["11個", 11, "个", "eq"],
      ["20個", 20, "个", "eq"],
      // 帶着9歲的大女兒: an age
      ["9歲", 9, "岁", "eq"],
      // the recommended-reading list: 二十四個節氣 (twice)
      ["二十四個", 24, "个", "eq"],
      ["二十四個", 24, "个", "eq"],
    ];
    expect(summarize(article("suijiang.txt"))).toEqual(expected);
  });

  it("finds the one figure of the 昆都仑区 article and none of the 九个一百 campaign names", () => {
    // 百人宣講團, 百支志願服務隊, 百場文藝匯演, 百名典型宣傳, 百家示範選樹, 百個景觀小品, 百期媒體報道
    // name the campaign's targets; “56個民族一家親” and 《人民日報》第七版 are a name and an ordinal.
    expect(summarize(article("kundulun-2024.txt"))).toEqual([["一百余篇", 100, "篇", "gt"]]);
  });

  it("reports spans in the input even where pinyin glosses or full-width digits were normalized", () => {
    const text = "昆區(qū)收集宣傳報道一百餘篇，創(chuàng)建示範單位４個";
    const found = extractQuantities(text);
    expect(found.map((f) => [f.text, f.start, f.end, f.quantity.value])).toEqual([
      ["一百餘篇", 12, 16, 100],
      ["４個", 31, 33, 4],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it.each([
    ["2023年上半年", []],
    ["4月26日举办", []],
    ["发布时间:2023-09-20 11:50:00", []],
    ["《人民日报》第七版", []],
    ["第三季度", []],
    ["第五小学", []],
    ["“九个一百”创建活动", []],
    ["“56个民族一家亲”民俗知识展示墙", []],
    ["《关于做好100人以上活动的通知》", []],
    ["一是、二是、三是", []],
    ["一把手工程", []],
    ["中华民族一家亲", []],
    ["一南一北两地", []],
    ["四位一体协商模式", []],
    ["壮族三月三", []],
    ["组建百人宣讲团、百支志愿服务队", []],
    ["乐享市中万人徒步游", []],
    ["4G和5G网络", []],
  ])("finds no figure in %j", (text, expected) => {
    expect(extractQuantities(text)).toEqual(expected);
  });

  it("counts written-out figures of two characters or with a qualifier", () => {
    expect(summarize("收集报道一百余篇，近百名师生，二十四个节气")).toEqual([
      ["一百余篇", 100, "篇", "gt"],
      ["近百名", 100, "名", "nearly"],
      ["二十四个", 24, "个", "eq"],
    ]);
  });

  it("treats an unclosed bracket or quote as plain text", () => {
    expect(summarize("《未闭合的书名 共有100人参加")).toEqual([["100人", 100, "人", "eq"]]);
    expect(summarize("“未闭合的引号\n近4000人")).toEqual([["近4000人", 4000, "人", "nearly"]]);
  });

  it("reads qualifiers after the unit and 百分之", () => {
    expect(summarize("参与人数100人以上，合格率百分之九十九")).toEqual([
      ["100人以上", 100, "人", "gte"],
      ["百分之九十九", 99, "%", "eq"],
    ]);
  });

  it("never takes the figure before as the label of the next", () => {
    expect(summarize("一亿二千万余人以上两千人")).toEqual([
      ["一亿二千万余人以上", 120_000_000, "人", "gt"],
      ["两千人", 2000, "人", "eq"],
    ]);
    const found = extractQuantities("参与一百余人志愿者两千人");
    expect(found.map((f) => f.label)).toEqual(["参与", "志愿者"]);
  });

  it("returns an empty list for a non-string at runtime", () => {
    expect(extractQuantities(null as unknown as string)).toEqual([]);
  });
});
