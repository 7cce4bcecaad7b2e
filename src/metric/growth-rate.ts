import { resolveLocale } from "../core/locale";
import { growthOf } from "./growth-of";
import { meetOperands, readOperand } from "./operand";
import type { MetricInput, MetricOptions, MetricResult } from "./types";

/**
 * The growth rate (增速/增长率) from a previous to a current figure, `current / previous − 1`,
 * as a fraction (`0.067` for 6.7%). Both must be the same quantity (per `unitTable`): 万元 and
 * 元 meet on one scale, a `%` figure meets a plain fraction as a fraction (99% against 0.9 is
 * 0.99 against 0.9), and 人 against 元 or 人次 fails with `unit_mismatch`. A result from an
 * estimate (约) or a range says so with `approximate: true`.
 *
 * @param current - The figure of this period; any finite number.
 * @param previous - The figure of the earlier period; positive.
 * @param options - The locale of failure messages.
 * @returns The fraction, or a failure: `non_positive_base` (previous ≤ 0), `unit_mismatch`,
 * `not_finite`, `missing_value`.
 * @category metric
 * @example
 * ```ts
 * growthRate(363.1, 340.3) //=> { ok: true, value: 0.06699970614163986 }
 * growthRate({ value: 110, unit: "人", comparator: "approx" }, 100) //=> { ok: true, value: 0.10000000000000009, approximate: true }
 * growthRate(10, 0).ok //=> false
 * ```
 */
export function growthRate(
  current: MetricInput,
  previous: MetricInput,
  options: MetricOptions = {},
): MetricResult {
  const locale = resolveLocale(options.locale);
  const readC = readOperand(current, locale, "growthRate", "current");
  if (!readC.ok) return readC;
  const readP = readOperand(previous, locale, "growthRate", "previous");
  if (!readP.ok) return readP;
  const met = meetOperands(readC, readP, true, locale, "growthRate", "current");
  if (!("length" in met)) return met;
  const [c, p] = met;
  return growthOf(c, p, previous, locale, "growthRate", "previous");
}
