import { resolveLocale } from "../core/locale";
import { divide } from "./divide";
import type { MetricInput, MetricOptions, MetricResult } from "./types";

/**
 * The ratio of two non-negative figures (比率), `numerator / denominator`. A bounded figure
 * gives the limits interval arithmetic guarantees. The two may be different quantities (元 per
 * 人); figures of one quantity meet on one scale (万元 against 元), and otherwise each is read
 * in its base unit (万元 as 元, `%` as a fraction).
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
    resolveLocale(options.locale),
  );
}
