// The running aggregate shared by roll-up over regions and aggregation over time: reading one
// observation, merging two aggregates, and the failure that names an observation.
import { decimalToNumber, shiftDecimal, toDecimal } from "../core/decimal";
import { describeValue } from "../core/describe-value";
import type { Locale } from "../core/locale";
import type { Failure } from "../core/result";
import { addFigureInto } from "../quantity/add-figure-into";
import { commonUnit } from "../quantity/common-unit";
import { comparatorBounds } from "../quantity/comparators";
import { joinComparators } from "../quantity/join-comparators";
import { turnComparator } from "../quantity/turn-comparator";
import type { Comparator, Quantity } from "../quantity/types";
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
}

/** What reading observations has learnt so far: the unit the aggregate is in. @internal */
export interface ObservationRead {
  unit: string | undefined;
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
      ? { value: child.value, comparator: child.comparator, count: child.count }
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
    const n = typeof numerator === "number" ? numerator : numerator?.value;
    const d = typeof denominator === "number" ? denominator : denominator?.value;
    if (n === undefined || !Number.isFinite(n)) {
      return aggregateFailure("not_finite", locale, i, code, describeValue(n, locale), "", period);
    }
    if (d === undefined || !Number.isFinite(d)) {
      return aggregateFailure("not_finite", locale, i, code, describeValue(d, locale), "", period);
    }
    if (n < 0) return aggregateFailure("negative_input", locale, i, code, String(n), "", period);
    if (d < 0) return aggregateFailure("negative_input", locale, i, code, String(d), "", period);
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
    const aggregate: Aggregate = { value: input === 0 ? 0 : input, comparator: "eq", count: 1 };
    if (status !== undefined && status !== "A") aggregate.status = status;
    return aggregate;
  }
  return readQuantity(input, read, locale, i, code, period, status);
}

function readQuantity(
  q: Quantity,
  read: ObservationRead,
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
  let shift = 0;
  const valueUnit = q.unit;
  if (valueUnit !== undefined && valueUnit !== read.unit) {
    if (read.unit === undefined) {
      read.unit = valueUnit;
    } else {
      // The aggregate stays in its own unit; a figure of the same quantity is shifted onto it.
      const common = commonUnit(valueUnit, read.unit);
      if (common === undefined || common.unit === undefined) {
        return aggregateFailure("unit_mismatch", locale, i, code, valueUnit, read.unit, period);
      }
      shift = common.shiftA - common.shiftB;
    }
  }
  const on = (x: number) => (shift === 0 ? x : decimalToNumber(shiftDecimal(toDecimal(x), shift)));
  const aggregate: Aggregate = { value: on(value === 0 ? 0 : value), comparator, count: 1 };
  if (between) aggregate.upper = on(q.upper as number);
  if (precision !== undefined) aggregate.precision = on(precision);
  if (status !== undefined && status !== "A") aggregate.status = status;
  return aggregate;
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
