// The running aggregate shared by roll-up over regions and aggregation over time: reading one
// observation, merging two aggregates, and the failure that names an observation.
import { shiftNumber } from "../core/decimal";
import { describeValue } from "../core/describe-value";
import type { Locale } from "../core/locale";
import type { Failure } from "../core/result";
import { addFigureInto } from "../quantity/add-figure-into";
import { commonUnit } from "../quantity/common-unit";
import { comparatorBounds } from "../quantity/comparators";
import { joinComparators } from "../quantity/join-comparators";
import { turnComparator } from "../quantity/turn-comparator";
import type { Comparator, Quantity } from "../quantity/types";
import { unitOf } from "../quantity/unit-of";
import { figureText } from "./figure-text";
import { metricFailure } from "./messages";
import type {
  Aggregation,
  Observation,
  ObservationStatus,
  RollupFailure,
  RollupFailureReason,
} from "./types";

/**
 * The running aggregate of one region; it becomes the region's entry in place, so a roll-up
 * allocates one object per region and nothing else. A ratio keeps one qualifier: the
 * numerators' joined with the denominators' turned around (turning distributes over the join,
 * so the order of merging does not matter).
 *
 * @internal
 */
export interface Aggregate {
  value: number;
  upper?: number | undefined;
  comparator: Comparator;
  precision?: number;
  numerator?: number;
  denominator?: number;
  count: number;
  status?: ObservationStatus;
  unit?: string;
  numeratorUnit?: string;
  denominatorUnit?: string;
}

/**
 * The unit one side of the aggregates is in (the values, or a ratio's numerators or
 * denominators). It is `fixed` once decided: by the indicator's unit, or by the first figure
 * that names one. A side fixed with no `unit` is a fraction (the first figure was a `%` or ‰
 * figure: rates with no declared unit are fractions, as every rate shiliu computes).
 *
 * @internal
 */
export interface Side {
  unit: string | undefined;
  fixed: boolean;
  /** The power of ten a bare number is shifted by onto `unit` (2 onto `%`), once known. */
  bare: number | undefined;
}

/** What reading observations has learnt so far: the unit of each side. @internal */
export interface ObservationRead {
  readonly value: Side;
  readonly numerator: Side;
  readonly denominator: Side;
}

/** A fresh read: the values in `unit` (the indicator's) when given, the sides undecided. @internal */
export function startRead(unit: string | undefined): ObservationRead {
  return {
    value: { unit, fixed: unit !== undefined, bare: undefined },
    numerator: { unit: undefined, fixed: false, bare: undefined },
    denominator: { unit: undefined, fixed: false, bare: undefined },
  };
}

/**
 * The power of ten that puts a figure written in `unit` (`undefined`: a bare number) onto the
 * side's unit, through the unit table; `undefined` when the figure is another quantity. The
 * first figure with a unit fixes an undecided side; bare numbers take the side's unit, except
 * against `%` or ‰, where they are fractions (0.95 is 95%).
 */
function placesOnto(side: Side, unit: string | undefined): number | undefined {
  if (unit === undefined) {
    if (side.unit === undefined) return 0;
    if (side.bare === undefined) {
      const common = commonUnit(undefined, side.unit) as { shiftA: number; shiftB: number };
      side.bare = common.shiftA - common.shiftB;
    }
    return side.bare;
  }
  if (unit === side.unit) return 0;
  if (!side.fixed) {
    side.fixed = true;
    const entry = unitOf(unit);
    if (entry.kind === "ratio") return entry.exponent;
    side.unit = unit;
    return 0;
  }
  const common = commonUnit(unit, side.unit);
  if (common === undefined) return undefined;
  // A fraction side takes rates only: against no unit, commonUnit lets any word in.
  if (side.unit === undefined) return common.unit === undefined ? common.shiftA : undefined;
  return common.shiftA - common.shiftB;
}

/** `x` times `10^places`, on the decimal so no binary error creeps in. */
function shifted(x: number, places: number): number {
  return places === 0 ? x : shiftNumber(x, places);
}

/**
 * Whether finished aggregates need {@link stampUnits}: a ratio whose sides name a unit, or a sum
 * whose unit was decided by a figure after entries were made without it.
 *
 * @internal
 */
export function needsStamp(read: ObservationRead, indicatorUnit: string | undefined): boolean {
  return (
    read.numerator.unit !== undefined ||
    read.denominator.unit !== undefined ||
    read.value.unit !== indicatorUnit
  );
}

