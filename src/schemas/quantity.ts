import * as z from "zod";
import { comparatorValues } from "../quantity/types";
import { refinementMessages } from "./messages";

/**
 * A {@link Comparator}: how a reported figure relates to its number (达, 约, 近, 余, 以上, 不足,
 * 以下, or a range such as 三四十).
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
      "How the true figure relates to the number: eq 达/共, approx 约/左右, nearly 近, gt 余/超过, gte 以上, lt 不足, lte 以下, range 三四十 (value to upper, both included).",
  }))();

/**
 * A reported figure (数量) as a {@link Quantity}: a finite number in base units, an optional
 * measure word, a comparator that defaults to `"eq"`, the upper end of a range (present exactly
 * when the comparator is `"range"`, and greater than `value`) and the written precision (a
 * positive number: the place of the last written digit).
 *
 * @category schemas
 * @example
 * ```ts
 * QuantitySchema.parse({ value: 50000, unit: "人", comparator: "gt" }) //=> { value: 50000, unit: "人", comparator: "gt" }
 * QuantitySchema.parse({ value: 9, unit: "个" }) //=> { value: 9, unit: "个", comparator: "eq" }
 * QuantitySchema.parse({ value: 30, upper: 40, unit: "人", comparator: "range" }) //=> { value: 30, upper: 40, unit: "人", comparator: "range" }
 * QuantitySchema.safeParse({ value: 40, upper: 30, comparator: "range" }).success //=> false
 * ```
 */
export const QuantitySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      value: z.number().meta({
        title: "数值",
        description:
          "The number in base units (5万 is 50000); a percentage as written (6.7 for 6.7%); the lower end of a range.",
      }),
      upper: z.number().exactOptional().meta({
        title: "上限",
        description:
          "The upper end of a range (三四十人 is 30 to 40), included; given exactly when comparator is range, and greater than value.",
      }),
      unit: z.string().min(1).max(20).exactOptional().meta({
        title: "单位",
        description: "The simplified-Chinese measure word or symbol: 人, 人次, 个, 场次, 元, %.",
      }),
      comparator: ComparatorSchema.default("eq").meta({
        title: "限定词",
        description: "How the true figure relates to the number; eq when the writer gave none.",
      }),
      precision: z.number().positive().exactOptional().meta({
        title: "精度",
        description:
          "The place of the last written digit, in the units of value: 363.1亿 is 10000000, 200亿 is 100000000, 6.7% is 0.1. Absent: exact to the last digit of value.",
      }),
    })
    .check((payload) => {
      // A raw check rather than superRefine: it runs once per figure, and a report has many.
      const q = payload.value;
      const range = q.comparator === "range";
      if (range && q.upper === undefined) {
        payload.issues.push({
          code: "custom",
          input: q,
          path: ["upper"],
          message: refinementMessages.range_without_upper["zh-CN"],
          params: { reason: "range_without_upper" },
        });
      } else if (!range && q.upper !== undefined) {
        payload.issues.push({
          code: "custom",
          input: q,
          path: ["upper"],
          message: refinementMessages.upper_without_range["zh-CN"],
          params: { reason: "upper_without_range" },
        });
      } else if (range && q.upper !== undefined && !(q.upper > q.value)) {
        payload.issues.push({
          code: "custom",
          input: q,
          path: ["upper"],
          message: refinementMessages.upper_not_above_value["zh-CN"],
          params: { reason: "upper_not_above_value", upper: q.upper, value: q.value },
        });
      }
    })
    .readonly()
    .meta({
      title: "数量",
      description: "A reported figure with its unit and qualifier.",
      // The refinement above, as JSON Schema says it (upper > value it cannot say).
      if: { properties: { comparator: { const: "range" } }, required: ["comparator"] },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable.
      then: { required: ["upper"] },
      else: { not: { required: ["upper"] } },
    }))();

/**
 * A quantity as submitted: `comparator` may be left out and reads as `"eq"`.
 *
 * @category schemas
 */
export type QuantityInput = z.input<typeof QuantitySchema>;
