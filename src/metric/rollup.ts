import { describeValue } from "../core/describe-value";
import type { Locale } from "../core/locale";
import { resolveLocale } from "../core/locale";
import type { Failure } from "../core/result";
import { joinComparators } from "../quantity/join-comparators";
import { turnComparator } from "../quantity/turn-comparator";
import type { Comparator } from "../quantity/types";
import type { RegionIndex } from "../region/types";
import { metricFailure } from "./messages";
import type {
  Aggregation,
  Indicator,
  Observation,
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

/**
 * The running aggregate of one region; it becomes the region's entry in place, so a roll-up
 * allocates one object per region and nothing else. A ratio keeps one qualifier: the
 * numerators' joined with the denominators' turned around (turning distributes over the join,
 * so the order of merging does not matter).
 */
interface Aggregate {
  value: number;
  comparator: Comparator;
  numerator?: number;
  denominator?: number;
  count: number;
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
  const locale = resolveLocale(options.locale);
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
    // Before propagation only observed regions have aggregates, so any hit is a repeat.
    if (aggregates.has(code)) {
      const first = observations.findIndex(
        (o) => o.indicatorId === indicator.id && o.regionCode === code && o.period === period,
      );
      return fail("duplicate_observation", locale, i, code, "", String(first));
    }
    if (aggregation === "ratio") {
      const { numerator, denominator } = observation;
      if (numerator === undefined || denominator === undefined) {
        return observation.value === undefined
          ? fail("missing_value", locale, i, code)
          : fail("not_aggregatable", locale, i, code);
      }
      const n = typeof numerator === "number" ? numerator : numerator?.value;
      const d = typeof denominator === "number" ? denominator : denominator?.value;
      if (n === undefined || !Number.isFinite(n)) {
        return fail("not_finite", locale, i, code, describeValue(n, locale));
      }
      if (d === undefined || !Number.isFinite(d)) {
        return fail("not_finite", locale, i, code, describeValue(d, locale));
      }
      if (n < 0) return fail("negative_input", locale, i, code, String(n));
      if (d < 0) return fail("negative_input", locale, i, code, String(d));
      if (d === 0) return fail("zero_denominator", locale, i, code);
      if (!Number.isFinite(n / d))
        return fail("not_finite", locale, i, code, describeValue(n / d, locale));
      const numeratorComparator = typeof numerator === "number" ? "eq" : numerator.comparator;
      const denominatorComparator = typeof denominator === "number" ? "eq" : denominator.comparator;
      aggregates.set(code, {
        value: n / d,
        comparator: joinComparators(numeratorComparator, turnComparator(denominatorComparator)),
        numerator: n,
        denominator: d,
        count: 1,
      });
    } else {
      const input = observation.value;
      if (input === undefined) return fail("missing_value", locale, i, code);
      let value: number;
      let comparator: Comparator = "eq";
      if (typeof input === "number") {
        value = input;
      } else {
        value = input?.value;
        comparator = input?.comparator;
        const valueUnit = input?.unit;
        if (valueUnit !== undefined) {
          if (unit === undefined) unit = valueUnit;
          else if (valueUnit !== unit) {
            return fail("unit_mismatch", locale, i, code, valueUnit, unit);
          }
        }
      }
      if (!Number.isFinite(value))
        return fail("not_finite", locale, i, code, describeValue(value, locale));
      aggregates.set(code, { value: value === 0 ? 0 : value, comparator, count: 1 });
    }
  }

  const observed = aggregates.size;
  if (aggregation === "none") {
    for (const code of aggregates.keys()) {
      if (index.get(code) === undefined)
        return unknownRegion(observations, indicator, code, locale);
    }
    return { ok: true, value: aggregates };
  }
  // Every region of the index is visited once; an observed region the walk never reaches is
  // not in the index. Counting hits finds that without a lookup per observation.
  let hits = 0;
  let created = 0;
  const regions = index.regions();
  // Parents come before children, so walking backwards finishes every child before its parent.
  for (let r = regions.length - 1; r >= 0; r--) {
    const code = (regions[r] as { readonly code: string }).code;
    const child = aggregates.get(code);
    if (child === undefined) continue;
    hits++;
    const parentRegion = index.parent(code);
    if (parentRegion === undefined) continue;
    const parent = aggregates.get(parentRegion.code);
    if (parent === undefined) {
      created++;
      aggregates.set(
        parentRegion.code,
        aggregation === "ratio"
          ? {
              value: child.value,
              comparator: child.comparator,
              numerator: child.numerator as number,
              denominator: child.denominator as number,
              count: child.count,
            }
          : { value: child.value, comparator: child.comparator, count: child.count },
      );
    } else if (!merge(parent, child, aggregation)) {
      // Finite figures can still add up past the largest double.
      return fail("not_finite", locale, -1, parentRegion.code, describeValue(parent.value, locale));
    }
  }
  if (hits - created < observed) {
    for (const code of aggregates.keys()) {
      if (index.get(code) === undefined)
        return unknownRegion(observations, indicator, code, locale);
    }
  }
  return { ok: true, value: aggregates };
}

/** Adds a child's aggregate into its parent's; `false` when the sum is no longer finite. */
function merge(parent: Aggregate, child: Aggregate, aggregation: Aggregation): boolean {
  parent.count += child.count;
  switch (aggregation) {
    case "sum":
      parent.value += child.value;
      parent.comparator = joinComparators(parent.comparator, child.comparator);
      return Number.isFinite(parent.value);
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
      parent.comparator = parent.comparator === "eq" && child.comparator === "eq" ? "eq" : "approx";
      return true;
    }
  }
}

function unknownRegion(
  observations: readonly Observation[],
  indicator: Indicator,
  code: string,
  locale: Locale,
): RollupFailure {
  const at = observations.findIndex((o) => o.indicatorId === indicator.id && o.regionCode === code);
  return fail("unknown_region", locale, at, code);
}

function fail(
  reason: RollupFailureReason,
  locale: Locale,
  observationIndex: number,
  regionCode: string,
  detail = "",
  other = "",
): RollupFailure {
  // -1: no one observation, the region's total of several (finite figures past MAX_VALUE).
  const where =
    observationIndex < 0
      ? locale === "en"
        ? `the total of region ${regionCode}`
        : locale === "zh-TW"
          ? `地區 ${regionCode} 的合計`
          : `地区 ${regionCode} 的合计`
      : locale === "en"
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
