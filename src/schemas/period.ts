import * as z from "zod";
import { patterns } from "./messages";

/**
 * A period key (统计期): a year `2023`, half `2023-H1`, quarter `2023-Q3`, month `2023-09`
 * or day `2023-09-20`.
 *
 * @category schemas
 * @example
 * ```ts
 * PeriodKeySchema.parse("2023-H1") //=> "2023-H1"
 * PeriodKeySchema.safeParse("2023-Q5").success //=> false
 * ```
 */
export const PeriodKeySchema = /* @__PURE__ */ (() =>
  z.string().regex(patterns.period_key).meta({
    title: "统计期",
    description: "A period key: 2023, 2023-H1, 2023-Q3, 2023-09 or 2023-09-20.",
  }))();

/**
 * A calendar date `YYYY-MM-DD` (日期); China has one time zone, so no time or offset.
 *
 * @category schemas
 * @example
 * ```ts
 * IsoDateSchema.parse("2023-04-26") //=> "2023-04-26"
 * IsoDateSchema.safeParse("2023-4-26").success //=> false
 * ```
 */
export const IsoDateSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(patterns.iso_date)
    .meta({ title: "日期", description: "A calendar date YYYY-MM-DD." }))();
