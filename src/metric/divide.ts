import type { Locale } from "../core/locale";
import type { Failure } from "../core/result";
import { metricFailure, type Term } from "./messages";
import { finish, lowerQuotient, readOperand, requireNonNegative, upperQuotient } from "./operand";
import type { MetricFailureReason, MetricInput, MetricResult } from "./types";

/** What a division formula checks beyond non-negative inputs and a positive denominator. @internal */
export interface DivideRules {
  readonly metric: Term;
  readonly numerator: Term;
  readonly denominator: Term;
  /** Refuse a numerator larger than the denominator (coverage, share). */
  readonly atMostWhole?: boolean;
  /** Refuse two figures whose units differ (covered and total count the same thing). */
  readonly sameUnit?: boolean;
  /** Multiply the quotient by this (per 10 000 people). */
  readonly scale?: number;
}

/** The shared body of ratio, share, coverage, completionRate and perCapita. @internal */
export function divide(
  numerator: MetricInput,
  denominator: MetricInput,
  rules: DivideRules,
  locale: Locale,
): MetricResult {
  const n = readOperand(numerator, locale, rules.metric, rules.numerator);
  if (!n.ok) return n;
  const d = readOperand(denominator, locale, rules.metric, rules.denominator);
  if (!d.ok) return d;
  const refused: Failure<MetricFailureReason> | undefined =
    requireNonNegative(n, locale, rules.metric, rules.numerator) ??
    requireNonNegative(d, locale, rules.metric, rules.denominator);
  if (refused !== undefined) return refused;
  if (d.value === 0)
    return metricFailure("zero_denominator", locale, rules.metric, rules.denominator);
  if (rules.sameUnit && n.unit !== undefined && d.unit !== undefined && n.unit !== d.unit) {
    return metricFailure("unit_mismatch", locale, rules.metric, rules.numerator, n.unit, d.unit);
  }
  if (rules.atMostWhole && n.value > d.value) {
    return metricFailure(
      "numerator_exceeds_denominator",
      locale,
      rules.metric,
      rules.numerator,
      n.value,
      d.value,
    );
  }
  const scale = rules.scale ?? 1;
  const lower = lowerQuotient(n, d);
  const upper = upperQuotient(n, d);
  return finish(
    (n.value / d.value) * scale,
    lower === undefined ? undefined : lower * scale,
    upper === undefined ? undefined : upper * scale,
    n.bounded || d.bounded,
    locale,
    rules.metric,
  );
}
