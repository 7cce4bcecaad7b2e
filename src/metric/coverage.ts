import { divide } from "./divide";
import type { MetricInput, MetricOptions, MetricResult } from "./types";

/**
 * The coverage rate (覆盖率): how many of a total are covered, `covered / total`, at most 1.
 * With a bounded figure the result carries limits: 110余 of 227 stations is above 110/227,
 * with no upper limit (余 leaves the top open).
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
    options.locale ?? "zh-CN",
  );
}
