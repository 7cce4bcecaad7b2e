import * as z from "zod";
import { comparatorValues } from "../quantity/types";
import { patterns, refinementMessages } from "./messages";

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

// The fields of a figure, built afresh for each schema that holds them (a schema is not shared
// between two objects, so each keeps its own metadata).
function quantityShape() {
  return {
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
  };
}

interface RangeFields {
  readonly value: number;
  readonly upper?: number | undefined;
  readonly comparator: string;
}

// A raw check rather than superRefine: it runs once per figure, and a report has many.
function checkRange(payload: z.core.ParsePayload<RangeFields>): void {
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
}

// The range refinement as JSON Schema says it (upper > value it cannot say).
const rangeRule = {
  if: { properties: { comparator: { const: "range" } }, required: ["comparator"] },
  // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable.
  then: { required: ["upper"] },
  else: { not: { required: ["upper"] } },
} as const;

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
    .strictObject(quantityShape())
    .check(checkRange)
    .readonly()
    .meta({
      title: "数量",
      description: "A reported figure with its unit and qualifier.",
      ...rangeRule,
    }))();

/**
 * A figure as a report holds it (报告中的数字): a {@link QuantitySchema} figure with the exact
 * words it was read from, `quote` (1 to 2000 characters), when it was read from a text. Every
 * figure of a report — a carrier's count, a target and its actual, an activity's participants,
 * viewers and page views, an observation's value, numerator and denominator — has this shape,
 * so each keeps its own words and the quote rules check each where it sits.
 *
 * @category schemas
 * @example
 * ```ts
 * ReportedQuantitySchema.parse({ value: 110, unit: "个", quote: "石榴红赛罕驿站110个" })
 * //=> { value: 110, unit: "个", comparator: "eq", quote: "石榴红赛罕驿站110个" }
 * ReportedQuantitySchema.parse({ value: 4000, unit: "人", comparator: "nearly" })
 * //=> { value: 4000, unit: "人", comparator: "nearly" }
 * ReportedQuantitySchema.safeParse({ value: 9, unit: "个", quote: "" }).success //=> false
 * ```
 */
export const ReportedQuantitySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      ...quantityShape(),
      quote: z.string().regex(patterns.non_blank).max(2000).exactOptional().meta({
        title: "原文",
        description:
          "The exact words of the source the figure was read from, such as 石榴红赛罕驿站110个 or 知晓率达99%.",
      }),
    })
    .check(checkRange)
    .readonly()
    .meta({
      title: "报告数字",
      description: "A reported figure with its unit, qualifier and the words it was read from.",
      ...rangeRule,
    }))();

/**
 * A figure as a report holds it, parsed by {@link ReportedQuantitySchema}: a {@link Quantity}
 * with the words it was read from.
 *
 * @category schemas
 */
export type ReportedQuantity = z.output<typeof ReportedQuantitySchema>;

/**
 * A figure as submitted to {@link ReportedQuantitySchema}: `comparator` may be left out and
 * reads as `"eq"`.
 *
 * @category schemas
 */
export type ReportedQuantityInput = z.input<typeof ReportedQuantitySchema>;

/**
 * A quantity as submitted: `comparator` may be left out and reads as `"eq"`.
 *
 * @category schemas
 */
export type QuantityInput = z.input<typeof QuantitySchema>;
