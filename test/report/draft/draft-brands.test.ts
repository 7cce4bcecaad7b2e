import { describe, expect, it } from "vitest";
import { createRegionIndex } from "../../../src/region/create-region-index";
import { draftReport } from "../../../src/report/draft/draft-report";

const regionIndex = createRegionIndex([
  { code: "620000", name: "甘肃省", level: "province" },
  { code: "620100", name: "兰州市", level: "prefecture" },
  { code: "620102", name: "城关区", level: "county" },
  { code: "620102001", name: "临夏路街道", level: "township" },
]);
const brandsOf = (text: string) => draftReport(text, { regionIndex }).report.brands;

describe("brands of a draft", () => {
  it("reads a quoted name a few words before 品牌, once", () => {
    const brands = brandsOf(
      "城关区2024年\n城关区擦亮“金城同心”民族团结进步创建品牌，以“金城同心”品牌凝聚人心。",
    );
    expect(brands).toEqual([{ id: "brand_1", name: "金城同心", regionCode: "620102" }]);
  });

  it("reads each name of a list before 品牌, a place opening a sub-brand", () => {
    const brands = brandsOf(
      "城关区2024年\n城关区打造“金城同心”工作品牌。培育了临夏路街道“榴籽相依”、雁滩街道“籽籽同心”等为代表的基层民族工作品牌。",
    );
    expect(brands).toEqual([
      { id: "brand_1", name: "金城同心", regionCode: "620102" },
      { id: "brand_2", name: "榴籽相依", regionCode: "620102001", parentBrandId: "brand_1" },
      { id: "brand_3", name: "籽籽同心", regionCode: "620102", parentBrandId: "brand_1" },
    ]);
  });

  it("reads a carrier's name after a building verb as a brand", () => {
    expect(brandsOf("城关区2024年\n在全区建立“石榴籽家园”，服务各族群众。")).toEqual([
      { id: "brand_1", name: "石榴籽家园", regionCode: "620102" },
    ]);
  });

  it("gives a brand the carriers its sentences build, before or after the count", () => {
    const [brand] =
      brandsOf(
        "城关区2024年\n依托“金城同心”品牌，已建成石榴籽驿站35个、民族团结议事厅12个，打造民族团结进步教育实践基地8处。",
      ) ?? [];
    expect(brand?.carriers?.map((c) => [c.kind, c.name, c.count?.value, c.count?.unit])).toEqual([
      ["station", "石榴籽驿站", 35, "个"],
      ["council_hall", "民族团结议事厅", 12, "个"],
      ["education_base", "民族团结进步教育实践基地", 8, "处"],
    ]);
  });

  it("takes no carrier from a count that builds nothing, and no brand from unquoted words", () => {
    const brands = brandsOf(
      "城关区2024年\n依托“金城同心”品牌，全区现有驿站35个。打造集群品牌，提升品牌效应。",
    );
    expect(brands).toEqual([{ id: "brand_1", name: "金城同心", regionCode: "620102" }]);
  });

  it("reads traditional text with the same words", () => {
    const [brand] = brandsOf("城關區2024年\n打造“金城同心”品牌，建成石榴籽驛站35個。") ?? [];
    expect(brand?.name).toBe("金城同心");
    expect(brand?.carriers?.[0]?.kind).toBe("station");
  });

  it("reads no brand from the page furniture after the article", () => {
    expect(brandsOf("城关区2024年\n正文。\n相关阅读\n某县打造“团结之花”品牌")).toEqual([]);
  });

  it("quotes each carrier's count where it stands, and keeps it out of the observations", () => {
    const { report } = draftReport("城关区2024年\n依托“金城同心”品牌，已建成石榴籽驿站35个。", {
      regionIndex,
    });
    expect(report.brands?.[0]?.carriers?.[0]?.count).toEqual({
      value: 35,
      unit: "个",
      comparator: "eq",
      precision: 1,
      quote: "石榴籽驿站35个",
    });
    expect(report.observations).toEqual([]);
  });
});
