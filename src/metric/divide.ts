import type { Locale } from "../core/locale";
import type { Failure } from "../core/result";
import { metricFailure, type Term } from "./messages";
import {
  certainlyLarger,
  finish,
  lowerQuotient,
  meetOperands,
  readOperand,
  requireNonNegative,
  upperQuotient,
} from "./operand";
import type { MetricFailureReason, MetricInput, MetricResult } from "./types";

/** What a division formula checks beyond non-negative inputs and a positive denominator. @internal */
export interface DivideRules {
  readonly metric: Term;
  readonly numerator: Term;
  readonly denominator: Term;
  /**
   * The numerator is a part of the denominator (coverage, share): refused when it is certainly
   * larger, and the result kept at most 1 otherwise.
   */
  readonly atMostWhole?: boolean;
  /** Refuse two figures of different quantities (covered and total count the same thing). */
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
  const read = readOperand(numerator, locale, rules.metric, rules.numerator);
  if (!read.ok) return read;
  const readD = readOperand(denominator, locale, rules.metric, rules.denominator);
  if (!readD.ok) return readD;
  const met = meetOperands(
    read,
    readD,
    rules.sameUnit === true,
    locale,
    rules.metric,
    rules.numerator,
  );
  if (!("length" in met)) return met;
  const [n, d] = met;
  const refused: Failure<MetricFailureReason> | undefined =
    requireNonNegative(n, locale, rules.metric, rules.numerator) ??
    requireNonNegative(d, locale, rules.metric, rules.denominator);
  if (refused !== undefined) return refused;
  if (d.value === 0)
    return metricFailure("zero_denominator", locale, rules.metric, rules.denominator);
  if (rules.atMostWhole && certainlyLarger(n, d)) {
    return metricFailure(
      "numerator_exceeds_denominator",
      locale,
      rules.metric,
      rules.numerator,
      n.lower ?? n.value,
      d.upper ?? d.value,
    );
  }
  const scale = rules.scale ?? 1;
  let value = n.value / d.value;
  let lower = lowerQuotient(n, d);
  let upper = upperQuotient(n, d);
  if (rules.atMostWhole) {
    // A part is never more than its whole: what the figures allow above 1 is not possible.
    value = Math.min(value, 1);
    if (upper !== undefined) upper = Math.min(upper, 1);
    if (lower !== undefined) lower = Math.min(lower, 1);
  }
  value *= scale;
  if (lower !== undefined) lower *= scale;
  if (upper !== undefined) upper *= scale;
  return finish(
    value,
    lower,
    upper,
    n.bounded || d.bounded,
    locale,
    rules.metric,
    n.approximate === true || d.approximate === true,
  );
}
