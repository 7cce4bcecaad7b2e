import * as z from "zod";
import { CarrierSchema } from "./brand";
import { CampaignIdSchema, ComponentIdSchema, IndicatorIdSchema } from "./ids";
import { campaignKinds, issuerLevels } from "./labels/campaign";
import { patterns } from "./messages";
import { PeriodKeySchema } from "./period";
import { ReportedQuantitySchema } from "./quantity";
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
      target: ReportedQuantitySchema.meta({
        title: "目标值",
        description: "The figure aimed at, with the words it was read from.",
      }),
      actual: ReportedQuantitySchema.exactOptional().meta({
        title: "完成值",
        description: "The figure reached so far, with the words it was read from.",
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
 * A campaign (行动/计划/工程) such as 三项计划, 九个一百, 四抓四促 or 五项行动, with its components:
 * each with its targets, the carriers (阵地) built under it, and the claims the source makes of it
 * without a number (`statements`, in their exact words).
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
 *
 * const framework = CampaignSchema.parse({
 *   id: "three-fronts",
 *   name: "三大宣传阵地",
 *   kind: "framework",
 *   issuer: { level: "county" },
 *   components: [{
 *     id: "physical-fronts",
 *     name: "实体阵地",
 *     carriers: [{ kind: "signboard", name: "宣传栏", count: { value: 31, unit: "处", quote: "宣传栏31处" } }],
 *     statements: ["覆盖县、乡、村三级"],
 *   }],
 * });
 * framework.components[0]?.carriers[0]?.count?.quote //=> "宣传栏31处"
 * framework.components[0]?.statements //=> ["覆盖县、乡、村三级"]
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
          name: z.string().regex(patterns.non_blank).max(200).exactOptional().meta({
            title: "发文单位",
            description:
              "The issuing body, such as 国家民委; absent when the source does not name it.",
          }),
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
              id: ComponentIdSchema.exactOptional().meta({
                title: "分项编号",
                description:
                  "The component's id, unique in the report, when another record names it.",
              }),
              name: z.string().regex(patterns.non_blank).max(200).meta({
                title: "分项名称",
                description: "The component's name, such as 铸魂行动.",
              }),
              targets: z
                .array(TargetSchema)
                .readonly()
                .default([])
                .meta({ title: "目标", description: "The component's targets." }),
              carriers: z.array(CarrierSchema).readonly().default([]).meta({
                title: "阵地",
                description:
                  "The carriers built under the component, such as the 实体阵地 of 三大宣传阵地.",
              }),
              statements: z
                .array(z.string().regex(patterns.non_blank).max(2000))
                .readonly()
                .default([])
                .meta({
                  title: "表述",
                  description:
                    "Claims the source makes without a number, each in its exact words, such as 覆盖县、乡、村三级.",
                }),
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
