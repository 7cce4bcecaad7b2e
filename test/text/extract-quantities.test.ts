import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Comparator } from "../../src/quantity/types";
import { extractQuantities } from "../../src/text/extract-quantities";

function article(name: string): string {
  return readFileSync(resolve(import.meta.dirname, "../../examples/articles", name), "utf8");
}

/** [text as written, value, unit, comparator, label?] */
type Expected = readonly [string, number, string, Comparator, string?];

function summarize(text: string) {
  return extractQuantities(text).map((found) => {
    expect(text.slice(found.start, found.end)).toBe(found.text);
    const row = [found.text, found.quantity.value, found.quantity.unit, found.quantity.comparator];
    return found.label === undefined ? row : [...row, found.label];
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
        quantity: { value: 99, unit: "%", comparator: "eq" },
        start: 11,
        end: 14,
        text: "99%",
        label: "知晓率",
      },
      {
        quantity: { value: 4000, unit: "人", comparator: "nearly" },
        start: 15,
        end: 21,
        text: "近4000人",
      },
    ]);
  });

  it("reads the 富民 paragraph of 新城区 in order, with labels, and no year", () => {
    const paragraph = paragraphOf(article("xincheng-2023.txt"), "一是全力推动经济高质量发展");
    expect(summarize(paragraph)).toEqual([
      ["363.1亿元", 36310000000, "元", "eq", "地区生产总值"],
      ["6.7%", 6.7, "%", "eq", "增速"],
      ["60.31亿元", 6031000000, "元", "eq", "固定资产投资"],
      ["21.5%", 21.5, "%", "eq", "增速"],
      ["138.7亿元", 13870000000, "元", "eq", "社会消费品零售总额"],
      ["10%", 10, "%", "eq", "增速"],
      ["44.3%", 44.3, "%", "eq", "森林覆盖率"],
      ["39.2%", 39.2, "%", "eq", "绿化率"],
    ]);
  });

  it("reads the 品牌 and 联动 paragraphs of 赛罕区 in order", () => {
    const text = article("saihan-2023.txt");
    expect(summarize(paragraphOf(text, "加强“赛出石榴红”品牌建设"))).toEqual([
      ["9个", 9, "个", "eq", "红石榴赛罕家园"],
      ["110个", 110, "个", "eq", "石榴红赛罕驿站"],
      ["223个", 223, "个", "eq", "石榴红铸牢中华民族共同体意识学习讲堂"],
      ["227个", 227, "个", "eq", "各类基层阵地"],
      ["99%", 99, "%", "eq", "知晓率"],
    ]);
    // 4月26日, 三月三, 2023年, 9月27日, 一南一北, 一是/二是/三是, 三项交流计划 and the quoted
    // and titled names are not figures.
    expect(summarize(paragraphOf(text, "探索“民族团结+区域联动”新路径"))).toEqual([
      ["近4000人", 4000, "人", "nearly", "两地各族学生代表"],
      ["5万余人", 50000, "人", "gt", "在线观看人数"],
      ["超62.5万人次", 625000, "人次", "gt", "全网浏览量"],
    ]);
  });

  it("finds every figure of the 赛罕区 article, page furniture included", () => {
    const expected: Expected[] = [
      ["9个", 9, "个", "eq", "红石榴赛罕家园"],
      ["110个", 110, "个", "eq", "石榴红赛罕驿站"],
      ["223个", 223, "个", "eq", "石榴红铸牢中华民族共同体意识学习讲堂"],
      ["227个", 227, "个", "eq", "各类基层阵地"],
      ["99%", 99, "%", "eq", "知晓率"],
      ["近4000人", 4000, "人", "nearly", "两地各族学生代表"],
      ["5万余人", 50000, "人", "gt", "在线观看人数"],
      ["超62.5万人次", 625000, "人次", "gt", "全网浏览量"],
      // a related-article teaser: 五十余名文化… (written out, with 余: a figure)
      ["五十余名", 50, "名", "gt"],
    ];
    expect(summarize(article("saihan-2023.txt"))).toEqual(expected);
  });

  it("finds every figure of the 新城区 article (which the page prints twice)", () => {
    const once: Expected[] = [
      ["150余场次", 150, "场次", "gt", "相关活动"],
      ["96家", 96, "家", "eq"],
      ["1800余个", 1800, "个", "gt", "各类优秀文艺作品"],
      ["400余条", 400, "条", "gt", "新闻稿件及新媒体产品"],
      ["10万余人", 100000, "人", "gt", "全区"],
      ["130余场", 130, "场", "gt", "宣传活动"],
      ["363.1亿元", 36310000000, "元", "eq", "地区生产总值"],
      ["6.7%", 6.7, "%", "eq", "增速"],
      ["60.31亿元", 6031000000, "元", "eq", "固定资产投资"],
      ["21.5%", 21.5, "%", "eq", "增速"],
      ["138.7亿元", 13870000000, "元", "eq", "社会消费品零售总额"],
      ["10%", 10, "%", "eq", "增速"],
      ["44.3%", 44.3, "%", "eq", "森林覆盖率"],
      ["39.2%", 39.2, "%", "eq", "绿化率"],
    ];
    expect(summarize(article("xincheng-2023.txt"))).toEqual([...once, ...once]);
  });

  it("finds every figure of the 济南市中区 article, and none in its dates and times", () => {
    const expected: Expected[] = [
      ["43个", 43, "个", "eq", "少数民族"],
      ["4.3万余人", 43000, "人", "gt"],
      ["3个", 3, "个", "eq"],
      ["12个", 12, "个", "eq"],
      ["5个", 5, "个", "eq"],
      ["17次", 17, "次", "eq", "各级领导考察调研"],
      ["17个", 17, "个", "eq"],
      ["33个", 33, "个", "eq"],
      ["230人", 230, "人", "eq"],
      ["17期", 17, "期", "eq", "网格员培训专题培训班"],
      ["10处", 10, "处", "eq"],
      ["10大类", 10, "大类", "eq"],
      ["83项", 83, "项", "eq"],
      ["20余场次", 20, "场次", "gt", "活动"],
      ["300余次", 300, "次", "gt", "活动"],
      ["5万余名", 50000, "名", "gt"],
      ["17个", 17, "个", "eq"],
      ["25处", 25, "处", "eq", "互嵌式示范社区"],
      ["近200名", 200, "名", "nearly", "泉海学校"],
      ["10处", 10, "处", "eq", "博物馆研学基地"],
      ["25处", 25, "处", "eq", "中小学社会实践暨传统文化体验基地"],
      ["20余项", 20, "项", "gt", "校外研学课程"],
      ["13处", 13, "处", "eq", "少数民族流动人口创业选址"],
      ["600余人", 600, "人", "gt", "就业"],
      ["20余次", 20, "次", "gt", "心理疏导"],
      ["20余次", 20, "次", "gt", "普法活动"],
      // related-article teasers and the news list under the article
      ["3个", 3, "个", "eq", "逢亭镇祥脚村"],
      ["22个", 22, "个", "eq", "省区"],
      ["超411亿元", 41100000000, "元", "gt", "全省体育赛事带动消费"],
    ];
    expect(summarize(article("jinan-shizhong-2023.txt"))).toEqual(expected);
  });

  it("finds every figure of the 绥江县 article, in traditional characters", () => {
    const expected: Expected[] = [
      ["500餘次", 500, "次", "gt", "主題黨日活動"],
      ["20餘場次", 20, "场次", "gt", "進社區宣講活動"],
      ["1000餘場次", 1000, "场次", "gt", "主題實踐教育活動"],
      ["近3000名", 3000, "名", "nearly"],
      ["4個", 4, "个", "eq", "省級示範單位"],
      ["11個", 11, "个", "eq", "市級示範單位"],
      ["20個", 20, "个", "eq", "縣級示範單位"],
      // the recommended-reading list: 二十四個節氣 (twice)
      ["二十四個", 24, "个", "eq", "清明既是是節氣也是節日"],
      ["二十四個", 24, "个", "eq"],
    ];
    expect(summarize(article("suijiang.txt"))).toEqual(expected);
  });

  it("finds the one figure of the 昆都仑区 article and none of the 九个一百 campaign names", () => {
    // 百人宣講團, 百支志願服務隊, 百場文藝匯演, 百名典型宣傳, 百家示範選樹, 百個景觀小品, 百期媒體報道
    // name the campaign's targets; “56個民族一家親” and 《人民日報》第七版 are a name and an ordinal.
    expect(summarize(article("kundulun-2024.txt"))).toEqual([
      ["一百余篇", 100, "篇", "gt", "各類宣傳報道"],
    ]);
  });

  it("reports spans in the input even where pinyin glosses or full-width digits were normalized", () => {
    const text = "昆區(qū)收集宣傳報道一百餘篇，創(chuàng)建示範單位４個";
    const found = extractQuantities(text);
    expect(found.map((f) => [f.text, f.start, f.end, f.quantity.value, f.label])).toEqual([
      ["一百餘篇", 12, 16, 100, "宣傳報道"],
      ["４個", 31, 33, 4, "示範單位"],
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
      ["一百余篇", 100, "篇", "gt", "报道"],
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
      ["100人以上", 100, "人", "gte", "参与人数"],
      ["百分之九十九", 99, "%", "eq", "合格率"],
    ]);
  });

  it("never takes the figure before as the label of the next", () => {
    expect(summarize("一亿二千万余人以上两千人")).toEqual([
      ["一亿二千万余人以上", 120_000_000, "人", "gt"],
      ["两千人", 2000, "人", "eq"],
    ]);
    expect(summarize("参与一百余人志愿者两千人")).toEqual([
      ["一百余人", 100, "人", "gt", "参与"],
      ["两千人", 2000, "人", "eq", "志愿者"],
    ]);
  });

  it("returns an empty list for a non-string at runtime", () => {
    expect(extractQuantities(null as unknown as string)).toEqual([]);
  });
});
