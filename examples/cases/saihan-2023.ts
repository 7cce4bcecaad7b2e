// 赛罕区 (呼和浩特市, 150105), 2023: the 赛出石榴红 brand, the 三项计划 carried out locally,
// two cloud exchanges with 广西 and the agreements signed with three partner counties.
import type { ReportInput } from "../../src/index";
import { type CaseStudy, quoted } from "./case-study";

// The three 共建协议 signed online on 2023-09-27 with counterparts in 西乡塘区: the same terms,
// another signer each.
const xixiangtangAgreement = (id: string, name: string, unitId: string, regionCode: string) => ({
  id,
  title: "共建协议",
  kind: "co_construction" as const,
  parties: [
    { name, unitId, regionCode },
    { name: "西乡塘区相关单位", regionCode: "450107" },
  ],
  signedOn: "2023-09-27",
  signing: "online" as const,
  commitments: ["实现互帮互助互通、共建共创共赢", "广泛开展多领域多层面的交流活动"],
  activityId: "xixiangtang-cloud-exchange",
});

/** The article as a report. */
export const saihan2023Report: ReportInput = {
  id: "saihan-2023",
  title: "赛罕区:手抓“民族团结+” 共开区域联动花",
  regionCode: "150105",
  // The page leaves its date blank; both exchanges it reports are named 2023年.
  period: "2023",
  source: { title: "赛罕区:手抓“民族团结+” 共开区域联动花", publisher: "新赛罕V" },
  regions: [
    // 统计用区划代码 2023: 曙光村民委员会, 金河镇, 赛罕区.
    { code: "150105104225", name: "曙光村", level: "village" },
  ],
  units: [
    { id: "saihan-united-front", name: "赛罕区统战部", kind: "agency", regionCode: "150105" },
    { id: "binyang-united-front", name: "宾阳县统战部", kind: "agency", regionCode: "450126" },
    {
      id: "saihan-ethnic-affairs",
      name: "赛罕区民族事务委员会",
      kind: "agency",
      regionCode: "150105",
    },
    {
      id: "rongjiang-ethnic-religious-affairs",
      name: "榕江县民族宗教事务局",
      kind: "agency",
      regionCode: "522632",
    },
    // Its code is not certain from the name alone (赛罕区 has a 前进社区, not a 前进巷社区),
    // so it stays at the district's code.
    { id: "qianjinxiang-community", name: "前进巷社区", kind: "community", regionCode: "150105" },
    { id: "shuguang-village", name: "曙光村", kind: "village", regionCode: "150105104225" },
    { id: "juhua-primary-school", name: "巨华小学", kind: "school", regionCode: "150105" },
  ],
  brands: [
    {
      id: "saichu-shiliuhong",
      name: "赛出石榴红",
      regionCode: "150105",
      carriers: [
        // Part of the brand too; the article gives no count for it.
        { kind: "volunteer_team", name: "石榴红赛罕志愿服务队" },
        {
          kind: "home",
          name: "红石榴赛罕家园",
          count: quoted("红石榴赛罕家园9个", 9, "个"),
        },
        {
          kind: "station",
          name: "石榴红赛罕驿站",
          count: quoted("石榴红赛罕驿站110个", 110, "个"),
        },
        {
          kind: "lecture_hall",
          name: "石榴红铸牢中华民族共同体意识学习讲堂",
          count: quoted("学习讲堂223个", 223, "个"),
        },
        // Not the sum of the three above (9 + 110 + 223 = 342): a fourth kind of its own.
        { kind: "other", name: "各类基层阵地", count: quoted("各类基层阵地227个", 227, "个") },
      ],
    },
  ],
  campaigns: [
    {
      id: "three-plans",
      name: "三项计划",
      kind: "plan",
      issuer: { level: "national", name: "国家民委等部委" },
      regionCode: "150105",
      components: [
        { name: "旅游促进各民族交往交流交融计划" },
        { name: "各族青少年交流计划" },
        { name: "各族群众互嵌式发展计划" },
      ],
    },
    {
      id: "three-plans-saihan",
      name: "贯彻落实“三项计划”赛罕区具体重点工作任务安排",
      kind: "plan",
      issuer: { level: "county", regionCode: "150105", name: "赛罕区" },
      regionCode: "150105",
      parentId: "three-plans",
    },
    {
      id: "demonstration-region-plan",
      name: "创建全国民族团结进步示范区工作方案",
      kind: "plan",
      issuer: { level: "county", regionCode: "150105", name: "赛罕区" },
      regionCode: "150105",
    },
    {
      id: "unity-plus",
      name: "民族团结+",
      kind: "action",
      issuer: { level: "county", regionCode: "150105", name: "赛罕区" },
      regionCode: "150105",
      components: [{ name: "民族团结+区域联动" }],
    },
  ],
  activities: [
    {
      id: "binyang-cloud-exchange",
      name: "“壮族三月三宾阳·赛罕心连心”——2023年内蒙古呼和浩特市赛罕区·广西南宁市宾阳县少年儿童云交流暨民族政策宣传月活动",
      campaignId: "unity-plus",
      date: "2023-04-26",
      regionCodes: ["150105", "450126"],
      modality: "online",
      // 两地各族学生代表: the students who sang 《爱我中华》 together.
      participants: quoted("近4000人", 4000, "人", "nearly"),
      onlineViewers: quoted("在线观看人数达5万余人", 50000, "人", "gt"),
      pageViews: quoted("全网浏览量超62.5万人次", 625000, "人次", "gt"),
    },
    {
      id: "xixiangtang-cloud-exchange",
      name: "“广蒙·西赛同心 携手团结共奋进”——2023年内蒙古呼和浩特市赛罕区·广西南宁市西乡塘区全方位云交流暨民族团结进步活动",
      campaignId: "unity-plus",
      date: "2023-09-27",
      regionCodes: ["150105", "450107"],
      modality: "online",
    },
  ],
  agreements: [
    // The article says the two places' 统战部 and schools signed both agreements together.
    {
      id: "binsai-co-construction",
      title: "宾赛同心民族团结进步创建共建协议",
      kind: "co_construction",
      parties: [
        { name: "赛罕区统战部", unitId: "saihan-united-front", regionCode: "150105" },
        { name: "宾阳县统战部", unitId: "binyang-united-front", regionCode: "450126" },
        { name: "赛罕区学校", regionCode: "150105" },
        { name: "宾阳县学校", regionCode: "450126" },
      ],
      signedOn: "2023-04-26",
      // Signed at the cloud exchange, which was held online.
      signing: "online",
      commitments: [
        "依托双方的铸牢中华民族共同体意识教育实践基地、民族团结进步宣传教育基地等载体,推动在各族青少年中构筑中华民族共有精神家园",
      ],
      activityId: "binyang-cloud-exchange",
    },
    {
      id: "hand-in-hand-pairing",
      title: "“手拉手、心连心”结对子交流合作协议",
      kind: "pairing",
      parties: [
        { name: "赛罕区统战部", unitId: "saihan-united-front", regionCode: "150105" },
        { name: "宾阳县统战部", unitId: "binyang-united-front", regionCode: "450126" },
        { name: "赛罕区学校", regionCode: "150105" },
        { name: "宾阳县学校", regionCode: "450126" },
      ],
      signedOn: "2023-04-26",
      signing: "online",
      commitments: ["让青少年成为铸牢中华民族共同体意识的坚定践行者、宣传者"],
      activityId: "binyang-cloud-exchange",
    },
    {
      id: "saixi-joint-creation",
      title: "赛西同心 民族团结进步联创共建协议",
      kind: "joint_creation",
      parties: [
        { name: "赛罕区", regionCode: "150105" },
        { name: "西乡塘区", regionCode: "450107" },
      ],
      signedOn: "2023-09-27",
      // 云签署.
      signing: "online",
      commitments: [],
      activityId: "xixiangtang-cloud-exchange",
    },
    // 前进巷社区、曙光村、巨华小学 each signed a 共建协议 with its counterpart in 西乡塘区,
    // whose names the article does not give.
    xixiangtangAgreement(
      "qianjinxiang-community-co-construction",
      "前进巷社区",
      "qianjinxiang-community",
      "150105",
    ),
    xixiangtangAgreement(
      "shuguang-village-co-construction",
      "曙光村",
      "shuguang-village",
      "150105104225",
    ),
    xixiangtangAgreement(
      "juhua-primary-school-co-construction",
      "巨华小学",
      "juhua-primary-school",
      "150105",
    ),
    {
      id: "rongsai-joint-creation",
      title: "“贵蒙·榕赛同心”民族团结进步联创共建协议书",
      kind: "joint_creation",
      parties: [
        { name: "赛罕区民族事务委员会", unitId: "saihan-ethnic-affairs", regionCode: "150105" },
        {
          name: "榕江县民族宗教事务局",
          unitId: "rongjiang-ethnic-religious-affairs",
          regionCode: "522632",
        },
      ],
      // The article gives neither the day nor the manner of signing: both are left out.
      commitments: [
        "深入推进跨区域联创共建工作",
        "积极开展三项交流计划",
        "搭建便捷高效的用工平台和创业平台",
        "联合打造榕赛乡村特色旅游品牌",
      ],
    },
  ],
  designations: [],
  indicators: [],
  observations: [
    {
      indicatorId: "awareness_rate",
      regionCode: "150105",
      period: "2023",
      value: { value: 99, unit: "%", comparator: "eq", quote: "知晓率达99%" },
      status: "A",
    },
  ],
};

/** The 赛罕区 2023 case study. */
export const saihan2023: CaseStudy = {
  slug: "saihan-2023",
  name: "赛罕区 2023",
  article: "examples/articles/saihan-2023.txt",
  body: { start: "赛罕区紧扣铸牢中华民族共同体意识", end: "为全方位建设模范自治区贡献力量。" },
  report: saihan2023Report,
  notFigures: [],
  metrics: [
    { kind: "rate", label: "铸牢中华民族共同体意识工作知晓率", indicatorId: "awareness_rate" },
  ],
};
