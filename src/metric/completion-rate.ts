import { resolveLocale } from "../core/locale";
import { divide } from "./divide";
import type { MetricInput, MetricOptions, MetricResult } from "./types";

/**
 * The completion rate of a target (完成率), `actual / target`; above 1 when the target is
 * exceeded (超额完成).
 *
 * @param actual - What was achieved; not negative.
 * @param target - What was planned; positive, the same quantity (万元 against 元 meets on one
 *   scale; 人 against 人次 is refused).
 * @param options - The locale of failure messages.
 * @returns The fraction, or a failure: `zero_denominator`, `negative_input`, `unit_mismatch`,
 * `not_finite`, `missing_value`.
 * @category metric
 * @example
 * ```ts
 * completionRate(120, 100) //=> { ok: true, value: 1.2 }
 * completionRate(50, 0).ok //=> false
 * ```
 */
export function completionRate(
  actual: MetricInput,
  target: MetricInput,
  options: MetricOptions = {},
): MetricResult {
  return divide(
    actual,
    target,
    { metric: "completionRate", numerator: "actual", denominator: "target", sameUnit: true },
    resolveLocale(options.locale),
  );
}
