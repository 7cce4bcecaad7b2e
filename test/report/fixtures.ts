// A small report drawn from the 赛罕区 2023 article, valid under every built-in rule, for tests to
// break one rule at a time.
import { createRegionIndex } from "../../src/region/create-region-index";
import type { RegionIndex } from "../../src/region/types";
import type { ReportInput } from "../../src/schemas/report";

/** A fresh copy of the sample report each call, so tests may change it freely. */
export function sampleReport(): ReportInput {
  return {
    id: "saihan-2023",
    title: "赛罕区：手抓“民族团结+” 共开区域联动花",
    regionCode: "150105",
    period: "2023",
    source: { title: "赛罕区:手抓“民族团结+” 共开区域联动花", publisher: "新赛罕V" },
    regions: [
      { code: "150000", name: "内蒙古自治区", level: "province" },
      { code: "150100", name: "呼和浩特市", level: "prefecture", parentCode: "150000" },
      { code: "150105", name: "赛罕区", level: "county", parentCode: "150100" },
      { code: "450000", name: "广西壮族自治区", level: "province" },
      { code: "450100", name: "南宁市", level: "prefecture", parentCode: "450000" },
      { code: "450126", name: "宾阳县", level: "county", parentCode: "450100" },
    ],
    units: [
      { id: "saihan-united-front", name: "赛罕区委统战部", kind: "agency", regionCode: "150105" },
      { id: "binyang-united-front", name: "宾阳县委统战部", kind: "agency", regionCode: "450126" },
    ],
    brands: [
      {
        id: "saihan-red",
        name: "赛出石榴红",
        regionCode: "150105",
        ownerUnitId: "saihan-united-front",
        carriers: [
          { kind: "home", name: "红石榴赛罕家园", count: { value: 9, unit: "个" } },
          { kind: "station", name: "石榴红赛罕驿站", count: { value: 110, unit: "个" } },
          {
            kind: "lecture_hall",
            name: "石榴红铸牢中华民族共同体意识学习讲堂",
            count: { value: 223, unit: "个" },
          },
        ],
      },
    ],
    campaigns: [
      {
        id: "three-plans",
        name: "三项计划",
        kind: "plan",
        issuer: { level: "national", name: "国家民委" },
      },
      {
        id: "saihan-three-plans",
        name: "贯彻落实“三项计划”赛罕区具体重点工作任务",
        kind: "plan",
        issuer: { level: "county", regionCode: "150105", name: "赛罕区" },
        regionCode: "150105",
        period: "2023",
        parentId: "three-plans",
      },
    ],
    activities: [
      {
        id: "cloud-exchange",
        name: "壮族三月三宾阳·赛罕心连心少年儿童云交流暨民族政策宣传月活动",
        campaignId: "saihan-three-plans",
        date: "2023-04-26",
        regionCodes: ["150105", "450126"],
        modality: "online",
        participants: { value: 4000, unit: "人", comparator: "nearly" },
        onlineViewers: { value: 50000, unit: "人", comparator: "gt" },
        pageViews: { value: 625000, unit: "人次", comparator: "gt" },
      },
    ],
    agreements: [
      {
        id: "binsai",
        title: "宾赛同心民族团结进步创建共建协议",
        kind: "co_construction",
        parties: [
          { name: "赛罕区委统战部", unitId: "saihan-united-front", regionCode: "150105" },
          { name: "宾阳县委统战部", unitId: "binyang-united-front", regionCode: "450126" },
        ],
        signedOn: "2023-04-26",
        signing: "online",
        activityId: "cloud-exchange",
      },
    ],
    designations: [],
    // 知晓率 is a standard indicator: the report names it without defining it.
    indicators: [],
    observations: [
      {
        indicatorId: "awareness_rate",
        regionCode: "150105",
        period: "2023",
        value: { value: 99, unit: "%", quote: "知晓率达99%" },
      },
    ],
  };
}

/** The sample report with `change` applied to a structured clone. */
export function sampleReportWith(change: (report: Mutable<ReportInput>) => void): ReportInput {
  const report = structuredClone(sampleReport()) as Mutable<ReportInput>;
  change(report);
  return report;
}

/** Strips `readonly` at every depth, so a test can edit a copy. */
export type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;

/** A region index of the sample report's own regions, so it validates with no warning. */
export function sampleRegionIndex(): RegionIndex {
  return createRegionIndex(sampleReport().regions ?? []);
}
