import * as z from "zod";
import { CampaignIdSchema, IndicatorIdSchema } from "./ids";
import { campaignKinds, issuerLevels } from "./labels/campaign";
import { patterns } from "./messages";
import { PeriodKeySchema } from "./period";
import { QuantitySchema } from "./quantity";
import { RegionCodeSchema } from "./region";

/**
 * A target (目标) of a campaign component: what is aimed at, how much, and how much was done.
 *
 * @category schemas
 * @example
 * ```ts
 * TargetSchema.parse({ description: "百人宣讲团", target: { value: 100, unit: "人" } })
 * //=> { description: "百人宣讲团", target: { value: 100, unit: "人", comparator: "eq" } }
 * ```
 */
export const TargetSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      description: z
        .string()
        .regex(patterns.non_blank)
        .max(500)
        .meta({ title: "目标内容", description: "What the target is, such as 百人宣讲团." }),
      indicatorId: IndicatorIdSchema.exactOptional().meta({
        title: "指标",
        description: "The indicator the target is measured by, when it has one.",
      }),
      target: QuantitySchema.meta({ title: "目标值", description: "The figure aimed at." }),
      actual: QuantitySchema.exactOptional().meta({
        title: "完成值",
        description: "The figure reached so far.",
      }),
    })
    .readonly()
    .meta({ title: "目标", description: "A target of a campaign component." }))();

/**
 * A target as parsed by {@link TargetSchema}.
 *
 * @category schemas
 */
export type Target = z.output<typeof TargetSchema>;

/**
 * A target as submitted to {@link TargetSchema}.
 *
 * @category schemas
 */
export type TargetInput = z.input<typeof TargetSchema>;

/**
 * A campaign (行动/计划/工程) such as 三项计划, 九个一百, 四抓四促 or 五项行动, with its components.
 *
 * @category schemas
 * @example
 * ```ts
 * const campaign = CampaignSchema.parse({
 *   id: "five-actions",
 *   name: "五项行动",
 *   kind: "action",
 *   issuer: { level: "county", name: "新城区委" },
 *   regionCode: "150102",
 *   components: [{ name: "铸魂行动" }],
 * });
 * campaign.components[0]?.targets //=> []
 * ```
 */
export const CampaignSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: CampaignIdSchema,
      name: z
        .string()
        .regex(patterns.non_blank)
        .max(200)
        .meta({ title: "行动名称", description: "The campaign's name, such as 五项行动." }),
      kind: z.enum(campaignKinds).meta({
        title: "类型",
        description:
          "plan 计划, action 行动, project 工程, framework 工作框架, activity_series 系列活动.",
      }),
      issuer: z
        .strictObject({
          level: z.enum(issuerLevels).meta({
            title: "发文层级",
            description: "national, provincial, prefectural, county or township.",
          }),
          regionCode: RegionCodeSchema.exactOptional().meta({
            title: "发文地区",
            description: "The region of the issuing body; absent for national bodies.",
          }),
          name: z
            .string()
            .regex(patterns.non_blank)
            .max(200)
            .meta({ title: "发文单位", description: "The issuing body, such as 国家民委." }),
        })
        .readonly()
        .meta({ title: "发文单位", description: "Who issued the campaign." }),
      regionCode: RegionCodeSchema.exactOptional().meta({
        title: "实施地区",
        description:
          "The code of the region that carries the campaign out; absent when nationwide.",
      }),
      period: PeriodKeySchema.exactOptional().meta({
        title: "实施期",
        description: "The period the campaign runs over.",
      }),
      parentId: CampaignIdSchema.exactOptional().meta({
        title: "上级行动",
        description: "The campaign this one implements locally, such as a national plan.",
      }),
      components: z
        .array(
          z
            .strictObject({
              name: z.string().regex(patterns.non_blank).max(200).meta({
                title: "分项名称",
                description: "The component's name, such as 铸魂行动.",
              }),
              targets: z
                .array(TargetSchema)
                .readonly()
                .default([])
                .meta({ title: "目标", description: "The component's targets." }),
            })
            .readonly()
            .meta({ title: "分项", description: "A component of the campaign." }),
        )
        .readonly()
        .default([])
        .meta({ title: "分项", description: "The campaign's components." }),
    })
    .readonly()
    .meta({ title: "行动", description: "A campaign, plan, project or framework." }))();

/**
 * A campaign as parsed by {@link CampaignSchema}.
 *
 * @category schemas
 */
export type Campaign = z.output<typeof CampaignSchema>;

/**
 * A campaign as submitted to {@link CampaignSchema}.
 *
 * @category schemas
 */
export type CampaignInput = z.input<typeof CampaignSchema>;
