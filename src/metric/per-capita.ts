import { describeValue } from "../core/describe-value";
import { resolveLocale } from "../core/locale";
import { divide } from "./divide";
import { metricFailure } from "./messages";
import type { MetricInput, MetricOptions, MetricResult } from "./types";

/**
 * Options of {@link perCapita}.
 *
 * @category metric
 */
export interface PerCapitaOptions extends MetricOptions {
  /** How many people the result is per; defaults to 10 000 (每万人). */
  readonly per?: number;
}

/**
 * A figure per head of population (每万人/人均), `value / population × per`. The two may be
 * different quantities; each is read in its base unit (万元 as 元, 万人 as 人).
 *
 * @param value - The figure; not negative.
 * @param population - The population; positive.
 * @param options - `per` (default 10 000; use 1 for 人均) and the locale of failure messages.
 * @returns The figure per `per` people, or a failure: `zero_denominator`, `negative_input`,
 * `non_positive_base` (a `per` that is not a positive finite number), `not_finite`, `missing_value`.
 * @category metric
 * @example
 * ```ts
 * perCapita(150, 300000) //=> { ok: true, value: 5 }
 * perCapita(36310000000, 1000000, { per: 1 }) //=> { ok: true, value: 36310 }
 * ```
 */
export function perCapita(
  value: MetricInput,
  population: MetricInput,
  options: PerCapitaOptions = {},
): MetricResult {
  const locale = resolveLocale(options.locale);
  const per = options.per ?? 10000;
  if (typeof per !== "number" || !Number.isFinite(per) || per <= 0) {
    return metricFailure(
      "non_positive_base",
      locale,
      "perCapita",
      "per",
      describeValue(per, locale),
    );
  }
  return divide(
    value,
    population,
    { metric: "perCapita", numerator: "value", denominator: "population", scale: per },
    locale,
  );
}
