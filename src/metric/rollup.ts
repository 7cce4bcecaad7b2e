import type { Locale } from "../core/locale";
import type { Failure } from "../core/result";
import { joinComparators } from "../quantity/join-comparators";
import type { Comparator } from "../quantity/types";
import type { RegionIndex } from "../region/types";
import { metricFailure } from "./messages";
import type {
  Aggregation,
  Indicator,
  MetricInput,
  Observation,
  RollupEntry,
  RollupFailure,
  RollupFailureReason,
  RollupResult,
} from "./types";

/**
 * Options of {@link rollup}.
 *
 * @category metric
 */
export interface RollupOptions {
  /** Only observations of this period key; without it, all observations must share one period. */
  readonly period?: string;
  /** The language of failure messages; defaults to `"zh-CN"`. */
  readonly locale?: Locale;
}

/** The running aggregate of one region. */
interface Aggregate {
  value: number;
  comparator: Comparator;
  numerator: number;
  denominator: number;
  denominatorComparator: Comparator;
  count: number;
  /** The index of the region's own observation, or −1. */
  own: number;
}

/**
 * Rolls an indicator up the region tree (逐级汇总): every region with data at or below it
 * gets an aggregate, computed once per region and then propagated bottom-up in a single pass
 * (time linear in observations plus regions).
 *
 * - `sum` adds values; qualifiers combine as in `addQuantities` (5万余 + 100 is 50100余).
 * - `ratio` adds numerators and denominators and divides (never an average of ratios); a ratio
 *   known only as a `value` (a percentage with no numerator and denominator) is not aggregatable
 *   and fails the whole call with `not_aggregatable`, naming the observation. The qualifier of
 *   the ratio joins the numerator's with the denominator's turned around (a denominator that is
 *   a lower bound makes the ratio an upper bound).
 * - `max` / `min` keep the largest / smallest value; the qualifier is `eq` when every
 *   contributing figure is exact and `approx` otherwise.
 * - `none` reports each region's own observation only, with no roll-up.
 *
 * Observations of other indicators (or, with `period`, other periods) are ignored. Each
 * observation counts once, at its region and every ancestor: a region that reports its own
 * total as well as its children's figures is counted twice, so pass one level or the other.
 * Nothing is dropped silently: an unknown region, a second observation of one region, several
 * periods without a `period` option, a missing, non-finite or wrongly-united value, a negative
 * or zero denominator all fail with the observation's index and region.
 *
 * @param index - The region tree.
 * @param observations - The observations; any indicator, any order.
 * @param indicator - The indicator to roll up; its `aggregation` decides how.
 * @param options - The period to keep and the locale of failure messages.
 * @returns A map from region code to `{ value, comparator, numerator?, denominator?, count }`,
 * or a {@link RollupFailure}.
 * @category metric
 * @example
 * ```ts
 * const index = createRegionIndex([
 *   { code: "530600", name: "昭通市", level: "prefecture" },
 *   { code: "530626", name: "绥江县", level: "county", parentCode: "530600" },
 *   { code: "530627", name: "镇雄县", level: "county", parentCode: "530600" },
 * ]);
 * const observations = [
 *   { indicatorId: "demonstration_units", regionCode: "530626", period: "2023", value: 35 },
 *   { indicatorId: "demonstration_units", regionCode: "530627", period: "2023", value: { value: 10, comparator: "gt" } },
 * ];
 * const result = rollup(index, observations, standardIndicators.demonstration_units);
 * result.ok && result.value.get("530600") //=> { value: 45, comparator: "gt", count: 2 }
 * ```
 */
export function rollup(
  index: RegionIndex,
  observations: readonly Observation[],
  indicator: Indicator,
  options: RollupOptions = {},
): RollupResult {
  const locale = options.locale ?? "zh-CN";
  const aggregation = indicator.aggregation;
  const aggregates = new Map<string, Aggregate>();
  let period = options.period;
  let unit = indicator.unit;

  for (let i = 0; i < observations.length; i++) {
    const observation = observations[i] as Observation;
    if (observation.indicatorId !== indicator.id) continue;
    const code = observation.regionCode;
    if (period === undefined) {
      period = observation.period;
    } else if (observation.period !== period) {
      if (options.period !== undefined) continue;
      return fail("mixed_periods", locale, i, code, period, observation.period);
    }
    if (index.get(code) === undefined) return fail("unknown_region", locale, i, code);
    const existing = aggregates.get(code);
    if (existing !== undefined && existing.own >= 0) {
      return fail("duplicate_observation", locale, i, code, "", String(existing.own));
    }
    const aggregate: Aggregate = existing ?? emptyAggregate(aggregation);
    aggregate.own = i;
    aggregate.count = 1;
    if (aggregation === "ratio") {
      const { numerator, denominator } = observation;
      if (numerator === undefined || denominator === undefined) {
        return observation.value === undefined
          ? fail("missing_value", locale, i, code)
          : fail("not_aggregatable", locale, i, code);
      }
      const n = readTerm(numerator);
      if (n === undefined) return fail("not_finite", locale, i, code, describe(numerator));
      const d = readTerm(denominator);
      if (d === undefined) return fail("not_finite", locale, i, code, describe(denominator));
      if (n.value < 0) return fail("negative_input", locale, i, code, String(n.value));
      if (d.value < 0) return fail("negative_input", locale, i, code, String(d.value));
      if (d.value === 0) return fail("zero_denominator", locale, i, code);
      aggregate.numerator = n.value;
      aggregate.comparator = n.comparator;
      aggregate.denominator = d.value;
      aggregate.denominatorComparator = d.comparator;
    } else {
      if (observation.value === undefined) return fail("missing_value", locale, i, code);
      const v = readTerm(observation.value);
      if (v === undefined) return fail("not_finite", locale, i, code, describe(observation.value));
      if (v.unit !== undefined) {
        if (unit === undefined) unit = v.unit;
        else if (v.unit !== unit) return fail("unit_mismatch", locale, i, code, v.unit, unit);
      }
      aggregate.value = v.value;
      aggregate.comparator = v.comparator;
    }
    if (existing === undefined) aggregates.set(code, aggregate);
  }

  if (aggregation !== "none") {
    const regions = index.regions();
    // Parents come before children, so walking backwards finishes every child before its parent.
    for (let r = regions.length - 1; r >= 0; r--) {
      const code = (regions[r] as { readonly code: string }).code;
      const child = aggregates.get(code);
      if (child === undefined) continue;
      const parentRegion = index.parent(code);
      if (parentRegion === undefined) continue;
      let parent = aggregates.get(parentRegion.code);
      if (parent === undefined) {
        parent = emptyAggregate(aggregation);
        aggregates.set(parentRegion.code, parent);
      }
      merge(parent, child, aggregation);
    }
  }

  const result = new Map<string, RollupEntry>();
  for (const [code, aggregate] of aggregates) {
    const entry = toEntry(aggregate, aggregation);
    // Finite figures can still add up past the largest double.
    if (!Number.isFinite(entry.value)) {
      return fail("not_finite", locale, aggregate.own, code, String(entry.value));
    }
    result.set(code, entry);
  }
  return { ok: true, value: result };
}

