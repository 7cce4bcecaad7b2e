import * as z from "zod";
import { parsePeriod } from "../period/parse-period";
import { patterns, refinementMessage } from "./messages";

// The pattern reports a malformed key; parsePeriod adds what the calendar rules out (2023-02-30,
// years before 1000), with its own message.
function checkCalendar(
  payload: z.core.ParsePayload<string>,
  reason: "period_key" | "iso_date",
): void {
  const key = payload.value;
  if (!patterns.period_key.test(key)) return;
  // Every month has 28 days, so a well-formed key from year 1000 on whose day (if any) is at
  // most 28 is valid: most dates of a large report need no calendar look-up. An interval
  // (a key with "/") is always read, for the order of its ends.
  if (
    key.length <= 10 &&
    !key.includes("/") &&
    key >= "1000" &&
    (key.length < 10 || dayAtMost28(key))
  )
    return;
  const parsed = parsePeriod(key);
  if (parsed.ok) return;
  payload.issues.push({
    code: "custom",
    input: key,
    // A date is a period of one day, but a clerk calls it 日期, not 期间.
    message:
      reason === "iso_date"
        ? (refinementMessage({ reason, value: key }, "zh-CN") ?? parsed.message)
        : parsed.message,
    params: { reason, value: key },
  });
}

/** Whether the day of a well-formed `YYYY-MM-DD` key is at most 28, read in place. */
function dayAtMost28(key: string): boolean {
  const tens = key.charCodeAt(8);
  return tens < 50 /* 2 */ || (tens === 50 && key.charCodeAt(9) <= 56) /* 8 */;
}

/**
 * A period key (统计期): a year `2023`, half `2023-H1`, quarter `2023-Q3`, month `2023-09`
 * or day `2023-09-20`, or an ISO 8601 interval of them (期间段: `2021/2023`, `2023-05/2023-09`,
 * open `../2023-09-25`, `2021/..`), that {@link parsePeriod} accepts.
 *
 * @category schemas
 * @example
 * ```ts
 * PeriodKeySchema.parse("2023-H1") //=> "2023-H1"
 * PeriodKeySchema.safeParse("2023-Q5").success //=> false
 * PeriodKeySchema.safeParse("2023-02-30").success //=> false
 * PeriodKeySchema.parse("2021/..") //=> "2021/.."
 * PeriodKeySchema.safeParse("2023/2021").success //=> false
 * ```
 */
export const PeriodKeySchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(patterns.period_key)
    .check((payload) => checkCalendar(payload, "period_key"))
    .meta({
      title: "统计期",
      description:
        "A period key: 2023, 2023-H1, 2023-Q3, 2023-09 or 2023-09-20, or an ISO 8601 interval of them: 2021/2023, ../2023-09-25 (open start), 2021/.. (open end).",
    }))();

/**
 * A calendar date `YYYY-MM-DD` (日期) that exists; China has one time zone, so no time or offset.
 *
 * @category schemas
 * @example
 * ```ts
 * IsoDateSchema.parse("2023-04-26") //=> "2023-04-26"
 * IsoDateSchema.safeParse("2023-4-26").success //=> false
 * IsoDateSchema.safeParse("2023-02-29").success //=> false
 * ```
 */
export const IsoDateSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(patterns.iso_date)
    .check((payload) => checkCalendar(payload, "iso_date"))
    .meta({ title: "日期", description: "A calendar date YYYY-MM-DD." }))();
