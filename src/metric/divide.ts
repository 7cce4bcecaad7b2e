import type { Locale } from "../core/locale";
import type { Term } from "./messages";
import { finish } from "./operand";
import { quotient } from "./quotient";
import type { MetricInput, MetricResult } from "./types";

/** What a division formula checks beyond non-negative inputs and a positive denominator. @internal */
export interface DivideRules {
  readonly metric: Term;
  /** The numerator's name in messages: a term, or words of the caller's (`2023 观测值的分子`). */
  readonly numerator: Term | string;
  /** The denominator's name in messages, as `numerator`. */
  readonly denominator: Term | string;
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
  const q = quotient(numerator, denominator, rules, locale);
  if (!q.ok) return q;
  return finish(q.value, q.lower, q.upper, q.bounded, locale, rules.metric, q.approximate === true);
}