function emptyAggregate(aggregation: Aggregation): Aggregate {
  return {
    value:
      aggregation === "max"
        ? Number.NEGATIVE_INFINITY
        : aggregation === "min"
          ? Number.POSITIVE_INFINITY
          : 0,
    comparator: "eq",
    numerator: 0,
    denominator: 0,
    denominatorComparator: "eq",
    count: 0,
    own: -1,
  };
}

function merge(parent: Aggregate, child: Aggregate, aggregation: Aggregation): void {
  parent.count += child.count;
  switch (aggregation) {
    case "sum":
      parent.value += child.value;
      parent.comparator = joinComparators(parent.comparator, child.comparator);
      return;
    case "ratio":
      parent.numerator += child.numerator;
      parent.denominator += child.denominator;
      parent.comparator = joinComparators(parent.comparator, child.comparator);
      parent.denominatorComparator = joinComparators(
        parent.denominatorComparator,
        child.denominatorComparator,
      );
      return;
    default: {
      const better =
        aggregation === "max" ? child.value > parent.value : child.value < parent.value;
      if (better) parent.value = child.value;
      parent.comparator = parent.comparator === "eq" && child.comparator === "eq" ? "eq" : "approx";
    }
  }
}

/** How a bound on a denominator bounds the quotient: the direction turns around. */
const turned: { readonly [c in Comparator]: Comparator } = {
  eq: "eq",
  approx: "approx",
  gt: "lt",
  gte: "lte",
  nearly: "gt",
  lt: "gt",
  lte: "gte",
};

function toEntry(aggregate: Aggregate, aggregation: Aggregation): RollupEntry {
  if (aggregation === "ratio") {
    const value = aggregate.numerator / aggregate.denominator;
    return {
      value: value === 0 ? 0 : value,
      comparator: joinComparators(aggregate.comparator, turned[aggregate.denominatorComparator]),
      numerator: aggregate.numerator,
      denominator: aggregate.denominator,
      count: aggregate.count,
    };
  }
  const value = aggregate.value === 0 ? 0 : aggregate.value;
  return { value, comparator: aggregate.comparator, count: aggregate.count };
}

interface Term {
  readonly value: number;
  readonly comparator: Comparator;
  readonly unit: string | undefined;
}

function readTerm(input: MetricInput): Term | undefined {
  if (typeof input === "number") {
    return Number.isFinite(input) ? { value: input, comparator: "eq", unit: undefined } : undefined;
  }
  if (input === null || typeof input !== "object" || !Number.isFinite(input.value))
    return undefined;
  return { value: input.value, comparator: input.comparator, unit: input.unit };
}

function describe(input: MetricInput): string {
  return String(typeof input === "number" ? input : input?.value);
}

function fail(
  reason: RollupFailureReason,
  locale: Locale,
  observationIndex: number,
  regionCode: string,
  detail = "",
  other = "",
): RollupFailure {
  const where =
    locale === "en"
      ? `observation ${observationIndex} (region ${regionCode})`
      : locale === "zh-TW"
        ? `第 ${observationIndex} 條觀測值（地區 ${regionCode}）`
        : `第 ${observationIndex} 条观测值（地区 ${regionCode}）`;
  let base: Failure<RollupFailureReason>;
  switch (reason) {
    case "not_aggregatable":
    case "unknown_region":
      base = metricFailure(reason, locale, "rollup", regionCode, observationIndex);
      break;
    case "duplicate_observation":
      base = metricFailure(reason, locale, "rollup", regionCode, observationIndex, other);
      break;
    case "mixed_periods":
      base = metricFailure(reason, locale, "rollup", detail, "", other);
      break;
    default:
      base = metricFailure(reason, locale, "rollup", where, detail, other);
  }
  return { ...base, observationIndex, regionCode };
}
