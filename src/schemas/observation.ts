import * as z from "zod";
import { IndicatorIdSchema } from "./ids";
import { aboutKinds, observationStatuses } from "./labels/observation";
import { refinementMessages } from "./messages";
import { PeriodKeySchema } from "./period";
import { ReportedQuantitySchema } from "./quantity";
import { RegionCodeSchema } from "./region";

/**
 * An observation (观测值): one indicator's figure for one region and period, given as a `value`
 * or as a `numerator` with a `denominator` (exactly one of the two forms). A growth rate names
 * the indicator it is the growth of in `growthOf`: 地区生产总值 363.1亿元、增速6.7% is two
 * observations, the second `{ indicatorId: "growth_rate", growthOf: "gross_domestic_product" }`.
 * The words a figure was read from sit on the figure (`value.quote`); `about` names the record
 * of the report the figure is tied to, when the source ties it to one (a carrier, an activity, a
 * campaign component).
 *
 * @category schemas
 * @example
 * ```ts
 * ObservationSchema.parse({
 *   indicatorId: "awareness_rate",
 *   regionCode: "150105",
 *   period: "2023",
 *   value: { value: 99, unit: "%", quote: "知晓率达99%" },
 * }).status //=> "A"
 * ObservationSchema.parse({
 *   indicatorId: "activity_sessions",
 *   regionCode: "150105",
 *   period: "2023",
 *   value: { value: 30, unit: "场次", comparator: "gt", quote: "开展宣讲30余场次" },
 *   about: { kind: "carrier", id: "mobile-fronts" },
 * }).about //=> { kind: "carrier", id: "mobile-fronts" }
 * ```
 */
export const ObservationSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      indicatorId: IndicatorIdSchema.meta({
        title: "指标",
        description: "The indicator: one of the report's indicators or a standard indicator.",
      }),
      growthOf: IndicatorIdSchema.exactOptional().meta({
        title: "增速所属指标",
        description:
          "For a growth rate, the indicator it is the growth of, such as gross_domestic_product for 地区生产总值增速.",
      }),
      regionCode: RegionCodeSchema.meta({
        title: "地区",
        description: "The code of the region the figure is for.",
      }),
      period: PeriodKeySchema.meta({
        title: "统计期",
        description: "The period the figure covers.",
      }),
      value: ReportedQuantitySchema.exactOptional().meta({
        title: "数值",
        description:
          "The figure as written, such as 99% or 5万余人, with the words it was read from.",
      }),
      numerator: ReportedQuantitySchema.exactOptional().meta({
        title: "分子",
        description: "The part, when the figure is given as a ratio of counts.",
      }),
      denominator: ReportedQuantitySchema.exactOptional().meta({
        title: "分母",
        description: "The whole, when the figure is given as a ratio of counts.",
      }),
      status: z.enum(observationStatuses).default("A").meta({
        title: "观测状态",
        description:
          "SDMX OBS_STATUS: A normal, E estimated, P provisional, F forecast, U low reliability.",
      }),
      about: z
        .strictObject({
          kind: z.enum(aboutKinds).meta({
            title: "记录类型",
            description:
              "brand 工作品牌, carrier 阵地, campaign 行动, component 分项, activity 活动, agreement 协议 or designation 命名表彰.",
          }),
          id: z.string().min(1).max(200).meta({
            title: "记录编号",
            description: "The id of that record in the report.",
          }),
        })
        .readonly()
        .exactOptional()
        .meta({
          title: "所属记录",
          description:
            "The record of the report the figure is tied to, such as the carrier whose sessions it counts.",
        }),
    })
    .check((payload) => {
      // A raw check rather than superRefine: it runs once per observation, and a report has many.
      const observation = payload.value;
      const hasValue = observation.value !== undefined;
      const hasNumerator = observation.numerator !== undefined;
      const hasDenominator = observation.denominator !== undefined;
      if (hasValue ? hasNumerator || hasDenominator : !(hasNumerator && hasDenominator)) {
        payload.issues.push({
          code: "custom",
          input: observation,
          path: hasValue ? ["value"] : hasNumerator ? ["denominator"] : ["value"],
          message: refinementMessages.value_xor_ratio["zh-CN"],
          params: { reason: "value_xor_ratio" },
        });
      }
    })
    .readonly()
    .meta({
      title: "观测值",
      description: "One indicator's figure for a region and period.",
      // The refinement above, as JSON Schema says it: a value, or a numerator with a denominator.
      oneOf: [
        {
          required: ["value"],
          not: { anyOf: [{ required: ["numerator"] }, { required: ["denominator"] }] },
        },
        { required: ["numerator", "denominator"], not: { required: ["value"] } },
      ],
    }))();

/**
 * An observation as submitted to {@link ObservationSchema}.
 *
 * @category schemas
 */
export type ObservationInput = z.input<typeof ObservationSchema>;