/**
 * Writes the units read into a finished aggregate: a sum's unit, a ratio's numerator and
 * denominator units, and the ratio's value put on one scale (5万人 of 10万人 read as 5 of 10 is
 * 0.5; 5万人 of 100000人 is 0.5 as well), or its unit when the sides are different quantities
 * (`元/人`). `false` when that value is no longer finite.
 *
 * @internal
 */
export function stampUnits(entry: Aggregate, read: ObservationRead): boolean {
  if (entry.numerator === undefined) {
    if (read.value.unit !== undefined && entry.unit === undefined) entry.unit = read.value.unit;
    return true;
  }
  const numeratorUnit = read.numerator.unit;
  const denominatorUnit = read.denominator.unit;
  const common = commonUnit(numeratorUnit, denominatorUnit);
  if (common === undefined) entry.unit = `${numeratorUnit}/${denominatorUnit}`;
  if (numeratorUnit !== undefined) entry.numeratorUnit = numeratorUnit;
  if (denominatorUnit !== undefined) entry.denominatorUnit = denominatorUnit;
  if (common === undefined) return true;
  const places = common.shiftA - common.shiftB;
  if (places !== 0) {
    entry.value = shifted(entry.numerator / (entry.denominator as number), places);
  }
  return Number.isFinite(entry.value);
}

/**
 * How weak each status is, as SDMX ranks OBS_STATUS when one flag must stand for several
 * (Guidelines "Possible ways of implementing the observation status concept", v2.0, 2019, §2:
 * low reliability over forecast over estimated over provisional over normal).
 */
const weakness: { readonly [status in ObservationStatus]: number } = {
  A: 0,
  P: 1,
  E: 2,
  F: 3,
  U: 4,
};

/** The weaker of two statuses; `undefined` stands for normal. @internal */
export function weakerStatus(
  a: ObservationStatus | undefined,
  b: ObservationStatus | undefined,
): ObservationStatus | undefined {
  if (b === undefined || b === "A") return a;
  if (a === undefined || a === "A") return b;
  return (weakness[b] ?? 0) > (weakness[a] ?? 0) ? b : a;
}

/** A copy of an aggregate, the start of its parent's. @internal */
export function entryOf(child: Aggregate): Aggregate {
  // The same key order as readObservation's, so a parent and its children share one shape and
  // the merge stays monomorphic over a national tree.
  const entry: Aggregate =
    child.numerator === undefined
      ? child.unit === undefined
        ? { value: child.value, comparator: child.comparator, count: child.count }
        : { value: child.value, comparator: child.comparator, count: child.count, unit: child.unit }
      : {
          value: child.value,
          comparator: child.comparator,
          numerator: child.numerator,
          denominator: child.denominator as number,
          count: child.count,
        };
  if (child.upper !== undefined) entry.upper = child.upper;
  if (child.precision !== undefined) entry.precision = child.precision;
  if (child.status !== undefined) entry.status = child.status;
  return entry;
}

/**
 * Reads one observation into a fresh aggregate, or the failure that names it.
 *
 * @internal
 */
