import { divide } from "./divide";
import type { MetricInput, MetricOptions, MetricResult } from "./types";

/**
 * The share of a part in its whole (占比), `part / whole`, at most 1. Both count the same
 * thing, so quantities with different units are refused.
 *
 * @param part - The part; not negative and not larger than the whole.
 * @param whole - The whole; positive.
 * @param options - The locale of failure messages.
 * @returns The fraction, or a failure: `numerator_exceeds_denominator`, `zero_denominator`,
 * `negative_input`, `unit_mismatch`, `not_finite`, `missing_value`.
 * @category metric
 * @example
 * ```ts
 * share(4, 35) //=> { ok: true, value: 0.11428571428571428 }
 * share(36, 35).ok //=> false
 * ```
 */
export function share(
  part: MetricInput,
  whole: MetricInput,
  options: MetricOptions = {},
): MetricResult {
  return divide(
    part,
    whole,
    { metric: "share", numerator: "part", denominator: "whole", atMostWhole: true, sameUnit: true },
    options.locale ?? "zh-CN",
  );
}
