import { describeValue } from "../core/describe-value";
import type { Locale } from "../core/locale";
import { resolveLocale } from "../core/locale";
import type { Failure } from "../core/result";
import { samePeriodLastYear } from "../period/same-period-last-year";
import { parseRegionCode } from "../region/parse-region-code";
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
 * {@link growthRate}, so units meet through the unit table (99% against 0.9 is a growth of 0.1).
 * An observation given as `numerator` and `denominator` is read as their ratio. Region codes are
 * compared in canonical form (`150105000000` is `150105`); two observations of one period are a
 * `duplicate_observation` failure, never a silent choice. An observation `about` one record (an
 * activity, a carrier) is that record's figure, not the region's, and is not used.
 *
 * @param observations - The observations to search.
 * @param options - The indicator, region and period, and the locale of failure messages.
 * @returns The growth as a fraction, or a failure: `missing_value` (no observation, or one
 * without a value, or options without string `indicatorId`, `regionCode` and `period`),
 * `duplicate_observation`, `invalid_period`, or any failure of {@link growthRate}.
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
  const locale = resolveLocale(options?.locale);
  if (
    typeof options !== "object" ||
    options === null ||
    typeof options.indicatorId !== "string" ||
    typeof options.regionCode !== "string" ||
    typeof options.period !== "string"
  ) {
    return metricFailure(
      "missing_value",
      locale,
      "yearOnYear",
      "indicatorId / regionCode / period",
    );
  }
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
  const region = canonicalCode(options.regionCode);
  let found: Observation | undefined;
  let foundAt = -1;
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i] as Observation;
    if (o.indicatorId !== options.indicatorId || o.period !== period || o.about !== undefined) {
      continue;
    }
    if (canonicalCode(o.regionCode) !== region) continue;
    if (found !== undefined) {
      return metricFailure("duplicate_observation", locale, "yearOnYear", region, i, foundAt);
    }
    found = o;
    foundAt = i;
  }
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

/** The canonical form of a region code (150105000000 → 150105); any other string as it is. */
function canonicalCode(code: string): string {
  if (typeof code !== "string" || code.length === 6) return code;
  const parsed = parseRegionCode(code);
  return parsed.ok ? parsed.value.code : code;
}
