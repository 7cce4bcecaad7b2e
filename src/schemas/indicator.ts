import * as z from "zod";
import { IndicatorIdSchema } from "./ids";
import { aggregations, indicatorKinds, temporalAggregations } from "./labels/indicator";
import { patterns } from "./messages";

/**
 * An {@link Indicator} (指标) as data: its name, what kind of figure it is, its unit, and how its
 * figures combine across regions (`aggregation`) and across periods (`temporal`).
 *
 * @category schemas
 * @example
 * ```ts
 * IndicatorSchema.parse({
 *   id: "gdp",
 *   name: { "zh-CN": "地区生产总值", en: "gross regional product" },
 *   kind: "amount",
 *   unit: "元",
 *   aggregation: "sum",
 * }).aggregation //=> "sum"
 * ```
 */
export const IndicatorSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: IndicatorIdSchema,
      name: z
        .strictObject({
          "zh-CN": z.string().regex(patterns.non_blank).max(200).meta({
            title: "中文名称",
            description: "The simplified-Chinese name, such as 知晓率.",
          }),
          "zh-TW": z.string().regex(patterns.non_blank).max(200).exactOptional().meta({
            title: "繁体名称",
            description: "The traditional-Chinese name, such as 知曉率.",
          }),
          en: z
            .string()
            .regex(patterns.non_blank)
            .max(200)
            .exactOptional()
            .meta({ title: "英文名称", description: "The English name, such as awareness rate." }),
        })
        .readonly()
        .meta({ title: "指标名称", description: "The indicator's name." }),
      kind: z.enum(indicatorKinds).meta({
        title: "指标类型",
        description: "count 计数, amount 金额, ratio 比率 or growth 增速.",
      }),
      unit: z.string().min(1).max(20).exactOptional().meta({
        title: "计量单位",
        description: "The unit its figures are counted in: 人, 元, %.",
      }),
      aggregation: z.enum(aggregations).meta({
        title: "汇总方式",
        description:
          "How child regions combine: sum, ratio (sum of numerators over sum of denominators), max, min, none.",
      }),
      temporal: z.enum(temporalAggregations).exactOptional().meta({
        title: "跨期方式",
        description: "How periods combine: sum (flows), last (stocks) or none.",
      }),
    })
    .readonly()
    .meta({ title: "指标", description: "An indicator: what a figure measures." }))();

/**
 * An indicator as submitted to {@link IndicatorSchema}.
 *
 * @category schemas
 */
export type IndicatorInput = z.input<typeof IndicatorSchema>;
