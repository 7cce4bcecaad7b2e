import { describeValue } from "../core/describe-value";
import type { Locale } from "../core/locale";
import { resolveLocale } from "../core/locale";
import type { Failure } from "../core/result";
import { samePeriodLastYear } from "../period/same-period-last-year";
import { parseRegionCode } from "../region/parse-region-code";
import { growthOf } from "./growth-of";
import { metricFailure } from "./messages";
import { meetOperands, type Operand, readOperand } from "./operand";
import { quotient } from "./quotient";
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
 * period and of the same period last year (`2023-H1` and `2022-H1`) and computes the growth as
 * {@link growthRate} does, so units meet through the unit table (99% against 0.9 is a growth
 * of 0.1). An observation given as `numerator` and `denominator` is read through the
 * {@link ratio} formula with its limits and estimate flag, so 99余 of 100 gives a growth with a
 * lower limit, and 约99 of 100 an approximate one. Region codes are compared in canonical form
 * (`150105000000` is `150105`); two observations of one period are a `duplicate_observation`
 * failure, never a silent choice. An observation `about` one record (an activity, a carrier) is
 * that record's figure, not the region's, and is not used. Every failure is year-on-year's and
 * names the period whose observation caused it (`同比增速：2022 观测值的分母为零，不能作除数`).
 *
 * @param observations - The observations to search.
 * @param options - The indicator, region and period, and the locale of failure messages.
 * @returns The growth as a fraction, or a failure: `missing_value` (no observation, or one
 * without a value, or options without string `indicatorId`, `regionCode` and `period`),
 * `duplicate_observation`, `invalid_period`, or any failure of {@link ratio} or
 * {@link growthRate}, worded as year-on-year's.
 * @category metric
 * @example
 * ```ts
 * const observations = [
 *   { indicatorId: "gdp", regionCode: "150102", period: "2023-H1", value: 36310000000 },
 *   { indicatorId: "gdp", regionCode: "150102", period: "2022-H1", value: 34030000000 },
 * ];
 * yearOnYear(observations, { indicatorId: "gdp", regionCode: "150102", period: "2023-H1" })
 * //=> { ok: true, value: 0.06699970614163964 }
 * const rates = [
 *   { indicatorId: "rate", regionCode: "150102", period: "2023", numerator: { value: 99, comparator: "gt" }, denominator: 100 },
 *   { indicatorId: "rate", regionCode: "150102", period: "2022", numerator: 90, denominator: 100 },
 * ];
 * yearOnYear(rates, { indicatorId: "rate", regionCode: "150102", period: "2023" })
 * //=> { ok: true, value: 0.09999999999999987, lower: 0.09999999999999987 }
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
  const current = observed(observations, options, options.period, locale);
  if (!current.ok) return current;
  const previous = observed(observations, options, previousPeriod.value, locale);
  if (!previous.ok) return previous;
  const met = meetOperands(
    current.operand,
    previous.operand,
    true,
    locale,
    "yearOnYear",
    nameOf(options.period, locale),
  );
  if (!("length" in met)) return met;
  const [c, p] = met;
  return growthOf(
    c,
    p,
    previous.written,
    locale,
    "yearOnYear",
    nameOf(previousPeriod.value, locale),
  );
}

/** One period's observation read as a formula input, and the figure as it was given. */
interface Observed {
  readonly ok: true;
  readonly operand: Operand;
  readonly written: MetricInput;
}

function observed(
  observations: readonly Observation[],
  options: YearOnYearOptions,
  period: string,
  locale: Locale,
): Observed | Failure<MetricFailureReason> {
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
  if (found.value !== undefined) {
    const operand = readOperand(found.value, locale, "yearOnYear", nameOf(period, locale));
    return operand.ok ? { ok: true, operand, written: found.value } : operand;
  }
  if (found.numerator !== undefined && found.denominator !== undefined) {
    // Through the ratio formula, so the quotient keeps its limits and estimate flag.
    const operand = quotient(
      found.numerator,
      found.denominator,
      {
        metric: "yearOnYear",
        numerator: nameOf(period, locale, "numerator"),
        denominator: nameOf(period, locale, "denominator"),
      },
      locale,
    );
    return operand.ok ? { ok: true, operand, written: operand.value } : operand;
  }
  return metricFailure("missing_value", locale, "yearOnYear", where);
}

/** "the 2023 observation", or its numerator or denominator, in the locale. */
function nameOf(period: string, locale: Locale, side?: "numerator" | "denominator"): string {
  if (locale === "en") {
    const observation = `the ${period} observation`;
    return side === undefined ? observation : `the ${side} of ${observation}`;
  }
  const observation = `${period} ${locale === "zh-TW" ? "觀測值" : "观测值"}`;
  if (side === undefined) return observation;
  return `${observation}的${side === "numerator" ? "分子" : "分母"}`;
}

/** The canonical form of a region code (150105000000 → 150105); any other string as it is. */
function canonicalCode(code: string): string {
  if (typeof code !== "string" || code.length === 6) return code;
  const parsed = parseRegionCode(code);
  return parsed.ok ? parsed.value.code : code;
}
