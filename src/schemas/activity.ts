import * as z from "zod";
import { ActivityIdSchema, CampaignIdSchema } from "./ids";
import { activityModalities } from "./labels/activity";
import { patterns, refinementMessages } from "./messages";
import { IsoDateSchema, PeriodKeySchema } from "./period";
import { ReportedQuantitySchema } from "./quantity";
import { RegionCodeSchema } from "./region";

/**
 * An activity (活动), held on a `date` or over a `period` (at most one of the two; neither when the
 * source does not date it), in one or more regions. Its figures carry the words they were read
 * from (`participants.quote`).
 *
 * @category schemas
 * @example
 * ```ts
 * const activity = ActivitySchema.parse({
 *   id: "cloud-exchange",
 *   name: "少年儿童云交流",
 *   date: "2023-04-26",
 *   regionCodes: ["150105", "450126"],
 *   modality: "online",
 *   participants: { value: 4000, unit: "人", comparator: "nearly" },
 * });
 * activity.participants //=> { value: 4000, unit: "人", comparator: "nearly" }
 * ```
 */
export const ActivitySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: ActivityIdSchema,
      name: z
        .string()
        .regex(patterns.non_blank)
        .max(500)
        .meta({ title: "活动名称", description: "The activity's name." }),
      campaignId: CampaignIdSchema.exactOptional().meta({
        title: "所属行动",
        description: "The campaign the activity belongs to.",
      }),
      date: IsoDateSchema.exactOptional().meta({
        title: "日期",
        description: "The day the activity was held; give this or period, or neither when undated.",
      }),
      period: PeriodKeySchema.exactOptional().meta({
        title: "统计期",
        description:
          "The period the activity ran over; give this or date, or neither when undated.",
      }),
      regionCodes: z.array(RegionCodeSchema).min(1).readonly().meta({
        title: "举办地区",
        description: "The regions that held the activity, at least one.",
      }),
      modality: z.enum(activityModalities).meta({
        title: "形式",
        description: "offline 线下, online 线上 (云交流) or hybrid.",
      }),
      participants: ReportedQuantitySchema.exactOptional().meta({
        title: "参与人数",
        description: "How many took part, such as 近4000人.",
      }),
      onlineViewers: ReportedQuantitySchema.exactOptional().meta({
        title: "在线观看人数",
        description: "How many watched online, such as 5万余人.",
      }),
      pageViews: ReportedQuantitySchema.exactOptional().meta({
        title: "浏览量",
        description: "Page views across the web, such as 超62.5万人次.",
      }),
    })
    .check((payload) => {
      // A raw check rather than superRefine: it runs once per activity, and a report has many.
      const activity = payload.value;
      if (activity.date !== undefined && activity.period !== undefined) {
        payload.issues.push({
          code: "custom",
          input: activity,
          path: ["period"],
          message: refinementMessages.date_and_period["zh-CN"],
          params: { reason: "date_and_period" },
        });
      }
    })
    .readonly()
    .meta({
      title: "活动",
      description: "An activity held on a date or over a period, or undated.",
      // The refinement above, as JSON Schema says it: not both.
      not: { required: ["date", "period"] },
    }))();

/**
 * An activity as parsed by {@link ActivitySchema}.
 *
 * @category schemas
 */
export type Activity = z.output<typeof ActivitySchema>;

/**
 * An activity as submitted to {@link ActivitySchema}.
 *
 * @category schemas
 */
export type ActivityInput = z.input<typeof ActivitySchema>;
