// One report per built-in rule that breaks it, drawn from the rules' own tests, so every rule's
// message can be read in every locale.
import type { ReportInput } from "../../src/schemas/report";
import { type Mutable, sampleReport } from "./fixtures";

type Report = Mutable<ReportInput>;

const museum = {
  id: "museum",
  title: "全国民族团结进步示范单位",
  kind: "demonstration_unit",
  level: "national",
  recipient: { type: "unit", name: "中国人民抗日战争纪念馆", regionCode: "110106" },
  batch: 11,
  namedOn: "2024-01-16",
  year: 2024,
  termYears: 5,
  authority: "国家民委",
} as const;

const bare = (rest: Record<string, unknown>): unknown => ({
  id: "r",
  title: "报告",
  regionCode: "150105",
  period: "2023",
  ...rest,
});

function sampleWith(change: (report: Report) => void): unknown {
  const report = structuredClone(sampleReport()) as Report;
  change(report);
  return report;
}

const observation = (
  indicatorId: string,
  regionCode: string,
  period: string,
  value: { readonly value: number; readonly unit: string },
) => ({
  indicatorId,
  regionCode,
  period,
  value,
});

/** A report breaking each rule, by the code the rule gives. */
export const ruleTriggers: readonly (readonly [string, unknown])[] = [
  [
    "AGREEMENT_PARTIES",
    sampleWith((r) => {
      const party = r.agreements?.[0]?.parties[0];
      if (party !== undefined) r.agreements?.[0]?.parties.push({ ...party });
    }),
  ],
  [
    "CHILDREN_EXCEED_PARENT",
    bare({
      regionCode: "150100",
      observations: [
        observation("demonstration_units", "150100", "2023", { value: 10, unit: "个" }),
        observation("demonstration_units", "150105", "2023", { value: 6, unit: "个" }),
        observation("demonstration_units", "150102", "2023", { value: 7, unit: "个" }),
      ],
    }),
  ],
  [
    "DATE_OUTSIDE_PERIOD",
    sampleWith((r) => {
      const activity = r.activities?.[0];
      if (activity !== undefined) activity.date = "2021-05-01";
    }),
  ],
  [
    "DESIGNATION_DATE",
    sampleWith((r) => {
      r.designations?.push({
        id: "d-2150",
        title: "全国民族团结进步示范区",
        kind: "demonstration_region",
        level: "national",
        recipient: { type: "region", name: "赛罕区", regionCode: "150105" },
        year: 2150,
      });
    }),
  ],
  [
    "DESIGNATION_EXPIRY",
    bare({
      regionCode: "110106",
      period: "2024",
      designations: [{ ...museum, expiresOn: "2028-01-15" }],
    }),
  ],
  [
    "DESIGNATION_STATUS",
    bare({
      regionCode: "110106",
      period: "2030",
      designations: [{ ...museum, status: "in_force" }],
    }),
  ],
  [
    "DESIGNATION_PREREQUISITE",
    bare({
      regionCode: "150203",
      period: "2024",
      designations: [
        {
          id: "d1",
          title: "全国民族团结进步示范单位",
          kind: "demonstration_unit",
          level: "national",
          recipient: { type: "unit", name: "市府东路街道阿1#社区", regionCode: "150203010001" },
        },
      ],
    }),
  ],
  [
    "DESIGNATION_RECIPIENT",
    sampleWith((r) => {
      r.designations?.push({
        id: "d-person",
        title: "全国民族团结进步示范单位",
        kind: "demonstration_unit",
        level: "national",
        recipient: { type: "person", name: "张三", regionCode: "150105" },
      });
    }),
  ],
  [
    "DUPLICATE_ID",
    sampleWith((r) => {
      const unit = r.units?.[0];
      if (unit !== undefined) r.units?.push({ ...unit });
    }),
  ],
  [
    "GROWTH_MISMATCH",
    bare({
      regionCode: "150102",
      observations: [
        observation("gross_domestic_product", "150102", "2023-H1", {
          value: 36310000000,
          unit: "元",
        }),
        observation("gross_domestic_product", "150102", "2022-H1", {
          value: 34030000000,
          unit: "元",
        }),
        {
          ...observation("growth_rate", "150102", "2023-H1", { value: 9.7, unit: "%" }),
          growthOf: "gross_domestic_product",
        },
      ],
    }),
  ],
  [
    "GROWTH_WITHOUT_BASE",
    sampleWith((r) => {
      r.observations?.push(observation("growth_rate", "150105", "2023", { value: 6.7, unit: "%" }));
    }),
  ],
  [
    "INVALID_COUNT",
    sampleWith((r) => {
      const activity = r.activities?.[0];
      if (activity !== undefined) activity.onlineViewers = { value: 2.5, unit: "人" };
    }),
  ],
  [
    "NO_REGION_INDEX",
    sampleWith((r) => {
      const unit = r.units?.[1];
      if (unit !== undefined) unit.regionCode = "620799";
    }),
  ],
  [
    "PERCENT_OUT_OF_RANGE",
    bare({
      observations: [observation("awareness_rate", "150105", "2023", { value: 109, unit: "%" })],
    }),
  ],
  [
    "PUBLICATION_DATE",
    sampleWith((r) => {
      r.publishedOn = "2031-01-05";
    }),
  ],
  [
    "QUOTE_MISMATCH",
    sampleWith((r) => {
      const activity = r.activities?.[0];
      if (activity !== undefined) {
        activity.participants = {
          value: 5000,
          unit: "人",
          comparator: "nearly",
          quote: "近4000人",
        };
      }
    }),
  ],
  [
    "QUOTE_NOT_IN_SOURCE",
    sampleWith((r) => {
      r.source = { title: "赛罕区", text: "全区群众对民族团结进步创建工作的知晓率达98%。" };
    }),
  ],
  [
    "RATIO_EXCEEDS_WHOLE",
    bare({
      observations: [
        {
          indicatorId: "coverage_rate",
          regionCode: "150105",
          period: "2023",
          numerator: { value: 120, unit: "个" },
          denominator: { value: 100, unit: "个" },
        },
      ],
    }),
  ],
  [
    "REPORT_REGIONS",
    sampleWith((r) => {
      r.regions?.push({ code: "620722001", name: "某镇", level: "township", parentCode: "620721" });
    }),
  ],
  [
    "UNIT_MISMATCH",
    sampleWith((r) => {
      const activity = r.activities?.[0];
      if (activity !== undefined) activity.participants = { value: 4000, unit: "元" };
    }),
  ],
  [
    "UNKNOWN_REFERENCE",
    sampleWith((r) => {
      const activity = r.activities?.[0];
      if (activity !== undefined) activity.campaignId = "no-such-campaign";
    }),
  ],
  [
    "UNKNOWN_REGION",
    sampleWith((r) => {
      const unit = r.units?.[1];
      if (unit !== undefined) unit.regionCode = "620799";
    }),
  ],
  [
    "UNQUOTED_FIGURE",
    sampleWith((r) => {
      r.source = { title: "赛罕区", text: "知晓率达99%，参与群众近4000人。" };
      const activity = r.activities?.[0];
      if (activity !== undefined) activity.participants = { value: 4000, unit: "人" };
    }),
  ],
];
