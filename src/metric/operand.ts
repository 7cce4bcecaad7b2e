import { shiftNumber } from "../core/decimal";
import { describeValue } from "../core/describe-value";
import type { Locale } from "../core/locale";
import type { Failure } from "../core/result";
import { boundsOf } from "../quantity/bounds-of";
import { commonUnit } from "../quantity/common-unit";
import { comparatorBounds } from "../quantity/comparators";
import type { Quantity } from "../quantity/types";
import { unitOf } from "../quantity/unit-of";
import { figureText } from "./figure-text";
import { metricFailure, type Term } from "./messages";
import type { MetricFailureReason, MetricInput, MetricSuccess } from "./types";

/**
 * A formula input read as an interval: its value (for a range, its midpoint) and the limits its
 * qualifier guarantees, read from the comparator table through `boundsOf` (both equal to the
 * value for a plain number or an exact figure; absent when open).
 *
 * @internal
 */
export interface Operand {
  readonly ok: true;
  readonly value: number;
  readonly lower?: number;
  readonly upper?: number;
  /** Whether the lower limit itself is excluded (5万余: more than 50000). */
  readonly lowerOpen?: boolean;
  /** Whether the upper limit itself is excluded (近, 不足). */
  readonly upperOpen?: boolean;
  /** Whether the qualifier bounds the figure rather than stating it (余, 近, 以上, 三四十). */
  readonly bounded: boolean;
  /** Whether the value is an estimate (约) or stands for a range (its midpoint). */
  readonly approximate?: boolean;
  readonly unit?: string;
}

/** @internal */
export type OperandResult = Operand | Failure<MetricFailureReason>;

/** Reads a number or a quantity, refusing missing and non-finite values. @internal */
export function readOperand(
  input: MetricInput | null | undefined,
  locale: Locale,
  metric: Term,
  name: Term | string,
): OperandResult {
  if (input === undefined || input === null) {
    return metricFailure("missing_value", locale, metric, name);
  }
  if (typeof input === "number") {
    if (!Number.isFinite(input)) {
      return metricFailure("not_finite", locale, metric, name, describeValue(input, locale));
    }
    const value = input === 0 ? 0 : input;
    return { ok: true, value, lower: value, upper: value, bounded: false };
  }
  if (typeof input !== "object" || typeof input.value !== "number") {
    return metricFailure("missing_value", locale, metric, name);
  }
  const value = input.value;
  if (!Number.isFinite(value)) {
    return metricFailure("not_finite", locale, metric, name, value);
  }
  if (!Object.hasOwn(comparatorBounds, input.comparator)) {
    // A comparator shiliu does not know says nothing it can rely on: read it as an estimate.
    return {
      ok: true,
      value: value === 0 ? 0 : value,
      bounded: false,
      approximate: true,
      ...(input.unit === undefined ? {} : { unit: input.unit }),
    };
  }
  if (
    comparatorBounds[input.comparator].direction === "between" &&
    !(typeof input.upper === "number" && Number.isFinite(input.upper) && input.upper >= value)
  ) {
    return metricFailure("not_finite", locale, metric, name, describeValue(input.upper, locale));
  }
  return fromQuantity(input, value === 0 ? 0 : value);
}

function fromQuantity(q: Quantity, value: number): Operand {
  const { direction } = comparatorBounds[q.comparator];
  const { lower, upper } = boundsOf(q);
  const between = direction === "between";
  return {
    ok: true,
    value: between ? value / 2 + (q.upper as number) / 2 : value,
    ...(lower === undefined ? {} : { lower: lower.value, lowerOpen: !lower.inclusive }),
    ...(upper === undefined ? {} : { upper: upper.value, upperOpen: !upper.inclusive }),
    bounded: direction !== "exact" && direction !== "estimate",
    ...(direction === "estimate" || between ? { approximate: true } : {}),
    ...(q.unit === undefined ? {} : { unit: q.unit }),
  };
}

