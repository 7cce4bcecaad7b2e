// 同心县 (吴忠市, 640324), published 2024-01-09: the 4个品牌工程, of which the stored page gives
// the first two — the 石榴籽·共筑梦 exchange brand for young people and the 邻里亲·一家人
// brand of the communities — with the sites each built and the activities each held.
import type { ReportInput } from "../../src/index";
import type { CaseStudy } from "./case-study";

const county = "640324";
const publishedOn = "2024-01-09";
// Every figure is a running total up to publication ("打造了", "建成", "全县…"), with no start.
const period = `../${publishedOn}`;

// A count the report defines: 品牌工程, 期 and 件 have no standard indicator.
const count = (id: string, name: string, en: string, unit: string) => ({
  id,
  name: { "zh-CN": name, en },
  kind: "count" as const,
  unit,
  aggregation: "sum" as const,
  temporal: "sum" as const,
});

/** The article as a report. */
export const tongxin2024Report: ReportInput = {
  id: "tongxin-2024",
  title: "同心县打造四个品牌工程 有形有感有效铸牢中华民族共同体意识",
  regionCode: county,
  period,
  publishedOn,
  source: {
    title: "同心县打造四个品牌工程 有形有感有效铸牢中华民族共同体意识",
    publisher: "自治区党委统战部",
    url: "https://www.nxtzb.gov.cn:443/contents/JCTZ/JCTZWZ/2024/01/9991.html",
  },
  units: [],
  brands: [],
  campaigns: [
    {
      id: "four-brand-projects",
      name: "四个品牌工程",
      kind: "project",
      // 同心县 runs them; the article does not name the body that set them up.
      issuer: { level: "county", regionCode: county },
      regionCode: county,
      // The stored page stops in the second of the four; the other two are not in it. Each
      // component is also a 品牌 by its name: a report cannot say a component and a brand are
      // one record, so each is entered once, as the component its carriers and activities sit in.
      components: [
        {
          id: "shiliuzi-gongzhumeng",
          name: "“石榴籽·共筑梦”青少年交流品牌",
          carriers: [
            // The sites the routes are built on ("依托…等资源"); the article counts none of them.
            { kind: "education_base", name: "陕甘宁省豫海县回民自治政府成立旧址" },
            { kind: "education_base", name: "红军西征纪念园" },
            { kind: "exhibition_hall", name: "铸牢中华民族共同体意识主题教育馆" },
            // A route (条) is none of the carrier kinds: not a 研学基地, which is a place.
            {
              kind: "other",
              name: "精品研学路线",
              count: { value: 6, unit: "条", comparator: "eq", quote: "打造了6条精品研学路线" },
            },
            {
              kind: "education_base",
              name: "爱国主义(红色遗址)教育基地",
              count: {
                value: 22,
                unit: "个",
                comparator: "eq",
                quote: "22个爱国主义(红色遗址)教育基地",
              },
            },
            {
              kind: "station",
              name: "新时代文明实践站",
              count: { value: 153, unit: "个", comparator: "eq", quote: "153个新时代文明实践站" },
            },
            {
              kind: "other",
              name: "公益性文化设施",
              count: { value: 161, unit: "个", comparator: "eq", quote: "161个公益性文化设施" },
            },
          ],
          // Said of the 22 + 153 + 161 sites above, all of them.
          statements: ["对青少年全部免费开放"],
        },
        {
          id: "linliqin-yijiaren",
          name: "“邻里亲·一家人”社区互融品牌",
          carriers: [
            // 铸牢中华民族共同体意识公园 and “石榴籽”广场 are named as two of the three (等),
            // 石榴籽家园 and 石榴籽工作室 as two of the twenty: examples, not carriers of their own.
            {
              kind: "education_base",
              name: "宣传教育基地",
              count: { value: 3, unit: "个", comparator: "eq", quote: "宣传教育基地3个" },
            },
            {
              kind: "other",
              name: "实体化实践阵地",
              count: { value: 20, unit: "个", comparator: "eq", quote: "实体化实践阵地20个" },
            },
            { kind: "station", name: "便民利民为民暖心服务驿站" },
          ],
        },
      ],
    },
  ],
  // None is dated: each is what the brand has held so far.
  activities: [
    {
      id: "cultural-fellowship",
      name: "“百场万人”大宣讲、“石榴籽”经典课本剧、“石榴籽”励志故事会等文化联谊活动",
      campaignId: "four-brand-projects",
      regionCodes: [county],
      modality: "offline",
      participants: {
        value: 70000,
        unit: "人次",
        comparator: "gt",
        precision: 1e4,
        quote: "覆盖各族青少年7万余人次",
      },
    },
    {
      id: "putian-five-ones",
      name: "与福建省莆田市城厢区青少年开展“五个一”交流活动",
      campaignId: "four-brand-projects",
      regionCodes: [county, "350302"],
      modality: "offline",
    },
    {
      id: "dangqin-guohao-ganen",
      name: "与其他市县中小学联合开展“党亲 国好 感恩”主题教育活动",
      campaignId: "four-brand-projects",
      regionCodes: [county],
      modality: "offline",
    },
    {
      id: "neighbourhood-fellowship",
      name: "“社区邻居节”“我们的节日”“邻里幸福宴”等群众性联谊活动",
      campaignId: "four-brand-projects",
      regionCodes: [county],
      modality: "offline",
    },
    {
      id: "community-volunteering",
      name: "各社区志愿服务活动",
      campaignId: "four-brand-projects",
      regionCodes: [county],
      modality: "offline",
    },
  ],
  agreements: [],
  designations: [],
  indicators: [
    count("brand_projects", "品牌工程数", "brand projects", "个"),
    count("activity_rounds", "活动期数", "rounds of an activity", "期"),
    count("difficulties_solved", "解决群众实际困难件数", "difficulties solved", "件"),
  ],
  observations: [
    {
      indicatorId: "brand_projects",
      regionCode: county,
      period,
      about: { kind: "campaign", id: "four-brand-projects" },
      value: { value: 4, unit: "个", comparator: "eq", quote: "创新打造4个品牌工程" },
      status: "A",
    },
    {
      indicatorId: "activity_rounds",
      regionCode: county,
      period,
      about: { kind: "activity", id: "dangqin-guohao-ganen" },
      value: { value: 8, unit: "期", comparator: "eq", quote: "主题教育活动8期" },
      status: "A",
    },
    {
      indicatorId: "activity_sessions",
      regionCode: county,
      period,
      about: { kind: "activity", id: "dangqin-guohao-ganen" },
      value: { value: 30, unit: "场次", comparator: "gt", quote: "30余场次" },
      status: "A",
    },
    {
      indicatorId: "activity_sessions",
      regionCode: county,
      period,
      about: { kind: "activity", id: "neighbourhood-fellowship" },
      value: { value: 300, unit: "场次", comparator: "gt", quote: "群众性联谊活动300余场次" },
      status: "A",
    },
    {
      indicatorId: "difficulties_solved",
      regionCode: county,
      period,
      about: { kind: "activity", id: "community-volunteering" },
      value: {
        value: 1000,
        unit: "件",
        comparator: "gt",
        precision: 1e3,
        quote: "帮助解决群众实际困难千余件",
      },
      status: "A",
    },
  ],
};

/** The 同心县 2024 case study. */
export const tongxin2024: CaseStudy = {
  slug: "tongxin-2024",
  name: "同心县 2024",
  article: "examples/articles/tongxin-2024.txt",
  body: { start: "同心县打造四个品牌工程", end: "以实际行动释放最大同心力量,提升" },
  report: tongxin2024Report,
  notFigures: [
    {
      text: "同心县打造四个品牌工程",
      reason: "标题里的“四个”即正文的“4个品牌工程”，不是另一个数字",
    },
    { text: "2024年01月09日", reason: "发布日期" },
    { text: "“百场万人”", reason: "大宣讲活动的名称" },
    { text: "“五个一”", reason: "交流活动形式的名称" },
  ],
  // The article gives no rate, share or growth: nothing to compute from its figures.
  metrics: [],
};
