import type { Locale } from "../core/locale";
import type { Failure } from "../core/result";
import type { DivideRules } from "./divide";
import { figureText } from "./figure-text";
import { metricFailure } from "./messages";
import {
  certainlyLarger,
  lowerQuotient,
  meetOperands,
  type Operand,
  readOperand,
  requireNonNegative,
  upperQuotient,
} from "./operand";
import type { MetricFailureReason, MetricInput } from "./types";

/**
 * The quotient of two figures as an operand: its value, the limits interval arithmetic
 * guarantees (absent where a side is open or an estimate), whether an input was bounded and
 * whether it was an estimate, so a formula built on a quotient (year on year of a ratio) keeps
 * what the figures say. `divide` packs it as a result.
 *
 * @internal
 */
export function quotient(
  numerator: MetricInput,
  denominator: MetricInput,
  rules: DivideRules,
  locale: Locale,
): Operand | Failure<MetricFailureReason> {
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
    requireNonNegative(n, numerator, locale, rules.metric, rules.numerator) ??
    requireNonNegative(d, denominator, locale, rules.metric, rules.denominator);
  if (refused !== undefined) return refused;
  if (d.value === 0)
    return metricFailure("zero_denominator", locale, rules.metric, rules.denominator);
  if (rules.atMostWhole && certainlyLarger(n, d)) {
    return metricFailure(
      "numerator_exceeds_denominator",
      locale,
      rules.metric,
      rules.numerator,
      figureText(numerator, locale),
      figureText(denominator, locale),
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
  return {
    ok: true,
    value,
    ...(lower === undefined || !Number.isFinite(lower) ? {} : { lower }),
    ...(upper === undefined || !Number.isFinite(upper) ? {} : { upper }),
    bounded: n.bounded || d.bounded,
    ...(n.approximate === true || d.approximate === true ? { approximate: true } : {}),
  };
}
