import type { Indicator } from "./types";

/**
 * The id of an indicator in {@link standardIndicators}.
 *
 * @category metric
 */
export type StandardIndicatorId =
  | "awareness_rate"
  | "participation_rate"
  | "support_rate"
  | "coverage_rate"
  | "forest_coverage"
  | "greening_rate"
  | "growth_rate"
  | "gross_domestic_product"
  | "fixed_asset_investment"
  | "retail_sales"
  | "demonstration_units"
  | "activity_sessions"
  | "participant_visits"
  | "participants"
  | "lecture_sessions"
  | "volunteer_teams"
  | "education_bases"
  | "study_bases"
  | "embedded_communities"
  | "stations"
  | "homes"
  | "lecture_halls"
  | "grassroots_positions"
  | "civilization_practice_centers"
  | "news_articles"
  | "media_reports"
  | "cultural_products"
  | "landscape_features"
  | "artworks_collected"
  | "training_sessions"
  | "online_viewers"
  | "page_views"
  | "minority_population"
  | "jobs_assisted";

/**
 * The indicators the 民族团结进步创建 reports use (标准指标), keyed by their stable id:
 * survey rates (知晓率, 参与度, 支持率), coverage rates (覆盖率, 森林覆盖率, 绿化率), 增速,
 * economic amounts (地区生产总值, 固定资产投资, 社会消费品零售总额) and the counts of work done
 * and carriers built (示范单位数, 活动场次, 参与人次, 志愿服务队数, 教育实践基地数 …).
 * Stocks (units, bases, teams) keep their latest value over time; flows (sessions, visits,
 * amounts) add up. Ratios roll up over regions from numerators and denominators; growth
 * rates do not roll up.
 *
 * @category metric
 * @example
 * ```ts
 * standardIndicators.awareness_rate.name["zh-CN"] //=> "知晓率"
 * standardIndicators.activity_sessions.aggregation //=> "sum"
 * ```
 */
