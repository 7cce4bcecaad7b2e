// 昆都仑区 (包头市, 150203), 2024: the 九个一百 campaign — nine targets of a hundred — with the
// actuals the article reports, three honours, and the mascot 昆小团.
import type { ReportInput } from "../../src/index";
import { type CaseStudy, quoted } from "./case-study";

// One target of 九个一百. Its figure is part of its name (百人宣讲团), so the quote is the
// figure alone: the description carries the name.
const target = (description: string, quote: string, unit: string) => ({
  description,
  target: quoted(quote, 100, unit),
});

/** The article as a report. */
export const kundulun2024Report: ReportInput = {
  id: "kundulun-2024",
  title: "民族团结进步创建工作实践创新",
  regionCode: "150203",
  // 今年以来 … 2024年昆区“秋季”村晚: the year the article reports on.
  period: "2024",
  source: { title: "民族團結進步創建工作實踐創新", publisher: "昆区民委" },
  // 统计用区划代码 2023, with the short names the article uses as aliases.
  regions: [
    { code: "150203010", name: "市府东路街道", level: "township", parentCode: "150203" },
    {
      code: "150203010001",
      name: "阿尔丁一号街坊社区",
      level: "village",
      parentCode: "150203010",
      aliases: ["阿1#社区"],
    },
    {
      code: "150203006",
      name: "阿尔丁大街街道",
      level: "township",
      parentCode: "150203",
      aliases: ["阿尔丁街道"],
    },
    {
      code: "150203006013",
      name: "乌兰小区社区",
      level: "village",
      parentCode: "150203006",
      aliases: ["乌兰社区"],
    },
    {
      code: "150203008",
      name: "鞍山道街道",
      level: "township",
      parentCode: "150203",
      aliases: ["鞍山街道"],
    },
    {
      code: "150203008019",
      name: "团结十号街坊社区",
      level: "village",
      parentCode: "150203008",
      aliases: ["团十社区"],
    },
    { code: "150203102", name: "卜尔汉图镇", level: "township", parentCode: "150203" },
    { code: "150203102201", name: "乌兰计三村", level: "village", parentCode: "150203102" },
  ],
  units: [
    { id: "kundulun-ethnic-affairs", name: "昆区民委", kind: "agency", regionCode: "150203" },
    { id: "kundulun-education-bureau", name: "昆区教育局", kind: "agency", regionCode: "150203" },
    {
      id: "a1-community",
      name: "市府东路街道阿1#社区",
      kind: "community",
      regionCode: "150203010001",
    },
  ],
  brands: [
    {
      id: "kundulun-brand",
      name: "昆区铸牢中华民族共同体意识品牌",
      regionCode: "150203",
      ownerUnitId: "kundulun-ethnic-affairs",
      // 昆区民族团结进步形象大使.
      mascot: "昆小团",
    },
  ],
  campaigns: [
    {
      id: "nine-hundreds",
      name: "九个一百",
      kind: "action",
      issuer: { level: "county", regionCode: "150203", name: "昆区" },
      regionCode: "150203",
      period: "2024",
      components: [
        {
          name: "组建百人宣讲团、百支志愿服务队",
          targets: [
            {
              ...target("“红石榴”百人宣讲团", "百人", "人"),
              actual: quoted("百人", 100, "人"),
            },
            {
              ...target("“红石榴”百支志愿服务队", "百支", "支"),
              indicatorId: "volunteer_teams",
              actual: quoted("百支", 100, "支"),
            },
          ],
        },
        {
          name: "组织开展百场文艺汇演、百场宣传教育",
          targets: [target("百场文艺汇演", "百場", "场"), target("百场宣传教育", "百場", "场")],
        },
        {
          name: "开展百名典型宣传、百家示范选树",
          targets: [target("百名典型宣传", "百名", "名"), target("百家示范选树", "百家", "家")],
        },
        {
          name: "打造百个景观小品、百个文创产品",
          targets: [
            {
              ...target("百个景观小品", "百個", "个"),
              indicatorId: "landscape_features",
              actual: quoted("百個", 100, "个"),
            },
            {
              ...target("百个文创产品", "百個", "个"),
              indicatorId: "cultural_products",
              actual: quoted("百個", 100, "个"),
            },
          ],
        },
        {
          name: "整理百期媒体报道",
          targets: [
            {
              ...target("百期媒体报道", "百期", "期"),
              // Counted in 篇 (pieces) against a target in 期 (issues): both count reports.
              actual: quoted("宣傳報道一百余篇", 100, "篇", "gt"),
            },
          ],
        },
      ],
    },
  ],
  // Held in 2024 (端午 and 中秋 among them); the article gives no day for any of them.
  activities: [
    {
      id: "autumn-village-gala",
      name: "石榴花开心向党 民族团结谱新篇 “大地欢歌 魅力昆河” 2024年昆区“秋季”村晚示范展示活动",
      campaignId: "nine-hundreds",
      period: "2024",
      regionCodes: ["150203"],
      modality: "offline",
    },
    {
      id: "mid-autumn-performance",
      name: "讲好民族团结进步故事 构筑中华民族共有精神家园 昆区“牢记嘱托齐奋进 情满中秋庆团圆”民族团结进步活动月专场文艺展演",
      campaignId: "nine-hundreds",
      period: "2024",
      regionCodes: ["150203"],
      modality: "offline",
    },
    {
      id: "mid-autumn-community-gathering",
      name: "月圆中秋情意浓 情暖社区齐欢聚",
      campaignId: "nine-hundreds",
      period: "2024",
      regionCodes: ["150203"],
      modality: "offline",
    },
    {
      id: "dragon-boat-festival",
      name: "粽叶飘香五月五 浓情端午共安康",
      campaignId: "nine-hundreds",
      period: "2024",
      regionCodes: ["150203"],
      modality: "offline",
    },
    {
      id: "story-sharing-tea-party",
      name: "构筑中华民族共有精神家园暨民族团结进步故事分享茶话会",
      campaignId: "nine-hundreds",
      period: "2024",
      regionCodes: ["150203"],
      modality: "offline",
    },
    {
      id: "baogang-oral-history",
      name: "“齐心协力建包钢”口述史采访",
      campaignId: "nine-hundreds",
      period: "2024",
      regionCodes: ["150203"],
      modality: "offline",
    },
  ],
  agreements: [],
  // The article publicises these honours; it does not say in which year each was conferred.
  designations: [
    {
      id: "education-bureau-model-collective",
      title: "全国民族团结进步模范集体",
      kind: "model_collective",
      level: "national",
      recipient: {
        type: "unit",
        name: "昆区教育局",
        id: "kundulun-education-bureau",
        regionCode: "150203",
      },
    },
    {
      id: "a1-community-demonstration-unit",
      title: "全国民族团结进步示范单位",
      kind: "demonstration_unit",
      level: "national",
      recipient: {
        type: "unit",
        name: "市府东路街道阿1#社区",
        id: "a1-community",
        regionCode: "150203010001",
      },
    },
    {
      id: "li-cuilan-model-individual",
      title: "自治区民族团结进步模范",
      kind: "model_individual",
      level: "provincial",
      recipient: { type: "person", name: "李翠兰", regionCode: "150203" },
    },
  ],
  indicators: [],
  observations: [],
};

/** The 昆都仑区 2024 case study. */
export const kundulun2024: CaseStudy = {
  slug: "kundulun-2024",
  name: "昆都仑区 2024",
  article: "examples/articles/kundulun-2024.txt",
  body: {
    start: "【民族團結(jié)進步創(chuàng)建工作實踐創(chuàng)新】",
    end: "共同續(xù)寫民族團結(jié)進步新篇章。",
  },
  report: kundulun2024Report,
  notFigures: [],
  metrics: [
    {
      kind: "completion",
      label: "“九个一百”",
      campaignId: "nine-hundreds",
      // 百期媒体报道 is counted in 篇: a report is a report, whatever the word.
      sameCount: [["篇", "期"]],
    },
  ],
};