export function readObservation(
  observation: Observation,
  aggregation: Aggregation,
  read: ObservationRead,
  locale: Locale,
  i: number,
  code: string,
  period?: string,
): Aggregate | RollupFailure {
  const status = observation.status;
  // Failures name the observation by region, and by period too over time (no closure here:
  // this runs once per observation of a national roll-up).
  if (aggregation === "ratio") {
    const { numerator, denominator } = observation;
    if (numerator === undefined || denominator === undefined) {
      return observation.value === undefined
        ? aggregateFailure("missing_value", locale, i, code, "", "", period)
        : aggregateFailure("not_aggregatable", locale, i, code, "", "", period);
    }
    const written = typeof numerator === "number" ? numerator : numerator?.value;
    const writtenD = typeof denominator === "number" ? denominator : denominator?.value;
    if (written === undefined || !Number.isFinite(written)) {
      return aggregateFailure(
        "not_finite",
        locale,
        i,
        code,
        describeValue(written, locale),
        "",
        period,
      );
    }
    if (writtenD === undefined || !Number.isFinite(writtenD)) {
      return aggregateFailure(
        "not_finite",
        locale,
        i,
        code,
        describeValue(writtenD, locale),
        "",
        period,
      );
    }
    // Each side lands on its own unit so far (万人 onto 人), never added raw.
    const numeratorUnit = typeof numerator === "number" ? undefined : numerator.unit;
    const placesN = placesOnto(read.numerator, numeratorUnit);
    if (placesN === undefined) {
      const other = read.numerator.unit ?? "%";
      return aggregateFailure(
        "unit_mismatch",
        locale,
        i,
        code,
        numeratorUnit as string,
        other,
        period,
      );
    }
    const denominatorUnit = typeof denominator === "number" ? undefined : denominator.unit;
    const placesD = placesOnto(read.denominator, denominatorUnit);
    if (placesD === undefined) {
      const other = read.denominator.unit ?? "%";
      return aggregateFailure(
        "unit_mismatch",
        locale,
        i,
        code,
        denominatorUnit as string,
        other,
        period,
      );
    }
    const n = shifted(written, placesN);
    const d = shifted(writtenD, placesD);
    if (n < 0) {
      const text = figureText(numerator, locale);
      return aggregateFailure("negative_input", locale, i, code, text, "", period);
    }
    if (d < 0) {
      const text = figureText(denominator, locale);
      return aggregateFailure("negative_input", locale, i, code, text, "", period);
    }
    if (d === 0) return aggregateFailure("zero_denominator", locale, i, code, "", "", period);
    if (!Number.isFinite(n / d))
      return aggregateFailure(
        "not_finite",
        locale,
        i,
        code,
        describeValue(n / d, locale),
        "",
        period,
      );
    const aggregate: Aggregate = {
      value: n / d,
      // Two plain numbers are exact; only qualified sides need the comparator table.
      comparator:
        typeof numerator === "number" && typeof denominator === "number"
          ? "eq"
          : joinComparators(
              ratioSide(typeof numerator === "number" ? "eq" : numerator.comparator),
              turnComparator(
                ratioSide(typeof denominator === "number" ? "eq" : denominator.comparator),
              ),
            ),
      numerator: n,
      denominator: d,
      count: 1,
    };
    if (status !== undefined && status !== "A") aggregate.status = status;
    return aggregate;
  }
  const input = observation.value;
  if (input === undefined)
    return aggregateFailure("missing_value", locale, i, code, "", "", period);
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      return aggregateFailure(
        "not_finite",
        locale,
        i,
        code,
        describeValue(input, locale),
        "",
        period,
      );
    const places = placesOnto(read.value, undefined) as number;
    const value = places === 0 ? input : shifted(input, places);
    const aggregate = fresh(value === 0 ? 0 : value, "eq", read.value.unit);
    if (status !== undefined && status !== "A") aggregate.status = status;
    return aggregate;
  }
  return readQuantity(input, read.value, locale, i, code, period, status);
}

function readQuantity(
  q: Quantity,
  side: Side,
  locale: Locale,
  i: number,
  code: string,
  period: string | undefined,
  status: ObservationStatus | undefined,
): Aggregate | RollupFailure {
  const value = q?.value;
  if (!Number.isFinite(value))
    return aggregateFailure(
      "not_finite",
      locale,
      i,
      code,
      describeValue(value, locale),
      "",
      period,
    );
  const comparator = Object.hasOwn(comparatorBounds, q.comparator) ? q.comparator : "approx";
  const between = comparatorBounds[comparator].direction === "between";
  if (between && !(typeof q.upper === "number" && Number.isFinite(q.upper) && q.upper >= value)) {
    return aggregateFailure(
      "not_finite",
      locale,
      i,
      code,
      describeValue(q.upper, locale),
      "",
      period,
    );
  }
  const precision = q.precision;
  // A written precision is a place (1e8 for 200亿): what is not a positive finite number is none.
  if (
    precision !== undefined &&
    !(typeof precision === "number" && Number.isFinite(precision) && precision > 0)
  ) {
    return aggregateFailure(
      "invalid_precision",
      locale,
      i,
      code,
      describeValue(precision, locale),
      "",
      period,
    );
  }
  // The aggregate stays in its side's unit; a figure of the same quantity is shifted onto it.
  const valueUnit = q.unit;
  const shift = valueUnit === side.unit ? 0 : placesOnto(side, valueUnit);
  if (shift === undefined) {
    return aggregateFailure(
      "unit_mismatch",
      locale,
      i,
      code,
      valueUnit as string,
      side.unit ?? "%",
      period,
    );
  }
  const on = (x: number) => shifted(x, shift);
  const aggregate = fresh(on(value === 0 ? 0 : value), comparator, side.unit);
  if (between) aggregate.upper = on(q.upper as number);
  if (precision !== undefined) aggregate.precision = on(precision);
  if (status !== undefined && status !== "A") aggregate.status = status;
  return aggregate;
}

