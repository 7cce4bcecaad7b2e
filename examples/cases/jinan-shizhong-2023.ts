// 市中区 (济南市, 370103), 2023: the 圆聚市中石榴红 brand and its street sub-brands, the
// district's minority population, demonstration units, and the year's work in figures.
import type { ReportInput } from "../../src/index";
import { type CaseStudy, districtObserver, quoted } from "./case-study";

const publishedOn = "2023-09-20";

type Temporal = "sum" | "last";

// An indicator this report defines for a figure the standard ones do not cover.
const indicator = (id: string, name: string, en: string, unit: string, temporal: Temporal) => ({
  id,
  name: { "zh-CN": name, en },
  kind: "count" as const,
  unit,
  aggregation: "sum" as const,
  temporal,
});

// A figure of the district. "今年" figures published in September are the year so far: provisional.
const observe = districtObserver("370103", "2023");

// The records the article ties figures to: the culture series and the youth exchanges.
const culture = { kind: "campaign", id: "culture-series" } as const;
const youth = { kind: "component", id: "youth-exchange" } as const;

/** The article as a report. */
export const jinanShizhong2023Report: ReportInput = {
  id: "jinan-shizhong-2023",
  title: "擦亮圆聚市中石榴红工作品牌",
  regionCode: "370103",
  period: "2023",
  publishedOn,
  source: { title: "擦亮圆聚市中石榴红工作品牌", publisher: "济南日报" },
  // The two streets the article names by their brands. The district's other streets are not
  // listed: the 17 are read from shiliu/cn-regions/townships when the case is checked.
  regions: [
    { code: "370103014", name: "泺源街道", level: "township", parentCode: "370103" },
    { code: "370103016", name: "舜耕街道", level: "township", parentCode: "370103" },
  ],
  units: [
    {
      id: "shizhong-leading-group",
      name: "市中区民族团结进步创建工作领导小组",
      kind: "agency",
      regionCode: "370103",
    },
    { id: "shiyan-junior-high", name: "实验初中", kind: "school", regionCode: "370103" },
    { id: "no14-middle-school", name: "十四中学", kind: "school", regionCode: "370103" },
    { id: "quanhai-school", name: "泉海学校", kind: "school", regionCode: "370103" },
    { id: "zhongshan-park", name: "中山公园", kind: "other", regionCode: "370103" },
    { id: "xiaoguanghan-museum", name: "小广寒博物馆", kind: "other", regionCode: "370103" },
  ],
  brands: [
    {
      id: "yuanju-shizhong",
      name: "圆聚市中石榴红",
      regionCode: "370103",
      carriers: [
        {
          // 中山公园、小广寒博物馆等.
          kind: "education_base",
          name: "铸牢中华民族共同体意识教育实践基地",
          count: quoted("10处铸牢中华民族共同体意识教育实践基地", 10, "处"),
        },
      ],
    },
    // 一街一品: two of the street brands the article names.
    {
      id: "luoyuan-brand",
      name: "榴花灿灿,和合乐园",
      regionCode: "370103014",
      parentBrandId: "yuanju-shizhong",
    },
    {
      id: "shungeng-brand",
      name: "乐和聚能",
      regionCode: "370103016",
      parentBrandId: "yuanju-shizhong",
    },
  ],
  campaigns: [
    {
      id: "brand-action",
      name: "“圆聚市中石榴红”民族工作品牌创建行动",
      kind: "action",
      issuer: { level: "county", regionCode: "370103", name: "市中区" },
      regionCode: "370103",
    },
    {
      id: "demonstration-zone-plan",
      name: "济南市市中区争创民族团结进步示范区实施方案",
      kind: "plan",
      issuer: { level: "county", regionCode: "370103", name: "市中区" },
      regionCode: "370103",
    },
    {
      id: "thousand-sessions",
      name: "铸牢中华民族共同体意识“千场万人”大宣讲活动",
      kind: "activity_series",
      issuer: { level: "county", regionCode: "370103", name: "市中区" },
      regionCode: "370103",
    },
    {
      id: "foundation-project",
      name: "青少年“筑基”工程",
      kind: "project",
      issuer: { level: "county", regionCode: "370103", name: "市中区" },
      regionCode: "370103",
    },
    {
      id: "four-into-venues",
      name: "宗教活动场所“四进”活动",
      kind: "activity_series",
      issuer: { level: "county", regionCode: "370103", name: "市中区" },
      regionCode: "370103",
    },
    {
      id: "culture-series",
      name: "“拾·享市中 花·漾生活”主题文化活动",
      kind: "activity_series",
      issuer: { level: "county", regionCode: "370103", name: "市中区" },
      regionCode: "370103",
      period: "2023",
    },
    {
      id: "harmony-project",
      name: "民族团结进步“和融工程”",
      kind: "project",
      issuer: { level: "county", regionCode: "370103", name: "市中区" },
      regionCode: "370103",
      // The article builds these carriers under the 和融工程, not under the brand.
      components: [
        {
          id: "embedded-communities",
          name: "互嵌式示范社区",
          carriers: [
            {
              kind: "other",
              name: "互嵌式示范社区",
              count: quoted("互嵌式示范社区25处", 25, "处"),
            },
          ],
        },
        { name: "“邻居节”“结对子”“心连心”“一家亲”民族联谊活动" },
        {
          id: "youth-exchange",
          name: "各族青少年交流活动",
          carriers: [
            {
              kind: "study_base",
              name: "博物馆研学基地",
              count: quoted("博物馆研学基地10处", 10, "处"),
            },
            {
              kind: "education_base",
              name: "中小学社会实践暨传统文化体验基地",
              count: quoted("传统文化体验基地25处", 25, "处"),
            },
          ],
        },
      ],
    },
  ],
  activities: [
    {
      id: "writing-gathering",
      name: "民族团结主题笔会",
      campaignId: "brand-action",
      period: "2023",
      regionCodes: ["370103"],
      modality: "offline",
    },
    {
      id: "first-lesson",
      name: "民族团结第一课",
      campaignId: "brand-action",
      period: "2023",
      regionCodes: ["370103"],
      modality: "offline",
    },
    {
      id: "new-journey-publicity",
      name: "“圆聚市中石榴红奋楫扬帆新征程”主题宣传活动",
      campaignId: "brand-action",
      period: "2023",
      regionCodes: ["370103"],
      modality: "offline",
    },
    {
      id: "yufu-river-festival",
      name: "玉符河文化旅游节·乡村美食嘉年华",
      campaignId: "culture-series",
      period: "2023",
      regionCodes: ["370103"],
      modality: "offline",
    },
    {
      id: "shizhong-hike",
      name: "乐享市中万人徒步游",
      campaignId: "culture-series",
      period: "2023",
      regionCodes: ["370103"],
      modality: "offline",
    },
    {
      id: "red-plays",
      name: "红色实景剧《英雄山》、红色京剧《邓恩铭》集中展演",
      campaignId: "culture-series",
      period: "2023",
      regionCodes: ["370103"],
      modality: "offline",
    },
    {
      id: "linxia-study-trip",
      name: "泉河主题研学活动",
      campaignId: "harmony-project",
      period: "2023",
      // 甘肃临夏回族自治州.
      regionCodes: ["370103", "622900"],
      modality: "offline",
      // 实验初中、十四中学、泉海学校的师生.
      participants: quoted("近200名师生", 200, "名", "nearly"),
    },
    {
      id: "legal-study-month-launch",
      name: "山东省暨济南市民族宗教政策法规学习月活动启动仪式",
      period: "2023",
      regionCodes: ["370103"],
      modality: "offline",
    },
  ],
  agreements: [],
  designations: [
    {
      id: "provincial-advanced-collective",
      title: "山东省民族宗教系统先进集体",
      kind: "model_collective",
      level: "provincial",
      recipient: { type: "region", name: "市中区", regionCode: "370103" },
    },
  ],
  indicators: [
    {
      ...indicator("minority_groups", "少数民族成分数", "minority groups", "个", "last"),
      // Two streets with 回族 residents have one group between them, not two: never summed.
      aggregation: "none" as const,
    },
    indicator(
      "demonstration_streets",
      "民族团结进步示范单位(街道)",
      "demonstration units: streets",
      "个",
      "last",
    ),
    indicator(
      "demonstration_communities",
      "民族团结进步示范单位(社区、村)",
      "demonstration units: communities and villages",
      "个",
      "last",
    ),
    indicator(
      "demonstration_other_units",
      "民族团结进步示范单位(其他单位)",
      "demonstration units: other units",
      "个",
      "last",
    ),
    indicator("inspection_visits", "各级领导考察调研次数", "inspection visits", "次", "sum"),
    indicator("responsible_streets", "细化创建责任的街道数", "streets with duties", "个", "last"),
    indicator(
      "responsible_departments",
      "细化创建责任的部门数",
      "departments with duties",
      "个",
      "last",
    ),
    indicator("work_team_members", "三级工作队伍人数", "work team members", "人", "last"),
    indicator(
      "culture_categories",
      "主题文化活动类别数",
      "cultural activity categories",
      "大类",
      "sum",
    ),
    indicator("culture_items", "主题文化活动项数", "cultural activity items", "项", "sum"),
    indicator("culture_events", "主题文化活动场次", "cultural events held", "场次", "sum"),
    indicator("activities_held", "活动次数", "activities held", "次", "sum"),
    indicator("activity_participants", "参与活动的各族群众", "participants", "名", "sum"),
    indicator("study_courses", "校外研学课程项数", "study courses", "项", "sum"),
    indicator(
      "business_sites",
      "帮助少数民族流动人口创业选址",
      "business sites found",
      "处",
      "sum",
    ),
    indicator("counselling_sessions", "心理疏导次数", "counselling sessions", "次", "sum"),
    indicator("legal_education_events", "普法活动次数", "legal education events", "次", "sum"),
  ],
  observations: [
    observe(
      "minority_groups",
      publishedOn,
      { value: 43, unit: "个", comparator: "eq" },
      "少数民族43个",
    ),
    observe(
      "minority_population",
      publishedOn,
      { value: 43000, unit: "人", comparator: "gt" },
      "4.3万余人",
    ),
    observe(
      "demonstration_streets",
      publishedOn,
      { value: 3, unit: "个", comparator: "eq" },
      "3个街道",
    ),
    observe(
      "demonstration_communities",
      publishedOn,
      { value: 12, unit: "个", comparator: "eq" },
      "12个社区(村)",
    ),
    observe(
      "demonstration_other_units",
      publishedOn,
      { value: 5, unit: "个", comparator: "eq" },
      "5个单位",
    ),
    observe(
      "inspection_visits",
      "2023",
      { value: 17, unit: "次", comparator: "eq" },
      "考察调研17次",
    ),
    observe(
      "responsible_streets",
      publishedOn,
      { value: 17, unit: "个", comparator: "eq" },
      "细化17个街道",
    ),
    observe(
      "responsible_departments",
      publishedOn,
      { value: 33, unit: "个", comparator: "eq" },
      "33个部门",
    ),
    observe(
      "work_team_members",
      publishedOn,
      { value: 230, unit: "人", comparator: "eq" },
      "230人",
    ),
    observe(
      "training_sessions",
      publishedOn,
      { value: 17, unit: "期", comparator: "eq" },
      "专题培训班17期",
    ),
    observe(
      "culture_categories",
      "2023",
      { value: 10, unit: "大类", comparator: "eq" },
      "10大类",
      culture,
    ),
    observe(
      "culture_items",
      "2023",
      { value: 83, unit: "项", comparator: "eq" },
      "83项活动",
      culture,
    ),
    observe(
      "culture_events",
      "2023",
      { value: 20, unit: "场次", comparator: "gt" },
      "活动20余场次",
      culture,
    ),
    observe(
      "activities_held",
      "2023",
      { value: 300, unit: "次", comparator: "gt" },
      "累计开展活动300余次",
    ),
    observe(
      "activity_participants",
      "2023",
      { value: 50000, unit: "名", comparator: "gt" },
      "5万余名各族群众",
    ),
    observe(
      "study_courses",
      publishedOn,
      { value: 20, unit: "项", comparator: "gt" },
      "研学课程20余项",
      youth,
    ),
    observe(
      "business_sites",
      publishedOn,
      { value: 13, unit: "处", comparator: "eq" },
      "创业选址13处",
    ),
    observe(
      "jobs_assisted",
      publishedOn,
      { value: 600, unit: "人", comparator: "gt" },
      "协助就业600余人",
    ),
    observe(
      "counselling_sessions",
      publishedOn,
      { value: 20, unit: "次", comparator: "gt" },
      "心理疏导20余次",
    ),
    observe(
      "legal_education_events",
      "2023",
      { value: 20, unit: "次", comparator: "gt" },
      "普法活动20余次",
    ),
  ],
};

/** The 济南市市中区 2023 case study. */
export const jinanShizhong2023: CaseStudy = {
  slug: "jinan-shizhong-2023",
  name: "济南市中区 2023",
  article: "examples/articles/jinan-shizhong-2023.txt",
  body: { start: "党建引领画好民族团结“同心圆”", end: "(文/图本报记者刘阳通讯员刘家辉)" },
  report: jinanShizhong2023Report,
  notFigures: [
    {
      text: "在17个街道",
      reason: "细化17个街道 again: the 25 embedded communities are spread over all the streets",
    },
  ],
  metrics: [
    {
      kind: "total",
      label: "民族团结进步示范单位",
      indicatorIds: [
        "demonstration_streets",
        "demonstration_communities",
        "demonstration_other_units",
      ],
    },
    {
      kind: "agrees",
      label: "细化责任的街道 = 全区街道",
      left: { indicatorId: "responsible_streets" },
      right: { regionsUnder: "370103", level: "township" },
    },
    {
      kind: "coverage",
      label: "街道中的民族团结进步示范单位",
      covered: { indicatorId: "demonstration_streets" },
      total: { regionsUnder: "370103", level: "township" },
    },
  ],
};
