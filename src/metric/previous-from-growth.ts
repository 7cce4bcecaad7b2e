import { resolveLocale } from "../core/locale";
import { metricFailure } from "./messages";
import {
  finish,
  lowerQuotient,
  type Operand,
  readOperand,
  readRate,
  upperQuotient,
} from "./operand";
import type { MetricInput, MetricOptions, MetricResult } from "./types";

/**
 * The figure of the earlier period implied by a current figure and its growth rate (上年同期值),
 * `current / (1 + growth)`. The growth is a fraction (`0.067`), or a figure as written with
 * unit `%` (`{ value: 6.7, unit: "%" }`), converted on the decimal so 6.7% is exactly 0.067.
 * The result is in the unit of `current`; it is `approximate` when an input was.
 *
 * @param current - The figure of this period.
 * @param growth - The growth rate: a fraction or a `%` quantity; above −100%.
 * @param options - The locale of failure messages.
 * @returns The earlier figure, or a failure: `non_positive_base` (growth ≤ −100%),
 * `unit_mismatch` (a growth quantity in another unit), `not_finite`, `missing_value`.
 * @category metric
 * @example
 * ```ts
 * // 新城区 2023年上半年 地区生产总值 363.1亿元, 增速 6.7%
 * const previous = previousFromGrowth(36310000000, { value: 6.7, unit: "%", comparator: "eq" });
 * previous.ok && roundHalfUp(previous.value / 1e8, 1) //=> 340.3
 * ```
 */
export function previousFromGrowth(
  current: MetricInput,
  growth: MetricInput,
  options: MetricOptions = {},
): MetricResult {
  const locale = resolveLocale(options.locale);
  const c = readOperand(current, locale, "previousFromGrowth", "current");
  if (!c.ok) return c;
  const g = readRate(growth, locale, "previousFromGrowth", "growth");
  if (!g.ok) return g;
  const base: Operand = {
    ok: true,
    value: 1 + g.value,
    bounded: g.bounded,
    ...(g.lower === undefined ? {} : { lower: 1 + g.lower }),
    ...(g.upper === undefined ? {} : { upper: 1 + g.upper }),
  };
  if (base.value <= 0) {
    return metricFailure(
      "non_positive_base",
      locale,
      "previousFromGrowth",
      "growthBase",
      base.value,
    );
  }
  return finish(
    c.value / base.value,
    lowerQuotient(c, base),
    upperQuotient(c, base),
    c.bounded || g.bounded,
    locale,
    "previousFromGrowth",
    c.approximate === true || g.approximate === true,
  );
}
