import { resolveLocale } from "../core/locale";
import { divide } from "./divide";
import type { MetricInput, MetricOptions, MetricResult } from "./types";

/**
 * The share of a part in its whole (占比), `part / whole`, at most 1. Both count the same
 * quantity (per `unitTable`: 名 and 人 do, 人 and 人次 do not), so different quantities are
 * refused. A part is refused only when it is certainly larger than the whole (5万余 of 50000);
 * one that may fit (近101 of 100) gives a result kept at most 1.
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
    resolveLocale(options.locale),
  );
}
