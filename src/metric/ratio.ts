import { divide } from "./divide";
import type { MetricInput, MetricOptions, MetricResult } from "./types";

/**
 * The ratio of two non-negative figures (比率), `numerator / denominator`. A bounded figure
 * gives the limits interval arithmetic guarantees.
 *
 * @param numerator - The figure divided; not negative.
 * @param denominator - The figure divided by; positive.
 * @param options - The locale of failure messages.
 * @returns The ratio, or a failure: `zero_denominator`, `negative_input`, `not_finite`, `missing_value`.
 * @category metric
 * @example
 * ```ts
 * ratio(110, 227) //=> { ok: true, value: 0.4845814977973568 }
 * ratio(1, 0).ok //=> false
 * ```
 */
export function ratio(
  numerator: MetricInput,
  denominator: MetricInput,
  options: MetricOptions = {},
): MetricResult {
  return divide(
    numerator,
    denominator,
    { metric: "ratio", numerator: "numerator", denominator: "denominator" },
    options.locale ?? "zh-CN",
  );
}
