import type { Locale } from "../core/locale";
import type { Failure } from "../core/result";
import type { Comparator, Quantity } from "../quantity/types";

/**
 * What a formula accepts: a plain number, or a reported figure whose qualifier (余, 近, 以上 …)
 * bounds the result.
 *
 * @category metric
 */
export type MetricInput = number | Quantity;

/**
 * Why a formula could not give a number: a zero denominator, a base that is zero or negative,
 * a negative count, a part larger than its whole, a non-finite input (or a result too large
 * to represent), a missing input, a figure in the wrong unit (a growth rate must be a fraction
 * or a `%` figure; 人 is not 元, 人次 not 人), a period key that does not parse, an option out of
 * range, a survey count that is not an exact whole number (`not_a_count`), or two observations
 * of one indicator, region and period (`duplicate_observation`).
 *
 * @category metric
 */
export type MetricFailureReason =
  | "zero_denominator"
  | "non_positive_base"
  | "negative_input"
  | "numerator_exceeds_denominator"
  | "not_finite"
  | "missing_value"
  | "unit_mismatch"
  | "invalid_period"
  | "invalid_option"
  | "not_a_count"
  | "duplicate_observation";

/**
 * The successful outcome of a formula: the value and, when an input was a bounded figure
 * (5万余人, 近4000人, 三四十人), the limits interval arithmetic can guarantee. A limit is absent
 * when the inputs leave that side open; whether the limit itself is attainable follows the
 * qualifiers (see `boundsOf`), it is not recorded here. `approximate` is `true` when the value
 * is not what the inputs state but an estimate: an input was an estimate (约1.2万人), or a range
 * (三四十人), whose midpoint the value is computed from; `formatPercent` then writes 约.
 *
 * @category metric
 */
export interface MetricSuccess {
  readonly ok: true;
  readonly value: number;
  readonly lower?: number;
  readonly upper?: number;
  /** Present, and `true`, when the value is an estimate (an input was 约 or a range). */
  readonly approximate?: true;
}

/**
 * The outcome of a formula: a finite value (never `NaN`, `±Infinity` or a silent `0`) or a
 * typed failure with a readable message.
 *
 * @category metric
 */
export type MetricResult = MetricSuccess | Failure<MetricFailureReason>;

/**
 * Options every formula takes: the language of failure messages.
 *
 * @category metric
 */
export interface MetricOptions {
  /** Defaults to `"zh-CN"`. */
  readonly locale?: Locale;
}

/**
 * What an indicator measures: a count (场次, 人次), an amount of money, a ratio (知晓率,
 * 覆盖率) or a growth rate (增速).
 *
 * @category metric
 */
export type IndicatorKind = "count" | "amount" | "ratio" | "growth";

/**
 * How an indicator combines over regions: add values, divide summed numerators by summed
 * denominators, take the largest or smallest, or not at all.
 *
 * @category metric
 */
export type Aggregation = "sum" | "ratio" | "max" | "min" | "none";

/**
 * How an indicator combines over time: add the periods (flows such as 活动场次), keep the
 * latest (stocks such as 示范单位数), or not at all.
 *
 * @category metric
 */
export type TemporalAggregation = "sum" | "last" | "none";

/**
 * An indicator's name: simplified Chinese always, traditional Chinese and English when known.
 *
 * @category metric
 */
export interface IndicatorName {
  readonly "zh-CN": string;
  readonly "zh-TW"?: string;
  readonly en?: string;
}

/**
 * An indicator (指标) as data: what it counts and how it rolls up.
 *
 * @category metric
 */
export interface Indicator {
  /** A stable snake_case id, such as `awareness_rate`. */
  readonly id: string;
  readonly name: IndicatorName;
  readonly kind: IndicatorKind;
  /** The measure word or symbol of its values (人次, 元, %); absent for a bare number. */
  readonly unit?: string;
  readonly aggregation: Aggregation;
  readonly temporal?: TemporalAggregation;
}

