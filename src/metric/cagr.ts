import { resolveLocale } from "../core/locale";
import { figureText } from "./figure-text";
import { metricFailure } from "./messages";
import { finish, meetOperands, readOperand } from "./operand";
import type { MetricInput, MetricOptions, MetricResult } from "./types";

/**
 * The compound annual growth rate (年均增速), `(end / start)^(1 / years) − 1`, as a fraction.
 * Start and end must be the same quantity (per `unitTable`); the result is `approximate` when
 * an input was an estimate or a range.
 *
 * @param start - The figure at the start; positive.
 * @param end - The figure at the end; not negative.
 * @param years - The years between them; positive (fractions allowed).
 * @param options - The locale of failure messages.
 * @returns The fraction, or a failure: `non_positive_base` (start ≤ 0), `negative_input`
 * (end or years below 0), `zero_denominator` (years = 0), `unit_mismatch`, `not_finite`,
 * `missing_value`.
 * @category metric
 * @example
 * ```ts
 * cagr(100, 121, 2) //=> { ok: true, value: 0.10000000000000009 }
 * cagr(0, 121, 2).ok //=> false
 * ```
 */
export function cagr(
  start: MetricInput,
  end: MetricInput,
  years: MetricInput,
  options: MetricOptions = {},
): MetricResult {
  const locale = resolveLocale(options.locale);
  const readS = readOperand(start, locale, "cagr", "start");
  if (!readS.ok) return readS;
  const readE = readOperand(end, locale, "cagr", "end");
  if (!readE.ok) return readE;
  const met = meetOperands(readS, readE, true, locale, "cagr", "start");
  if (!("length" in met)) return met;
  const [s, e] = met;
  const y = readOperand(years, locale, "cagr", "years");
  if (!y.ok) return y;
  if (s.value <= 0) {
    return metricFailure("non_positive_base", locale, "cagr", "start", figureText(start, locale));
  }
  if (e.value < 0) {
    return metricFailure("negative_input", locale, "cagr", "end", figureText(end, locale));
  }
  if (y.value < 0) {
    return metricFailure("negative_input", locale, "cagr", "years", figureText(years, locale));
  }
  if (y.value === 0) return metricFailure("zero_denominator", locale, "cagr", "years");
  const rate = (r: number, n: number) => r ** (1 / n) - 1;
  // The rate grows with end/start; with the number of years it falls when end/start > 1 and
  // rises when below, so each limit picks its year count from the ratio at that limit.
  const lowRatio =
    e.lower !== undefined && s.upper !== undefined && e.lower >= 0 && s.upper > 0
      ? e.lower / s.upper
      : undefined;
  const highRatio =
    e.upper !== undefined && s.lower !== undefined && s.lower > 0 ? e.upper / s.lower : undefined;
  const lowYears = lowRatio !== undefined && lowRatio >= 1 ? y.upper : y.lower;
  const highYears = highRatio !== undefined && highRatio >= 1 ? y.lower : y.upper;
  const lower =
    lowRatio !== undefined && lowYears !== undefined && lowYears > 0
      ? rate(lowRatio, lowYears)
      : undefined;
  const upper =
    highRatio !== undefined && highYears !== undefined && highYears > 0
      ? rate(highRatio, highYears)
      : undefined;
  return finish(
    rate(e.value / s.value, y.value),
    lower,
    upper,
    s.bounded || e.bounded || y.bounded,
    locale,
    "cagr",
    s.approximate === true || e.approximate === true || y.approximate === true,
  );
}