/** Multiplies an operand's value and limits by `10^places`, on the decimal. @internal */
export function shiftOperand(operand: Operand, places: number, unit?: string): Operand {
  const { unit: _dropped, ...rest } = operand;
  const shifted =
    places === 0
      ? rest
      : {
          ...rest,
          value: shiftNumber(operand.value, places),
          ...(operand.lower === undefined ? {} : { lower: shiftNumber(operand.lower, places) }),
          ...(operand.upper === undefined ? {} : { upper: shiftNumber(operand.upper, places) }),
        };
  return unit === undefined ? shifted : { ...shifted, unit };
}

/**
 * Puts two operands on one scale through the unit table: figures of one quantity meet on its
 * base word (万元 with 元, `%` with a fraction). When they are different quantities, formulas
 * that compare like with like (`sameQuantity`) fail with `unit_mismatch`; the others (ratio,
 * perCapita) divide each figure in its own base unit (万元 as 元, `%` as a fraction).
 *
 * @internal
 */
export function meetOperands(
  a: Operand,
  b: Operand,
  sameQuantity: boolean,
  locale: Locale,
  metric: Term,
  name: Term | string,
): readonly [Operand, Operand] | Failure<MetricFailureReason> {
  const common = commonUnit(a.unit, b.unit);
  if (common !== undefined) {
    return [
      shiftOperand(a, common.shiftA, common.unit),
      shiftOperand(b, common.shiftB, common.unit),
    ];
  }
  if (sameQuantity) {
    return metricFailure("unit_mismatch", locale, metric, name, a.unit ?? "", b.unit ?? "");
  }
  return [toBase(a), toBase(b)];
}

function toBase(operand: Operand): Operand {
  if (operand.unit === undefined) return operand;
  const entry = unitOf(operand.unit);
  return shiftOperand(operand, entry.exponent, entry.base);
}

/**
 * Reads a rate: a fraction (`0.067`), a unit-less quantity, or a `%` or ‰ figure (`6.7%` →
 * `0.067`, shifted on the decimal so no binary error creeps in). Any other unit is refused.
 *
 * @internal
 */
export function readRate(
  input: MetricInput | null | undefined,
  locale: Locale,
  metric: Term,
  name: Term | string,
): OperandResult {
  const operand = readOperand(input, locale, metric, name);
  if (!operand.ok || operand.unit === undefined) return operand;
  const entry = unitOf(operand.unit);
  if (entry.kind !== "ratio") {
    return metricFailure("unit_mismatch", locale, metric, name, operand.unit, "%");
  }
  return shiftOperand(operand, entry.exponent);
}

/** Refuses a negative operand, printing the figure as it was given. @internal */
export function requireNonNegative(
  operand: Operand,
  input: MetricInput,
  locale: Locale,
  metric: Term,
  name: Term | string,
): Failure<MetricFailureReason> | undefined {
  return operand.value < 0
    ? metricFailure("negative_input", locale, metric, name, figureText(input, locale))
    : undefined;
}

/**
 * Tells whether `a` is certainly larger than `b`: the least `a` may be exceeds the most `b` may
 * be (5万余 against 50000 is; 近101 against 100 is not).
 *
 * @internal
 */
export function certainlyLarger(a: Operand, b: Operand): boolean {
  if (a.lower === undefined || b.upper === undefined) return false;
  if (a.lower !== b.upper) return a.lower > b.upper;
  return a.lowerOpen === true || b.upperOpen === true;
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
 * only when an input was bounded and the limit is finite; `approximate: true` when an input was
 * an estimate or a range; `-0` becomes `0`.
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
  approximate = false,
): MetricSuccess | Failure<MetricFailureReason> {
  if (!Number.isFinite(value)) {
    return metricFailure("not_finite", locale, metric, "result", value);
  }
  const result: { ok: true; value: number; lower?: number; upper?: number; approximate?: true } = {
    ok: true,
    value: value === 0 ? 0 : value,
  };
  if (bounded && lower !== undefined && Number.isFinite(lower))
    result.lower = lower === 0 ? 0 : lower;
  if (bounded && upper !== undefined && Number.isFinite(upper))
    result.upper = upper === 0 ? 0 : upper;
  if (approximate) result.approximate = true;
  return result;
}
