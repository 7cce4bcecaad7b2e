import type { StandardIndicatorId } from "../../metric/standard-indicators";

/**
 * The words that name a standard indicator in report prose, simplified and traditional, with
 * where each list comes from.
 *
 * @internal
 */
export interface IndicatorWords {
  readonly id: StandardIndicatorId;
  readonly words: readonly string[];
  readonly source: string;
}

const NAME = "the indicator's own name in standardIndicators (zh-CN, zh-TW)";
const BULLETIN = "国家统计局《国民经济和社会发展统计公报》 indicator names";
const CARRIER = "the carrier kinds of CarrierSchema (阵地: 家园, 驿站, 讲堂 …), DESIGN.md";
const SURVEY = "民族团结进步创建 测评指标 (知晓率、参与度、支持率), the survey wording";

/**
 * Indicator names and synonyms as data. A figure's label names the indicator whose word it
 * contains nearest its end (longest on a tie), and only when the figure's unit is the indicator's
 * quantity (`commonUnit`), so 活动 with 场次 is `activity_sessions` and 活动 with 人 is not.
 *
 * @internal
 */
export const indicatorWords: readonly IndicatorWords[] = [
  { id: "awareness_rate", words: ["知晓率", "知曉率"], source: SURVEY },
  { id: "participation_rate", words: ["参与度", "參與度", "参与率", "參與率"], source: SURVEY },
  { id: "support_rate", words: ["支持率"], source: SURVEY },
  { id: "coverage_rate", words: ["覆盖率", "覆蓋率", "覆盖面", "覆蓋面"], source: NAME },
  { id: "forest_coverage", words: ["森林覆盖率", "森林覆蓋率"], source: BULLETIN },
  {
    id: "greening_rate",
    words: ["绿化率", "綠化率", "绿化覆盖率", "綠化覆蓋率"],
    source: BULLETIN,
  },
  {
    id: "growth_rate",
    words: ["增速", "增长", "增長", "增幅", "同比增长", "同比增長"],
    source: BULLETIN,
  },
  {
    id: "gross_domestic_product",
    words: ["地区生产总值", "地區生產總值", "生产总值", "生產總值", "GDP"],
    source: BULLETIN,
  },
  { id: "fixed_asset_investment", words: ["固定资产投资", "固定資產投資"], source: BULLETIN },
  {
    id: "retail_sales",
    words: ["社会消费品零售总额", "社會消費品零售總額"],
    source: BULLETIN,
  },
  { id: "demonstration_units", words: ["示范单位", "示範單位"], source: NAME },
  { id: "activity_sessions", words: ["活动", "活動", "活动场次", "活動場次"], source: NAME },
  { id: "participant_visits", words: ["参与人次", "參與人次"], source: NAME },
  { id: "participants", words: ["参与人数", "參與人數"], source: NAME },
  { id: "lecture_sessions", words: ["宣讲", "宣講"], source: NAME },
  { id: "volunteer_teams", words: ["志愿服务队", "志願服務隊"], source: CARRIER },
  { id: "education_bases", words: ["教育实践基地", "教育實踐基地"], source: CARRIER },
  { id: "study_bases", words: ["研学基地", "研學基地"], source: CARRIER },
  {
    id: "embedded_communities",
    words: ["互嵌式示范社区", "互嵌式示範社區", "互嵌式社区", "互嵌式社區"],
    source: NAME,
  },
  { id: "stations", words: ["驿站", "驛站"], source: CARRIER },
  { id: "homes", words: ["家园", "家園"], source: CARRIER },
  { id: "lecture_halls", words: ["讲堂", "講堂"], source: CARRIER },
  { id: "grassroots_positions", words: ["基层阵地", "基層陣地"], source: CARRIER },
  {
    id: "civilization_practice_centers",
    words: ["文明实践中心", "文明實踐中心"],
    source: NAME,
  },
  { id: "news_articles", words: ["新闻稿件", "新聞稿件"], source: NAME },
  { id: "media_reports", words: ["宣传报道", "宣傳報道", "报道", "報道"], source: NAME },
  { id: "cultural_products", words: ["文创产品", "文創產品"], source: NAME },
  { id: "landscape_features", words: ["景观小品", "景觀小品"], source: CARRIER },
  { id: "artworks_collected", words: ["文艺作品", "文藝作品"], source: NAME },
  { id: "training_sessions", words: ["培训", "培訓"], source: NAME },
  {
    id: "online_viewers",
    words: ["在线观看", "在線觀看", "线上观看", "線上觀看", "观看人数", "觀看人數"],
    source: NAME,
  },
  {
    id: "page_views",
    words: ["浏览量", "瀏覽量", "阅读量", "閱讀量", "点击量", "點擊量"],
    source: NAME,
  },
  {
    id: "minority_population",
    words: ["少数民族人口", "少數民族人口", "少数民族", "少數民族"],
    source: BULLETIN,
  },
  { id: "jobs_assisted", words: ["就业", "就業"], source: NAME },
];
