import { describe, expect, it } from "vitest";
import { createRegionIndex } from "../../../src/region/create-region-index";
import { draftReport } from "../../../src/report/draft/draft-report";

const regionIndex = createRegionIndex([
  { code: "620000", name: "甘肃省", level: "province" },
  { code: "620100", name: "兰州市", level: "prefecture" },
  { code: "620102", name: "城关区", level: "county" },
]);
const observed = (text: string) =>
  (draftReport(text, { regionIndex }).report.observations ?? []).map((o) => [
    o.indicatorId,
    o.growthOf,
    o.value?.value,
  ]);

describe("observations of a draft", () => {
  it("ties a growth rate to its figure, in its clause or opening the next sentence", () => {
    expect(observed("城关区2023年\n地区生产总值120.5亿元。同比增长6.1%。")).toEqual([
      ["gross_domestic_product", undefined, 12050000000],
      ["growth_rate", "gross_domestic_product", 6.1],
    ]);
  });

  it("ties the growth rates of a repeated paragraph once, to the same figures", () => {
    const paragraph = "地区生产总值120.5亿元、增速6.1%，社会消费品零售总额40.2亿元、增速8%。\n";
    const drafted = observed(`城关区2023年\n${paragraph}${paragraph}`);
    expect(drafted).toEqual([
      ["gross_domestic_product", undefined, 12050000000],
      ["growth_rate", "gross_domestic_product", 6.1],
      ["retail_sales", undefined, 4020000000],
      ["growth_rate", "retail_sales", 8],
    ]);
  });

  it("reads a figure without a label by what follows it, or by the label it shares", () => {
    expect(
      observed("城关区2023年\n建有32家新时代文明实践中心。全区有少数民族38个、2.1万余人。"),
    ).toEqual([
      ["civilization_practice_centers", undefined, 32],
      ["draft_indicator_1", undefined, 38],
      ["minority_population", undefined, 21000],
    ]);
  });

  it("takes the headline below the site's navigation, not a breadcrumb or a bare region name", () => {
    const withCounty = createRegionIndex([
      { code: "640000", name: "宁夏回族自治区", level: "province" },
      { code: "640300", name: "吴忠市", level: "prefecture" },
      { code: "640324", name: "同心县", level: "county" },
    ]);
    const { report } = draftReport(
      "当前位置:网站首页 >> 基层统战 >> 吴忠市\n吴忠市\n同心县打造四个品牌工程\n正文。",
      { regionIndex: withCounty },
    );
    expect([report.title, report.regionCode]).toEqual(["同心县打造四个品牌工程", "640324"]);
  });
});