/**
 * The status of an observation, a subset of SDMX OBS_STATUS: `A` normal, `E` estimated,
 * `P` provisional, `F` forecast, `U` low reliability.
 *
 * @category metric
 */
export type ObservationStatus = "A" | "E" | "P" | "F" | "U";

/**
 * One reported value of an indicator for a region and period (观测值): either a `value`, or a
 * `numerator` and `denominator` for a ratio (so it can roll up), or both.
 *
 * @category metric
 */
export interface Observation {
  readonly indicatorId: string;
  readonly regionCode: string;
  /** A period key such as `2023-H1`. */
  readonly period: string;
  readonly value?: MetricInput;
  readonly numerator?: MetricInput;
  readonly denominator?: MetricInput;
  readonly status?: ObservationStatus;
  /**
   * The record the figure is tied to (an activity, a carrier, a component), when it is one
   * record's figure rather than the region's: roll-up, aggregation over time and year-on-year
   * leave such figures out, since a region's total is not the sum of its records' figures.
   */
  readonly about?: { readonly kind: string; readonly id: string };
}

/**
 * The aggregate of one region for an indicator whose values add up (or are kept: `sum`, `max`,
 * `min`, `none`): the value and its qualifier as `addQuantities` would give them — for a
 * `range` also its upper end —, the unit they are in, the coarsest written precision when any
 * observation had one, how many observations went into it, and the weakest status among them
 * when it is not `A`.
 *
 * @category metric
 */
export interface RollupSum {
  readonly value: number;
  /** The upper end, when the aggregate is a range (sums of 三四十-style figures). */
  readonly upper?: number;
  /**
   * The unit `value`, `upper` and `precision` are in: the indicator's unit, or, when the
   * indicator has none, the unit of the first observation that has one (figures in another unit
   * of the same quantity, 人次 against 万人次, are shifted onto it through the unit table).
   * Absent when neither the indicator nor any observation names a unit: a bare number.
   */
  readonly unit?: string;
  readonly comparator: Comparator;
  /** The coarsest written precision of the observations, when any had one. */
  readonly precision?: number;
  readonly count: number;
  /** The weakest status of the observations (SDMX: U, then F, E, P); absent when all are `A`. */
  readonly status?: ObservationStatus;
}

/**
 * The aggregate of one region for a ratio indicator: the summed numerators and denominators
 * and the units they are in, their quotient and its qualifier, how many observations went into
 * it, and the weakest status among them when it is not `A`.
 *
 * The quotient of two figures of one quantity (人 of 人, 个 of 个, 万人 of 人 once on one
 * scale) is a plain fraction, whatever the indicator's unit: 99 of 100 is `0.99` for a `%`
 * indicator too, as every rate shiliu computes (`formatPercent` prints it as 99%); `unit` is then
 * absent. Only a quotient of two different quantities (元 per 人) has a unit, written
 * `numeratorUnit/denominatorUnit` (`元/人`).
 *
 * @category metric
 */
export interface RollupRatio {
  readonly value: number;
  /** The unit of `value` when the sides are different quantities (`元/人`); absent for a fraction. */
  readonly unit?: string;
  readonly comparator: Comparator;
  readonly numerator: number;
  /**
   * The unit `numerator` is in: the first observation's numerator unit, the others shifted onto
   * it through the unit table; absent when no numerator names one.
   */
  readonly numeratorUnit?: string;
  readonly denominator: number;
  /** The unit `denominator` is in, chosen as `numeratorUnit` is; absent when none names one. */
  readonly denominatorUnit?: string;
  readonly count: number;
  /** The weakest status of the observations (SDMX: U, then F, E, P); absent when all are `A`. */
  readonly status?: ObservationStatus;
}

/**
 * The aggregate of one region: a {@link RollupRatio} for a ratio indicator (it has a
 * `numerator`), a {@link RollupSum} otherwise.
 *
 * @category metric
 */
export type RollupEntry = RollupSum | RollupRatio;

