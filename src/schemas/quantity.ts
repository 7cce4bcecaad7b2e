import * as z from "zod";
import { comparatorValues } from "../quantity/types";

/**
 * A {@link Comparator}: how a reported figure relates to its number (达, 约, 近, 余, 以上, 不足, 以下).
 *
 * @category schemas
 * @example
 * ```ts
 * ComparatorSchema.parse("gt") //=> "gt"
 * ```
 */
export const ComparatorSchema = /* @__PURE__ */ (() =>
  z.enum(comparatorValues).meta({
    title: "限定词",
    description:
      "How the true figure relates to the number: eq 达/共, approx 约/左右, nearly 近, gt 余/超过, gte 以上, lt 不足, lte 以下.",
  }))();

/**
 * A reported figure (数量) as a {@link Quantity}: a finite number in base units, an optional
 * measure word and a comparator that defaults to `"eq"`.
 *
 * @category schemas
 * @example
 * ```ts
 * QuantitySchema.parse({ value: 50000, unit: "人", comparator: "gt" }) //=> { value: 50000, unit: "人", comparator: "gt" }
 * QuantitySchema.parse({ value: 9, unit: "个" }) //=> { value: 9, unit: "个", comparator: "eq" }
 * ```
 */
export const QuantitySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      value: z.number().meta({
        title: "数值",
        description:
          "The number in base units (5万 is 50000); a percentage as written (6.7 for 6.7%).",
      }),
      unit: z.string().min(1).max(20).exactOptional().meta({
        title: "单位",
        description: "The simplified-Chinese measure word or symbol: 人, 人次, 个, 场次, 元, %.",
      }),
      comparator: ComparatorSchema.default("eq").meta({
        title: "限定词",
        description: "How the true figure relates to the number; eq when the writer gave none.",
      }),
    })
    .readonly()
    .meta({ title: "数量", description: "A reported figure with its unit and qualifier." }))();

/**
 * A quantity as submitted: `comparator` may be left out and reads as `"eq"`.
 *
 * @category schemas
 */
export type QuantityInput = z.input<typeof QuantitySchema>;
