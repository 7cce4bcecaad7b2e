import * as z from "zod";
import { IndicatorIdSchema } from "./ids";
import { observationStatuses } from "./labels/observation";
import { refinementMessages } from "./messages";
import { PeriodKeySchema } from "./period";
import { QuantitySchema } from "./quantity";
import { RegionCodeSchema } from "./region";

/**
 * An observation (观测值): one indicator's figure for one region and period, given as a `value`
 * or as a `numerator` with a `denominator` (exactly one of the two forms). A growth rate names
 * the indicator it is the growth of in `growthOf`: 地区生产总值 363.1亿元、增速6.7% is two
 * observations, the second `{ indicatorId: "growth_rate", growthOf: "gross_domestic_product" }`.
 *
 * @category schemas
 * @example
 * ```ts
 * ObservationSchema.parse({
 *   indicatorId: "awareness_rate",
 *   regionCode: "150105",
 *   period: "2023",
 *   value: { value: 99, unit: "%" },
 *   source: { quote: "知晓率达99%" },
 * }).status //=> "A"
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
      value: QuantitySchema.exactOptional().meta({
        title: "数值",
        description: "The figure as written, such as 99% or 5万余人.",
      }),
      numerator: QuantitySchema.exactOptional().meta({
        title: "分子",
        description: "The part, when the figure is given as a ratio of counts.",
      }),
      denominator: QuantitySchema.exactOptional().meta({
        title: "分母",
        description: "The whole, when the figure is given as a ratio of counts.",
      }),
      status: z.enum(observationStatuses).default("A").meta({
        title: "观测状态",
        description:
          "SDMX OBS_STATUS: A normal, E estimated, P provisional, F forecast, U low reliability.",
      }),
      source: z
        .strictObject({
          quote: z.string().min(1).max(2000).exactOptional().meta({
            title: "原文",
            description: "The words of the source the figure was read from, such as 知晓率达99%.",
          }),
        })
        .readonly()
        .exactOptional()
        .meta({ title: "出处", description: "Where the figure was read." }),
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
