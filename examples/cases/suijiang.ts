// 绥江县 (昭通市, 530626): the 四抓四促 framework, the 十进十促 plan, the drive to become a
// provincial demonstration county, and the demonstration units it has built at three levels.
import type { ReportInput } from "../../src/index";
import { type CaseStudy, districtObserver } from "./case-study";

// The page carries no date of its own but its update time, 2025-03-31, and its figures are
// "截至目前" (as of now): counted up to that day from no stated start, an open period.
const publishedOn = "2025-03-31";
const asOf = `../${publishedOn}`;

const countIndicator = (name: string, en: string, unit: string) =>
  ({
    name: { "zh-CN": name, en },
    kind: "count",
    unit,
    aggregation: "sum",
    temporal: "sum",
  }) as const;

// Every figure is final: stated as of the page's update day.
const observe = districtObserver("530626");

/** The article as a report. */
export const suijiangReport: ReportInput = {
  id: "suijiang",
  title: "深化民族团结进步创建工作",
  regionCode: "530626",
  period: asOf,
  publishedOn,
  source: { title: "深化民族團結進步創建工作", publisher: "云南网" },
  regions: [
    // 统计用区划代码 2023.
    { code: "530626103", name: "新滩镇", level: "township", parentCode: "530626" },
  ],
  units: [
    { id: "suijiang-party-committee", name: "绥江县委", kind: "agency", regionCode: "530626" },
    { id: "suijiang-government", name: "绥江县政府", kind: "agency", regionCode: "530626" },
    {
      id: "suijiang-leading-group",
      name: "绥江县民族团结进步示范创建工作领导组",
      kind: "agency",
      regionCode: "530626",
    },
    { id: "suijiang-creation-office", name: "绥江县创建办", kind: "agency", regionCode: "530626" },
    {
      id: "suijiang-inspection-office",
      name: "绥江县委督查室",
      kind: "agency",
      regionCode: "530626",
    },
    {
      id: "suijiang-supervision-section",
      name: "绥江县政府督办科",
      kind: "agency",
      regionCode: "530626",
    },
    { id: "xintan-middle-school", name: "新滩中学", kind: "school", regionCode: "530626103" },
  ],
  brands: [],
  campaigns: [
    {
      id: "four-grasps",
      name: "四抓四促",
      kind: "framework",
      issuer: { level: "county", regionCode: "530626", name: "绥江县委、县政府" },
      regionCode: "530626",
      components: [
        { name: "抓组织领导 促高位推进" },
        { name: "抓宣传教育 促氛围营造" },
        { name: "抓创建典型 促示范引领" },
        { name: "抓督促指导 促创建成效" },
      ],
    },
    {
      id: "provincial-demonstration-county-plan",
      name: "绥江县创建省级民族团结进步示范县行动方案",
      kind: "plan",
      // 县委、县政府 set up the leading group and drew up both plans.
      issuer: { level: "county", regionCode: "530626", name: "绥江县委、县政府" },
      regionCode: "530626",
    },
    {
      id: "ten-into-ten",
      name: "绥江县深入推进民族团结进步创建活动“十进十促”实施方案",
      kind: "plan",
      // 县委、县政府 set up the leading group and drew up both plans.
      issuer: { level: "county", regionCode: "530626", name: "绥江县委、县政府" },
      regionCode: "530626",
    },
  ],
  // The article dates none of its activities beyond 近期 (recently), so none has a date. The three
  // below appear in its photographs; the rest are counted, not named one by one, and are
  // observations.
  activities: [
    {
      id: "themed-performance",
      name: "民族团结进步示范创建·铸牢中华民族共同体意识专题文艺演出",
      campaignId: "four-grasps",
      regionCodes: ["530626"],
      modality: "offline",
    },
    {
      id: "xintan-arts-festival",
      name: "新滩中学民族团结文体艺术节",
      campaignId: "four-grasps",
      regionCodes: ["530626103"],
      modality: "offline",
    },
    {
      id: "demonstration-county-training",
      name: "绥江县创建省级民族团结进步示范县业务培训会",
      campaignId: "provincial-demonstration-county-plan",
      regionCodes: ["530626"],
      modality: "offline",
    },
  ],
  agreements: [],
  designations: [],
  indicators: [
    {
      id: "themed_events",
      ...countIndicator(
        "征文、摄影、演讲、诗歌朗诵比赛、民族团结文体艺术节、主题党日活动次数",
        "contests, festivals and themed Party days held",
        "次",
      ),
    },
    {
      id: "outreach_lectures",
      ...countIndicator(
        "民族团结进步教育进乡村、进社区宣讲活动场次",
        "outreach lectures in villages and communities",
        "场次",
      ),
    },
    {
      id: "practice_education_sessions",
      ...countIndicator(
        "“自强、诚信、感恩”主题实践教育活动场次",
        "self-reliance, integrity and gratitude education sessions",
        "场次",
      ),
    },
    {
      id: "knowledge_test_participants",
      ...countIndicator(
        "参加铸牢中华民族共同体意识知识测试的干部职工人数",
        "cadres and staff who sat the knowledge test",
        "名",
      ),
    },
    {
      id: "demonstration_units_provincial",
      ...countIndicator("省级民族团结进步示范单位数", "provincial demonstration units", "个"),
      temporal: "last",
    },
    {
      id: "demonstration_units_prefectural",
      ...countIndicator("市级民族团结进步示范单位数", "prefectural demonstration units", "个"),
      temporal: "last",
    },
    {
      id: "demonstration_units_county",
      ...countIndicator("县级民族团结进步示范单位数", "county demonstration units", "个"),
      temporal: "last",
    },
  ],
  observations: [
    observe(
      "themed_events",
      asOf,
      { value: 500, unit: "次", comparator: "gt" },
      "主題黨日活動500餘次",
    ),
    observe(
      "outreach_lectures",
      asOf,
      { value: 20, unit: "场次", comparator: "gt" },
      "宣講活動20餘場次",
    ),
    observe(
      "practice_education_sessions",
      asOf,
      { value: 1000, unit: "场次", comparator: "gt" },
      "主題實踐教育活動1000餘場次",
    ),
    observe(
      "knowledge_test_participants",
      asOf,
      { value: 3000, unit: "名", comparator: "nearly" },
      "近3000名",
    ),
    observe(
      "demonstration_units_provincial",
      asOf,
      { value: 4, unit: "个", comparator: "eq" },
      "省級示範單位4個",
    ),
    observe(
      "demonstration_units_prefectural",
      asOf,
      { value: 11, unit: "个", comparator: "eq" },
      "市級示範單位11個",
    ),
    observe(
      "demonstration_units_county",
      asOf,
      { value: 20, unit: "个", comparator: "eq" },
      "縣級示範單位20個",
    ),
  ],
};

/** The 绥江县 case study. */
export const suijiang: CaseStudy = {
  slug: "suijiang",
  name: "绥江县",
  article: "examples/articles/suijiang.txt",
  body: { start: "“四抓四促”深入開展民族團結進步示範創建。", end: "雲南網通訊員 代洪" },
  report: suijiangReport,
  notFigures: [],
  metrics: [
    {
      kind: "total",
      label: "各级民族团结进步示范单位",
      indicatorIds: [
        "demonstration_units_provincial",
        "demonstration_units_prefectural",
        "demonstration_units_county",
      ],
    },
  ],
};
