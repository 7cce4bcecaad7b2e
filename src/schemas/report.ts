import * as z from "zod";
import { ActivitySchema } from "./activity";
import { AgreementSchema } from "./agreement";
import { BrandSchema } from "./brand";
import { CampaignSchema } from "./campaign";
import { DesignationSchema } from "./designation";
import { ReportIdSchema } from "./ids";
import { IndicatorSchema } from "./indicator";
import { patterns } from "./messages";
import { ObservationSchema } from "./observation";
import { IsoDateSchema, PeriodKeySchema } from "./period";
import { RegionCodeSchema, RegionSchema } from "./region";
import { UnitSchema } from "./unit";

/**
 * A report (创建工作报告): one region's creation work over one period — its units, brands,
 * campaigns, activities, agreements, designations, and the figures it reports.
 *
 * Collections may be left out and read as empty. Cross-record checks (ids that must exist,
 * dates inside the period, figures that must agree) are made by `validateReport`.
 *
 * @category schemas
 * @example
 * ```ts
 * const report = ReportSchema.parse({
 *   id: "saihan-2023",
 *   title: "赛罕区：手抓“民族团结+” 共开区域联动花",
 *   regionCode: "150105",
 *   period: "2023",
 * });
 * report.activities //=> []
 * ```
 */
export const ReportSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: ReportIdSchema,
      title: z
        .string()
        .regex(patterns.non_blank)
        .max(500)
        .meta({ title: "报告标题", description: "The report's title." }),
      regionCode: RegionCodeSchema.meta({
        title: "报告地区",
        description: "The code of the region the report is about.",
      }),
      period: PeriodKeySchema.meta({
        title: "报告期",
        description: "The period the report covers.",
      }),
      publishedOn: IsoDateSchema.exactOptional().meta({
        title: "发布日期",
        description: "The day the report was published.",
      }),
      source: z
        .strictObject({
          title: z.string().regex(patterns.non_blank).max(500).exactOptional().meta({
            title: "来源标题",
            description: "The source's title; absent when the source has none or it is not known.",
          }),
          publisher: z
            .string()
            .regex(patterns.non_blank)
            .max(200)
            .exactOptional()
            .meta({ title: "发布者", description: "Who published it, such as 济南日报." }),
          url: z
            .string()
            .regex(patterns.url)
            .max(2000)
            .exactOptional()
            .meta({ title: "网址", description: "Where it was published (http or https)." }),
          text: z
            .string()
            .max(1_000_000)
            .exactOptional()
            .meta({ title: "原文", description: "The source's full text." }),
        })
        .readonly()
        .exactOptional()
        .meta({ title: "来源", description: "The article or document the report was read from." }),
      regions: z.array(RegionSchema).readonly().exactOptional().meta({
        title: "行政区划",
        description:
          "The regions the report names; with them, every region code must be listed here or in the region index passed to validateReport.",
      }),
      units: z
        .array(UnitSchema)
        .readonly()
        .default([])
        .meta({ title: "组织单位", description: "The units the report names." }),
      brands: z
        .array(BrandSchema)
        .readonly()
        .default([])
        .meta({ title: "工作品牌", description: "The work brands." }),
      campaigns: z
        .array(CampaignSchema)
        .readonly()
        .default([])
        .meta({ title: "行动", description: "The campaigns, plans and projects." }),
      activities: z
        .array(ActivitySchema)
        .readonly()
        .default([])
        .meta({ title: "活动", description: "The activities." }),
      agreements: z
        .array(AgreementSchema)
        .readonly()
        .default([])
        .meta({ title: "协议", description: "The agreements signed." }),
      designations: z
        .array(DesignationSchema)
        .readonly()
        .default([])
        .meta({ title: "命名表彰", description: "The designations and honours received." }),
      indicators: z.array(IndicatorSchema).readonly().default([]).meta({
        title: "指标",
        description: "Indicators the report defines; standard indicators need no definition.",
      }),
      observations: z
        .array(ObservationSchema)
        .readonly()
        .default([])
        .meta({ title: "观测值", description: "The figures the report gives." }),
    })
    .readonly()
    .meta({ title: "创建工作报告", description: "A report of ethnic unity creation work." }))();

/**
 * A report as parsed by {@link ReportSchema}.
 *
 * @category schemas
 */
export type Report = z.output<typeof ReportSchema>;

/**
 * A report as submitted to {@link ReportSchema}.
 *
 * @category schemas
 */
export type ReportInput = z.input<typeof ReportSchema>;
