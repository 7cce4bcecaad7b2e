import { metricFailure } from "./messages";
import { finish, lowerQuotient, readOperand, upperQuotient } from "./operand";
import type { MetricInput, MetricOptions, MetricResult } from "./types";

/**
 * The growth rate (增速/增长率) from a previous to a current figure, `current / previous − 1`,
 * as a fraction (`0.067` for 6.7%).
 *
 * @param current - The figure of this period; any finite number.
 * @param previous - The figure of the earlier period; positive.
 * @param options - The locale of failure messages.
 * @returns The fraction, or a failure: `non_positive_base` (previous ≤ 0), `not_finite`, `missing_value`.
 * @category metric
 * @example
 * ```ts
 * growthRate(363.1, 340.3) //=> { ok: true, value: 0.06699970614163986 }
 * growthRate(10, 0).ok //=> false
 * ```
 */
export function growthRate(
  current: MetricInput,
  previous: MetricInput,
  options: MetricOptions = {},
): MetricResult {
  const locale = options.locale ?? "zh-CN";
  const c = readOperand(current, locale, "growthRate", "current");
  if (!c.ok) return c;
  const p = readOperand(previous, locale, "growthRate", "previous");
  if (!p.ok) return p;
  if (p.value <= 0)
    return metricFailure("non_positive_base", locale, "growthRate", "previous", p.value);
  const lower = lowerQuotient(c, p);
  const upper = upperQuotient(c, p);
  return finish(
    c.value / p.value - 1,
    lower === undefined ? undefined : lower - 1,
    upper === undefined ? undefined : upper - 1,
    c.bounded || p.bounded,
    locale,
    "growthRate",
  );
}