/**
 * A summed aggregate of one observation, with its unit in the literal when known: one shape for
 * every entry of a roll-up, with no property added afterwards.
 */
function fresh(value: number, comparator: Comparator, unit: string | undefined): Aggregate {
  return unit === undefined
    ? { value, comparator, count: 1 }
    : { value, comparator, count: 1, unit };
}

/** A ratio's sides are not tracked as ranges: a range there is an estimate. */
function ratioSide(comparator: Comparator): Comparator {
  const direction = comparatorBounds[comparator]?.direction;
  return direction === undefined || direction === "between" ? "approx" : comparator;
}

/** Adds a child's aggregate into its parent's; `false` when the sum is no longer finite. @internal */
export function mergeAggregate(
  parent: Aggregate,
  child: Aggregate,
  aggregation: Aggregation,
): boolean {
  parent.count += child.count;
  if (child.status !== undefined) {
    parent.status = weakerStatus(parent.status, child.status) ?? child.status;
  }
  if (child.precision !== undefined) {
    parent.precision =
      parent.precision === undefined
        ? child.precision
        : Math.max(parent.precision, child.precision);
  }
  switch (aggregation) {
    case "sum":
      addFigureInto(parent, child);
      return (
        Number.isFinite(parent.value) &&
        (parent.upper === undefined || Number.isFinite(parent.upper))
      );
    case "ratio": {
      const numerator = (parent.numerator as number) + (child.numerator as number);
      const denominator = (parent.denominator as number) + (child.denominator as number);
      parent.numerator = numerator;
      parent.denominator = denominator;
      parent.value = numerator / denominator;
      parent.comparator = joinComparators(parent.comparator, child.comparator);
      return Number.isFinite(parent.value);
    }
    default: {
      const better =
        aggregation === "max" ? child.value > parent.value : child.value < parent.value;
      if (better) parent.value = child.value;
      const exact =
        comparatorBounds[parent.comparator].direction === "exact" &&
        comparatorBounds[child.comparator].direction === "exact";
      parent.comparator = exact ? "eq" : "approx";
      if (parent.upper !== undefined) delete parent.upper;
      return true;
    }
  }
}

/**
 * A failure naming the observation (its index) and region, and its period when it comes from
 * an aggregation over time; `detail` and `other` fill the message.
 *
 * @internal
 */
export function aggregateFailure(
  reason: RollupFailureReason,
  locale: Locale,
  observationIndex: number,
  regionCode: string,
  detail = "",
  other = "",
  period?: string,
): RollupFailure {
  const metric = period === undefined ? "rollup" : "overTime";
  // The region, and over time the period, the observation or total belongs to.
  const at =
    period === undefined
      ? locale === "en"
        ? `region ${regionCode}`
        : locale === "zh-TW"
          ? `地區 ${regionCode}`
          : `地区 ${regionCode}`
      : locale === "en"
        ? `region ${regionCode}, ${period}`
        : locale === "zh-TW"
          ? `地區 ${regionCode}，${period}`
          : `地区 ${regionCode}，${period}`;
  // -1: no one observation, the region's total of several (finite figures past MAX_VALUE).
  const where =
    observationIndex < 0
      ? locale === "en"
        ? `the total of ${at}`
        : locale === "zh-TW"
          ? `${at} 的合計`
          : `${at} 的合计`
      : locale === "en"
        ? `observation ${observationIndex} (${at})`
        : locale === "zh-TW"
          ? `第 ${observationIndex} 條觀測值（${at}）`
          : `第 ${observationIndex} 条观测值（${at}）`;
  let base: Failure<RollupFailureReason>;
  switch (reason) {
    case "not_aggregatable":
    case "unknown_region":
      base = metricFailure(
        reason,
        locale,
        metric,
        period === undefined ? regionCode : at,
        observationIndex,
      );
      break;
    case "duplicate_observation": {
      // The template names the region itself; over time the period follows it.
      const sep = locale === "en" ? ", " : "，";
      const input = period === undefined ? regionCode : `${regionCode}${sep}${period}`;
      base = metricFailure(reason, locale, metric, input, observationIndex, other);
      break;
    }
    case "mixed_periods":
      base = metricFailure(reason, locale, metric, detail, "", other);
      break;
    case "invalid_precision":
      base = metricFailure(reason, locale, metric, where, detail);
      break;
    default:
      base = metricFailure(reason, locale, metric, where, detail, other);
  }
  return { ...base, observationIndex, regionCode };
}
