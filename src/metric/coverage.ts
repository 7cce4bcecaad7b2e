import { resolveLocale } from "../core/locale";
import { divide } from "./divide";
import type { MetricInput, MetricOptions, MetricResult } from "./types";

/**
 * The coverage rate (覆盖率): how many of a total are covered, `covered / total`, at most 1.
 * With a bounded figure the result carries limits: 110余 of 227 stations is above 110/227,
 * with no upper limit (余 leaves the top open). The check that the covered count is not larger
 * than the total uses certainty: 100余 of 100 is refused (certainly larger), 近101 of 100 is
 * allowed (it may be 100) and kept at most 1. Both must count the same quantity (per
 * `unitTable`: 个 and 处 are different counts).
 *
 * @param covered - How many are covered; not negative and not more than the total.
 * @param total - How many there are; positive.
 * @param options - The locale of failure messages.
 * @returns The fraction, or a failure: `numerator_exceeds_denominator`, `zero_denominator`,
 * `negative_input`, `unit_mismatch`, `not_finite`, `missing_value`.
 * @category metric
 * @example
 * ```ts
 * coverage({ value: 110, unit: "个", comparator: "gt" }, { value: 227, unit: "个", comparator: "eq" })
 * //=> { ok: true, value: 0.4845814977973568, lower: 0.4845814977973568 }
 * coverage(228, 227).ok //=> false
 * coverage({ value: 100, unit: "个", comparator: "gt" }, 100).ok //=> false
 * coverage({ value: 101, unit: "个", comparator: "nearly" }, 100) //=> { ok: true, value: 1, upper: 1 }
 * ```
 */
export function coverage(
  covered: MetricInput,
  total: MetricInput,
  options: MetricOptions = {},
): MetricResult {
  return divide(
    covered,
    total,
    {
      metric: "coverage",
      numerator: "covered",
      denominator: "total",
      atMostWhole: true,
      sameUnit: true,
    },
    resolveLocale(options.locale),
  );
}