/**
 * The aggregate an indicator's aggregation gives: {@link RollupRatio} for `"ratio"`,
 * {@link RollupSum} for the others, both when the aggregation is not known statically.
 *
 * @category metric
 */
export type RollupEntryOf<A extends Aggregation> = A extends "ratio" ? RollupRatio : RollupSum;

/**
 * Aggregates by canonical region code: every region with data at or below it.
 *
 * @category metric
 */
export type RollupMap<E extends RollupEntry = RollupEntry> = ReadonlyMap<string, E>;

/**
 * Why a roll-up failed: a ratio known only as a value (`not_aggregatable`), an observation of
 * a region the index does not hold, two observations of one region, observations of several
 * periods with no period chosen, or an observation whose value is missing, not finite,
 * negative where a denominator must be positive, in another unit, or written to a precision
 * that is not a positive finite number (`invalid_precision`).
 *
 * @category metric
 */
export type RollupFailureReason =
  | "not_aggregatable"
  | "unknown_region"
  | "duplicate_observation"
  | "mixed_periods"
  | "missing_value"
  | "not_finite"
  | "negative_input"
  | "zero_denominator"
  | "unit_mismatch"
  | "invalid_precision";

/**
 * A failed roll-up, naming the observation (its index in the input) that caused it; the
 * index is −1 when no single observation did (a sum too large to represent).
 *
 * @category metric
 */
export interface RollupFailure extends Failure<RollupFailureReason> {
  readonly observationIndex: number;
  readonly regionCode: string;
}

/**
 * The outcome of `rollup`: the aggregates, or the first observation that prevents them.
 *
 * @category metric
 */
export type RollupResult<E extends RollupEntry = RollupEntry> =
  | { readonly ok: true; readonly value: RollupMap<E> }
  | RollupFailure;

/**
 * Why an aggregation over time failed: some parts of the period have no observation
 * (`incomplete_period`: 2 of a quarter's 3 months), none has (`missing_value`), the indicator
 * does not combine over time and the period has no observation of its own (`not_aggregatable`),
 * a period key is not one (an interval such as `2021/2023`, or a malformed key:
 * `invalid_period`), two observations of one period, observations of several regions with no
 * region chosen (`mixed_regions`), or an observation the roll-up would refuse too.
 *
 * @category metric
 */
export type TemporalFailureReason =
  | "incomplete_period"
  | "missing_value"
  | "not_aggregatable"
  | "invalid_period"
  | "duplicate_observation"
  | "mixed_regions"
  | "not_finite"
  | "negative_input"
  | "zero_denominator"
  | "unit_mismatch"
  | "invalid_precision";

/**
 * A failed aggregation over time, naming the observation that caused it (−1 when no single one
 * did), its region and period, and for `incomplete_period` every missing part.
 *
 * @category metric
 */
export interface TemporalFailure extends Failure<TemporalFailureReason> {
  readonly observationIndex: number;
  readonly regionCode: string;
  /** The period the failure concerns: the observation's, or the one asked for. */
  readonly period: string;
  /** For `incomplete_period`: the largest parts with no observation, in calendar order. */
  readonly missing?: readonly string[];
}

/**
 * The aggregate one period gets from an indicator's `aggregation` and `temporal`: a
 * {@link RollupRatio} when a ratio's numerators and denominators are added over time, a
 * {@link RollupSum} for other indicators, either for a ratio whose period value is one
 * observation (`last`, `none`: a percentage without its numerator stays a value).
 *
 * @category metric
 */
export type TemporalEntryOf<
  A extends Aggregation,
  T extends TemporalAggregation | undefined,
> = A extends "ratio" ? (T extends "sum" ? RollupRatio : RollupEntry) : RollupSum;

/**
 * The outcome of `aggregateOverTime`: the period's aggregate, or why there is none.
 *
 * @category metric
 */
export type TemporalResult<E extends RollupEntry = RollupEntry> =
  | { readonly ok: true; readonly value: E }
  | TemporalFailure;
