import { decimalToNumber, shiftDecimal, toDecimal } from "../core/decimal";
import { describeValue } from "../core/describe-value";
import type { Locale } from "../core/locale";
import type { Failure } from "../core/result";
import type { Quantity } from "../quantity/types";
import { metricFailure, type Term } from "./messages";
import type { MetricFailureReason, MetricInput, MetricSuccess } from "./types";

/**
 * A formula input read as an interval: its value and the limits its qualifier guarantees
 * (both equal to the value for a plain number or an exact figure; absent when open).
 *
 * @internal
 */
export interface Operand {
  readonly ok: true;
  readonly value: number;
  readonly lower?: number;
  readonly upper?: number;
  /** Whether the qualifier bounds the figure on one side only (余, 近, 以上, 不足, 以下). */
  readonly bounded: boolean;
  readonly unit?: string;
}

/** @internal */
export type OperandResult = Operand | Failure<MetricFailureReason>;

/** Reads a number or a quantity, refusing missing and non-finite values. @internal */
export function readOperand(
  input: MetricInput | null | undefined,
  locale: Locale,
  metric: Term,
  name: Term,
): OperandResult {
  if (input === undefined || input === null) {
    return metricFailure("missing_value", locale, metric, name);
  }
  if (typeof input === "number") {
    if (!Number.isFinite(input)) {
      return metricFailure("not_finite", locale, metric, name, describeValue(input));
    }
    const value = input === 0 ? 0 : input;
    return { ok: true, value, lower: value, upper: value, bounded: false };
  }
  if (typeof input !== "object" || typeof input.value !== "number") {
    return metricFailure("missing_value", locale, metric, name);
  }
  const value = input.value;
  if (!Number.isFinite(value)) {
    return metricFailure("not_finite", locale, metric, name, String(value));
  }
  return fromQuantity(input, value === 0 ? 0 : value);
}

function fromQuantity(q: Quantity, value: number): Operand {
  const unit = q.unit === undefined ? {} : { unit: q.unit };
  switch (q.comparator) {
    case "eq":
      return { ok: true, value, lower: value, upper: value, bounded: false, ...unit };
    case "gt":
    case "gte":
      return { ok: true, value, lower: value, bounded: true, ...unit };
    case "nearly":
    case "lt":
    case "lte":
      return { ok: true, value, upper: value, bounded: true, ...unit };
    default:
      return { ok: true, value, bounded: false, ...unit };
  }
}

/**
 * Reads a rate: a fraction (`0.067`), a unit-less quantity, or a `%` figure (`6.7%` →
 * `0.067`, shifted on the decimal so no binary error creeps in). Any other unit is refused.
 *
 * @internal
 */
export function readRate(
  input: MetricInput | null | undefined,
  locale: Locale,
  metric: Term,
  name: Term,
): OperandResult {
  const operand = readOperand(input, locale, metric, name);
  if (!operand.ok || operand.unit === undefined) return operand;
  if (operand.unit !== "%") {
    return metricFailure("unit_mismatch", locale, metric, name, operand.unit, "%");
  }
  const shifted: Operand = {
    ok: true,
    value: fromPercent(operand.value),
    bounded: operand.bounded,
  };
  return {
    ...shifted,
    ...(operand.lower === undefined ? {} : { lower: fromPercent(operand.lower) }),
    ...(operand.upper === undefined ? {} : { upper: fromPercent(operand.upper) }),
  };
}

function fromPercent(value: number): number {
  return decimalToNumber(shiftDecimal(toDecimal(value), -2));
}

/** Refuses a negative operand. @internal */
export function requireNonNegative(
  operand: Operand,
  locale: Locale,
  metric: Term,
  name: Term,
): Failure<MetricFailureReason> | undefined {
  return operand.value < 0
    ? metricFailure("negative_input", locale, metric, name, operand.value)
    : undefined;
}

/** The smallest `a / b` over the intervals, for `b` positive on its whole interval. @internal */
export function lowerQuotient(a: Operand, b: Operand): number | undefined {
  if (a.lower === undefined) return undefined;
  const divisor = a.lower >= 0 ? b.upper : b.lower;
  return divisor === undefined || divisor <= 0 ? undefined : a.lower / divisor;
}

/** The largest `a / b` over the intervals, for `b` positive on its whole interval. @internal */
export function upperQuotient(a: Operand, b: Operand): number | undefined {
  if (a.upper === undefined) return undefined;
  const divisor = a.upper >= 0 ? b.lower : b.upper;
  return divisor === undefined || divisor <= 0 ? undefined : a.upper / divisor;
}

/**
 * Packs a computed value: a non-finite value becomes a `not_finite` failure; limits appear
 * only when an input was bounded and the limit is finite; `-0` becomes `0`.
 *
 * @internal
 */
export function finish(
  value: number,
  lower: number | undefined,
  upper: number | undefined,
  bounded: boolean,
  locale: Locale,
  metric: Term,
): MetricSuccess | Failure<MetricFailureReason> {
  if (!Number.isFinite(value)) {
    return metricFailure("not_finite", locale, metric, "result", String(value));
  }
  const result: { ok: true; value: number; lower?: number; upper?: number } = {
    ok: true,
    value: value === 0 ? 0 : value,
  };
  if (bounded && lower !== undefined && Number.isFinite(lower))
    result.lower = lower === 0 ? 0 : lower;
  if (bounded && upper !== undefined && Number.isFinite(upper))
    result.upper = upper === 0 ? 0 : upper;
  return result;
}
