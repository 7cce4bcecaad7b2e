import { describeValue } from "../core/describe-value";
import type { Locale } from "../core/locale";
import { resolveLocale } from "../core/locale";
import type { Failure } from "../core/result";
import { samePeriodLastYear } from "../period/same-period-last-year";
import { growthRate } from "./growth-rate";
import { metricFailure } from "./messages";
import { ratio } from "./ratio";
import type {
  MetricFailureReason,
  MetricInput,
  MetricOptions,
  MetricResult,
  Observation,
} from "./types";

/**
 * Options of {@link yearOnYear}: which indicator, region and period to compare.
 *
 * @category metric
 */
export interface YearOnYearOptions extends MetricOptions {
  readonly indicatorId: string;
  readonly regionCode: string;
  /** The current period key; it is compared with the same period a year earlier. */
  readonly period: string;
}

/**
 * The year-on-year growth (同比增速) of an indicator in a region: finds the observation of the
 * period and of the same period last year (`2023-H1` and `2022-H1`) and computes
 * {@link growthRate}. An observation given as `numerator` and `denominator` is read as their
 * ratio. When several observations match, the first one is used.
 *
 * @param observations - The observations to search.
 * @param options - The indicator, region and period, and the locale of failure messages.
 * @returns The growth as a fraction, or a failure: `missing_value` (no observation, or one
 * without a value), `invalid_period`, or any failure of {@link growthRate}.
 * @category metric
 * @example
 * ```ts
 * const observations = [
 *   { indicatorId: "gdp", regionCode: "150102", period: "2023-H1", value: 36310000000 },
 *   { indicatorId: "gdp", regionCode: "150102", period: "2022-H1", value: 34030000000 },
 * ];
 * yearOnYear(observations, { indicatorId: "gdp", regionCode: "150102", period: "2023-H1" })
 * //=> { ok: true, value: 0.06699970614163964 }
 * ```
 */
export function yearOnYear(
  observations: readonly Observation[],
  options: YearOnYearOptions,
): MetricResult {
  const locale = resolveLocale(options.locale);
  const previousPeriod = samePeriodLastYear(options.period, { locale });
  if (!previousPeriod.ok) {
    return metricFailure("invalid_period", locale, "yearOnYear", "value", previousPeriod.message);
  }
  const current = observedValue(observations, options, options.period, locale);
  if (!isInput(current)) return current;
  const previous = observedValue(observations, options, previousPeriod.value, locale);
  if (!isInput(previous)) return previous;
  return growthRate(current, previous, { locale });
}

function isInput(value: MetricInput | Failure<MetricFailureReason>): value is MetricInput {
  return typeof value === "number" || !("ok" in value);
}

function observedValue(
  observations: readonly Observation[],
  options: YearOnYearOptions,
  period: string,
  locale: Locale,
): MetricInput | Failure<MetricFailureReason> {
  const found = observations.find(
    (o) =>
      o.indicatorId === options.indicatorId &&
      o.regionCode === options.regionCode &&
      o.period === period,
  );
  const where = [options.indicatorId, options.regionCode, period]
    .map((part) => describeValue(part, locale))
    .join(" ");
  if (found === undefined) return metricFailure("missing_value", locale, "yearOnYear", where);
  if (found.value !== undefined) return found.value;
  if (found.numerator !== undefined && found.denominator !== undefined) {
    const quotient = ratio(found.numerator, found.denominator, { locale });
    return quotient.ok ? quotient.value : quotient;
  }
  return metricFailure("missing_value", locale, "yearOnYear", where);
}