export const standardIndicators: {
  readonly [id in StandardIndicatorId]: Indicator & { readonly id: id };
} = {
  awareness_rate: {
    id: "awareness_rate",
    name: { "zh-CN": "知晓率", "zh-TW": "知曉率", en: "awareness rate" },
    kind: "ratio",
    unit: "%",
    aggregation: "ratio",
    temporal: "none",
  },
  participation_rate: {
    id: "participation_rate",
    name: { "zh-CN": "参与度", "zh-TW": "參與度", en: "participation rate" },
    kind: "ratio",
    unit: "%",
    aggregation: "ratio",
    temporal: "none",
  },
  support_rate: {
    id: "support_rate",
    name: { "zh-CN": "支持率", "zh-TW": "支持率", en: "support rate" },
    kind: "ratio",
    unit: "%",
    aggregation: "ratio",
    temporal: "none",
  },
  coverage_rate: {
    id: "coverage_rate",
    name: { "zh-CN": "覆盖率", "zh-TW": "覆蓋率", en: "coverage rate" },
    kind: "ratio",
    unit: "%",
    aggregation: "ratio",
    temporal: "last",
  },
  forest_coverage: {
    id: "forest_coverage",
    name: { "zh-CN": "森林覆盖率", "zh-TW": "森林覆蓋率", en: "forest coverage" },
    kind: "ratio",
    unit: "%",
    aggregation: "ratio",
    temporal: "last",
  },
  greening_rate: {
    id: "greening_rate",
    name: { "zh-CN": "绿化率", "zh-TW": "綠化率", en: "greening rate" },
    kind: "ratio",
    unit: "%",
    aggregation: "ratio",
    temporal: "last",
  },
  growth_rate: {
    id: "growth_rate",
    name: { "zh-CN": "增速", "zh-TW": "增速", en: "growth rate" },
    kind: "growth",
    unit: "%",
    aggregation: "none",
    temporal: "none",
  },
  gross_domestic_product: {
    id: "gross_domestic_product",
    name: { "zh-CN": "地区生产总值", "zh-TW": "地區生產總值", en: "gross regional product" },
    kind: "amount",
    unit: "元",
    aggregation: "sum",
    temporal: "sum",
  },
  fixed_asset_investment: {
    id: "fixed_asset_investment",
    name: { "zh-CN": "固定资产投资", "zh-TW": "固定資產投資", en: "fixed-asset investment" },
    kind: "amount",
    unit: "元",
    aggregation: "sum",
    temporal: "sum",
  },
  retail_sales: {
    id: "retail_sales",
    name: {
      "zh-CN": "社会消费品零售总额",
      "zh-TW": "社會消費品零售總額",
      en: "retail sales of consumer goods",
    },
    kind: "amount",
    unit: "元",
    aggregation: "sum",
    temporal: "sum",
  },
  demonstration_units: {
    id: "demonstration_units",
    name: { "zh-CN": "示范单位数", "zh-TW": "示範單位數", en: "demonstration units" },
    kind: "count",
    unit: "个",
    aggregation: "sum",
    temporal: "last",
  },
  activity_sessions: {
    id: "activity_sessions",
    name: { "zh-CN": "活动场次", "zh-TW": "活動場次", en: "activity sessions" },
    kind: "count",
    unit: "场次",
    aggregation: "sum",
    temporal: "sum",
  },
  participant_visits: {
    id: "participant_visits",
    name: { "zh-CN": "参与人次", "zh-TW": "參與人次", en: "participant visits" },
    kind: "count",
    unit: "人次",
    aggregation: "sum",
    temporal: "sum",
  },
  participants: {
    id: "participants",
    name: { "zh-CN": "参与人数", "zh-TW": "參與人數", en: "participants" },
    kind: "count",
    unit: "人",
    aggregation: "sum",
    temporal: "sum",
  },
  lecture_sessions: {
    id: "lecture_sessions",
    name: { "zh-CN": "宣讲次数", "zh-TW": "宣講次數", en: "lecture sessions" },
    kind: "count",
    unit: "次",
    aggregation: "sum",
    temporal: "sum",
  },
  volunteer_teams: {
    id: "volunteer_teams",
    name: { "zh-CN": "志愿服务队数", "zh-TW": "志願服務隊數", en: "volunteer teams" },
    kind: "count",
    unit: "支",
    aggregation: "sum",
    temporal: "last",
  },
  education_bases: {
    id: "education_bases",
    name: {
      "zh-CN": "教育实践基地数",
      "zh-TW": "教育實踐基地數",
      en: "education and practice bases",
    },
    kind: "count",
    unit: "处",
    aggregation: "sum",
    temporal: "last",
  },
  study_bases: {
    id: "study_bases",
    name: { "zh-CN": "研学基地数", "zh-TW": "研學基地數", en: "study-tour bases" },
    kind: "count",
    unit: "处",
    aggregation: "sum",
    temporal: "last",
  },
  embedded_communities: {
    id: "embedded_communities",
    name: {
      "zh-CN": "互嵌式示范社区数",
      "zh-TW": "互嵌式示範社區數",
      en: "embedded demonstration communities",
    },
    kind: "count",
    unit: "处",
    aggregation: "sum",
    temporal: "last",
  },
  stations: {
    id: "stations",
    name: { "zh-CN": "驿站数", "zh-TW": "驛站數", en: "stations" },
    kind: "count",
    unit: "个",
    aggregation: "sum",
    temporal: "last",
  },
  homes: {
    id: "homes",
    name: { "zh-CN": "家园数", "zh-TW": "家園數", en: "homes" },
    kind: "count",
    unit: "个",
    aggregation: "sum",
    temporal: "last",
  },
  lecture_halls: {
    id: "lecture_halls",
    name: { "zh-CN": "讲堂数", "zh-TW": "講堂數", en: "lecture halls" },
    kind: "count",
    unit: "个",
    aggregation: "sum",
    temporal: "last",
  },
  grassroots_positions: {
    id: "grassroots_positions",
    name: { "zh-CN": "基层阵地数", "zh-TW": "基層陣地數", en: "grassroots positions" },
    kind: "count",
    unit: "个",
    aggregation: "sum",
    temporal: "last",
  },
  civilization_practice_centers: {
    id: "civilization_practice_centers",
    name: {
      "zh-CN": "新时代文明实践中心数",
      "zh-TW": "新時代文明實踐中心數",
      en: "civilization practice centres",
    },
    kind: "count",
    unit: "家",
    aggregation: "sum",
    temporal: "last",
  },
  news_articles: {
    id: "news_articles",
    name: { "zh-CN": "新闻稿件数", "zh-TW": "新聞稿件數", en: "news articles" },
    kind: "count",
    unit: "条",
    aggregation: "sum",
    temporal: "sum",
  },
  media_reports: {
    id: "media_reports",
    name: { "zh-CN": "媒体报道数", "zh-TW": "媒體報道數", en: "media reports" },
    kind: "count",
    unit: "篇",
    aggregation: "sum",
    temporal: "sum",
  },
  cultural_products: {
    id: "cultural_products",
    name: { "zh-CN": "文创产品数", "zh-TW": "文創產品數", en: "cultural and creative products" },
    kind: "count",
    unit: "个",
    aggregation: "sum",
    temporal: "sum",
  },
  landscape_features: {
    id: "landscape_features",
    name: { "zh-CN": "景观小品数", "zh-TW": "景觀小品數", en: "landscape features" },
    kind: "count",
    unit: "个",
    aggregation: "sum",
    temporal: "last",
  },
  artworks_collected: {
    id: "artworks_collected",
    name: { "zh-CN": "征集文艺作品数", "zh-TW": "徵集文藝作品數", en: "artworks collected" },
    kind: "count",
    unit: "个",
    aggregation: "sum",
    temporal: "sum",
  },
  training_sessions: {
    id: "training_sessions",
    name: { "zh-CN": "培训期数", "zh-TW": "培訓期數", en: "training sessions" },
    kind: "count",
    unit: "期",
    aggregation: "sum",
    temporal: "sum",
  },
  online_viewers: {
    id: "online_viewers",
    name: { "zh-CN": "在线观看人数", "zh-TW": "線上觀看人數", en: "online viewers" },
    kind: "count",
    unit: "人",
    aggregation: "sum",
    temporal: "sum",
  },
  page_views: {
    id: "page_views",
    name: { "zh-CN": "浏览量", "zh-TW": "瀏覽量", en: "page views" },
    kind: "count",
    unit: "人次",
    aggregation: "sum",
    temporal: "sum",
  },
  minority_population: {
    id: "minority_population",
    name: { "zh-CN": "少数民族人口", "zh-TW": "少數民族人口", en: "ethnic minority population" },
    kind: "count",
    unit: "人",
    aggregation: "sum",
    temporal: "last",
  },
  jobs_assisted: {
    id: "jobs_assisted",
    name: { "zh-CN": "协助就业人数", "zh-TW": "協助就業人數", en: "people helped into work" },
    kind: "count",
    unit: "人",
    aggregation: "sum",
    temporal: "sum",
  },
};
