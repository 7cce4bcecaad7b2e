// 新城区 (呼和浩特市, 150102), 2023: the 五项行动 with the 铸魂 figures, the first-half economy
// with its growth rates, and forest and greening coverage.
import type { ReportInput } from "../../src/index";
import { type CaseStudy, districtObserver, quoted } from "./case-study";

const publishedOn = "2023-10-10";

// A figure of the district. "今年" figures published in October are the year so far: provisional.
const observe = districtObserver("150102", "2023");

// 增速: a growth rate names the figure it is the growth of.
const growthOf = (indicatorId: string, value: number, quote: string) => ({
  ...observe("growth_rate", "2023-H1", { value, unit: "%", comparator: "eq" }, quote),
  growthOf: indicatorId,
});

// The figures the article gives under the 铸魂 action.
const soul = { kind: "component", id: "soul-action" } as const;

const count = (id: string, name: string, en: string, unit: string, temporal: "sum" | "last") => ({
  id,
  name: { "zh-CN": name, en },
  kind: "count" as const,
  unit,
  aggregation: "sum" as const,
  temporal,
});

/** The article as a report. */
export const xincheng2023Report: ReportInput = {
  id: "xincheng-2023",
  title: "新城区五项行动",
  regionCode: "150102",
  period: "2023",
  publishedOn,
  source: { title: "新城区五项行动", publisher: "呼和浩特统一战线" },
  units: [],
  brands: [
    {
      // Extended into a model: 红石榴驿站 + 居民议事 + 暖蜂驿站 + 石榴同心志愿服务队 + 文化传承.
      // The article counts none of its carriers, so none has a count.
      id: "red-pomegranate-station",
      name: "红石榴驿站",
      regionCode: "150102",
      carriers: [
        { kind: "station", name: "红石榴驿站" },
        { kind: "station", name: "暖蜂驿站" },
        { kind: "volunteer_team", name: "石榴同心志愿服务队" },
      ],
    },
  ],
  campaigns: [
    {
      id: "five-actions",
      name: "五项行动",
      kind: "action",
      issuer: { level: "county", regionCode: "150102", name: "新城区" },
      regionCode: "150102",
      period: "2023",
      components: [
        {
          id: "soul-action",
          name: "“铸魂”行动:构筑中华民族共有精神家园",
          carriers: [
            {
              kind: "service_center",
              name: "新时代文明实践中心(站、所)",
              count: quoted("96家新时代文明实践中心", 96, "家"),
            },
            { kind: "media_column", name: "“铸牢中华民族共同体意识”专题专栏" },
          ],
        },
        { id: "prosperity-action", name: "“富民”行动:推动各民族共同走向社会主义现代化" },
        {
          id: "exchange-action",
          name: "“融通”行动:促进各民族广泛交往、全面交流、深度交融",
          statements: ["所有区属机关、国有企事业单位、街道(镇)全部制定了创建方案,使创建工作全覆盖"],
        },
        {
          id: "harmony-action",
          name: "“和谐”行动:提升民族事务治理体系和治理能力现代化水平",
          carriers: [
            { kind: "council_hall", name: "“石榴籽”议事厅" },
            { kind: "council_hall", name: "小马扎议事厅" },
          ],
        },
        { id: "stability-action", name: "“稳定”行动:防范化解重大风险隐患" },
      ],
    },
    {
      id: "three-plans",
      name: "三项计划",
      kind: "plan",
      issuer: { level: "national", name: "国家民委等部委" },
      regionCode: "150102",
    },
    {
      id: "three-plans-xincheng",
      name: "《各族青少年交流活动实施方案》等三项计划实施方案",
      kind: "plan",
      issuer: { level: "county", regionCode: "150102", name: "新城区" },
      regionCode: "150102",
      parentId: "three-plans",
    },
    {
      id: "into-communities-plan",
      name: "深入推进民族团结进步创建进社区工作方案",
      kind: "plan",
      issuer: { level: "county", regionCode: "150102", name: "新城区" },
      regionCode: "150102",
    },
  ],
  activities: [
    {
      id: "shiliu-tongxin-quiz",
      name: "“石榴同心杯”网络挑战答题赛",
      campaignId: "five-actions",
      period: "2023",
      regionCodes: ["150102"],
      modality: "online",
      participants: quoted("10万余人", 100000, "人", "gt"),
    },
  ],
  agreements: [],
  designations: [],
  indicators: [
    count(
      "festival_activities",
      "传统节日相关活动场次",
      "traditional festival events",
      "场次",
      "sum",
    ),
    count(
      "language_publicity_events",
      "国家通用语言文字宣传活动场次",
      "language law events",
      "场",
      "sum",
    ),
  ],
  observations: [
    observe(
      "festival_activities",
      "2023",
      { value: 150, unit: "场次", comparator: "gt" },
      "相关活动150余场次",
      soul,
    ),
    observe(
      "artworks_collected",
      "2023",
      { value: 1800, unit: "个", comparator: "gt" },
      "优秀文艺作品1800余个",
      soul,
    ),
    observe(
      "news_articles",
      "2023",
      { value: 400, unit: "条", comparator: "gt" },
      "新媒体产品400余条",
      soul,
    ),
    observe(
      "language_publicity_events",
      "2023",
      { value: 130, unit: "场", comparator: "gt" },
      "宣传活动130余场",
      soul,
    ),
    observe(
      "gross_domestic_product",
      "2023-H1",
      { value: 36_310_000_000, unit: "元", comparator: "eq" },
      "地区生产总值363.1亿元",
    ),
    growthOf("gross_domestic_product", 6.7, "增速6.7%"),
    observe(
      "fixed_asset_investment",
      "2023-H1",
      { value: 6_031_000_000, unit: "元", comparator: "eq" },
      "固定资产投资完成60.31亿元",
    ),
    growthOf("fixed_asset_investment", 21.5, "增速21.5%"),
    observe(
      "retail_sales",
      "2023-H1",
      { value: 13_870_000_000, unit: "元", comparator: "eq" },
      "社会消费品零售总额138.7亿元",
    ),
    growthOf("retail_sales", 10, "增速10%"),
    // 截至目前, after the 大青山前坡 ecological works.
    observe(
      "forest_coverage",
      publishedOn,
      { value: 44.3, unit: "%", comparator: "eq" },
      "森林覆盖率达44.3%",
    ),
    // Of the district's 中心城区 (central urban area), which has no region code of its own.
    observe(
      "greening_rate",
      publishedOn,
      { value: 39.2, unit: "%", comparator: "eq" },
      "绿化率达39.2%",
    ),
  ],
};

/** The 呼和浩特新城区 2023 case study. */
export const xincheng2023: CaseStudy = {
  slug: "xincheng-2023",
  name: "呼和浩特新城区 2023",
  article: "examples/articles/xincheng-2023.txt",
  // The page prints the article twice; the first copy is the one checked for figures.
  body: { start: "新城区坚持以铸牢中华民族共同体意识为工作主线", end: "终审:张 静" },
  report: xincheng2023Report,
  notFigures: [],
  metrics: [
    {
      kind: "previous",
      label: "2022年上半年地区生产总值",
      indicatorId: "gross_domestic_product",
    },
    {
      kind: "previous",
      label: "2022年上半年固定资产投资",
      indicatorId: "fixed_asset_investment",
    },
    {
      kind: "previous",
      label: "2022年上半年社会消费品零售总额",
      indicatorId: "retail_sales",
    },
    { kind: "rate", label: "森林覆盖率", indicatorId: "forest_coverage" },
    { kind: "rate", label: "中心城区绿化率", indicatorId: "greening_rate" },
  ],
};
