import { describeValue } from "../core/describe-value";
import type { Locale } from "../core/locale";
import { resolveLocale } from "../core/locale";
import type { Failure } from "../core/result";
import { figureText } from "./figure-text";
import { inverseNormal } from "./inverse-normal";
import { metricFailure } from "./messages";
import { meetOperands, readOperand } from "./operand";
import type { MetricFailureReason, MetricInput, MetricOptions } from "./types";

/**
 * Options of {@link surveyRate}.
 *
 * @category metric
 */
export interface SurveyRateOptions extends MetricOptions {
  /** The confidence level of the interval, strictly between 0 and 1; defaults to 0.95. */
  readonly confidence?: number;
}

/**
 * A survey proportion with its Wilson score interval.
 *
 * @category metric
 */
export interface SurveyRateSuccess {
  readonly ok: true;
  /** The observed proportion, `positive / sampleSize`. */
  readonly value: number;
  /** The lower end of the Wilson score interval. */
  readonly lower: number;
  /** The upper end of the Wilson score interval. */
  readonly upper: number;
  readonly confidence: number;
  readonly method: "wilson";
}

/**
 * The outcome of {@link surveyRate}.
 *
 * @category metric
 */
export type SurveyRateResult = SurveyRateSuccess | Failure<MetricFailureReason>;

/**
 * A rate measured by a survey (知晓率, 参与度, 支持率): the proportion of positive answers
 * with its Wilson score interval, which stays inside [0, 1] and behaves well near 0% and
 * 100% where the textbook normal interval does not. The z quantile is computed for any
 * confidence (Acklam's inverse-normal approximation). Both counts must be exact whole numbers:
 * a fraction, a qualified figure (近100人) or one rounded when written (precision above 1) is
 * refused with `not_a_count`.
 *
 * @param positive - How many answered positively; from 0 to `sampleSize`.
 * @param sampleSize - How many were asked; positive.
 * @param options - `confidence` (default 0.95) and the locale of failure messages.
 * @returns The proportion and interval, or a failure: `zero_denominator`, `negative_input`,
 * `numerator_exceeds_denominator`, `invalid_option` (confidence not in (0, 1)), `not_a_count`,
 * `unit_mismatch`, `not_finite`, `missing_value`.
 * @category metric
 * @example
 * ```ts
 * const rate = surveyRate(99, 100);
 * rate.ok && [rate.value, roundHalfUp(rate.lower, 4), roundHalfUp(rate.upper, 4)] //=> [0.99, 0.9455, 0.9982]
 * ```
 */
export function surveyRate(
  positive: MetricInput,
  sampleSize: MetricInput,
  options: SurveyRateOptions = {},
): SurveyRateResult {
  const locale = resolveLocale(options.locale);
  const confidence = options.confidence ?? 0.95;
  if (typeof confidence !== "number" || !(confidence > 0 && confidence < 1)) {
    return metricFailure(
      "invalid_option",
      locale,
      "surveyRate",
      "confidence",
      describeValue(confidence, locale),
    );
  }
  const readX = readOperand(positive, locale, "surveyRate", "positive");
  if (!readX.ok) return readX;
  const readN = readOperand(sampleSize, locale, "surveyRate", "sampleSize");
  if (!readN.ok) return readN;
  const notCount =
    countFailure(positive, readX.value, locale, "positive") ??
    countFailure(sampleSize, readN.value, locale, "sampleSize");
  if (notCount !== undefined) return notCount;
  const met = meetOperands(readX, readN, true, locale, "surveyRate", "positive");
  if (!("length" in met)) return met;
  const [x, n] = met;
  if (x.value < 0) {
    const written = figureText(positive, locale);
    return metricFailure("negative_input", locale, "surveyRate", "positive", written);
  }
  if (n.value < 0) {
    const written = figureText(sampleSize, locale);
    return metricFailure("negative_input", locale, "surveyRate", "sampleSize", written);
  }
  if (n.value === 0) return metricFailure("zero_denominator", locale, "surveyRate", "sampleSize");
  if (x.value > n.value) {
    return metricFailure(
      "numerator_exceeds_denominator",
      locale,
      "surveyRate",
      "positive",
      figureText(positive, locale),
      figureText(sampleSize, locale),
    );
  }
  const p = x.value / n.value;
  const z = inverseNormal(1 - (1 - confidence) / 2);
  const z2n = (z * z) / n.value;
  const denominator = 1 + z2n;
  const centre = (p + z2n / 2) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n.value + z2n / n.value / 4)) / denominator;
  const lower = Math.max(0, centre - half);
  const upper = Math.min(1, centre + half);
  // A sample size near the smallest double overflows z²/n.
  if (!Number.isFinite(lower) || !Number.isFinite(upper)) {
    return metricFailure("not_finite", locale, "surveyRate", "result", centre);
  }
  return {
    ok: true,
    value: p === 0 ? 0 : p,
    lower: lower === 0 ? 0 : lower,
    upper,
    confidence,
    method: "wilson",
  };
}

/**
 * A Wilson interval is about whole answers counted exactly: a fraction of a person, or a count
 * the writer qualified (近100人, 约1000份) or rounded (1万, written to the 万), is not one.
 */
function countFailure(
  input: MetricInput,
  value: number,
  locale: Locale,
  name: "positive" | "sampleSize",
): Failure<MetricFailureReason> | undefined {
  const exact =
    typeof input === "number" ||
    (input.comparator === "eq" &&
      // A precision that is not a number (data, not a figure) is not compared: `<=` would call
      // the object's own conversion, which may throw.
      (input.precision === undefined ||
        (typeof input.precision === "number" && input.precision <= 1)));
  if (exact && Number.isInteger(value)) return undefined;
  // The figure as written, with its qualifier in the locale's words (近99人, 30至40人).
  return metricFailure("not_a_count", locale, "surveyRate", name, figureText(input, locale));
}
