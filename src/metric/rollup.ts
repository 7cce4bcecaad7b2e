import { describeValue } from "../core/describe-value";
import type { Locale } from "../core/locale";
import { resolveLocale } from "../core/locale";
import type { RegionIndex } from "../region/types";
import {
  type Aggregate,
  aggregateFailure,
  entryOf,
  mergeAggregate,
  needsStamp,
  type ObservationRead,
  readObservation,
  stampUnits,
  startRead,
} from "./aggregate";
import type {
  Aggregation,
  Indicator,
  Observation,
  RollupEntryOf,
  RollupFailure,
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
 * Rolls an indicator up the region tree (逐级汇总): every region with data at or below it
 * gets an aggregate, computed once per region and then propagated bottom-up in a single pass
 * (time linear in observations plus regions). Codes are canonical before they are keys: an
 * observation of `150105000000` counts for 赛罕区 `150105` and is keyed `150105`.
 *
 * - `sum` adds values; qualifiers combine as in `addQuantities` (5万余 + 100 is 50100余; ranges
 *   add to a range); units are read through the unit table (万人次 and 人次 add on one scale,
 *   人 and 人次 never).
 * - `ratio` adds numerators and denominators and divides (never an average of ratios); a ratio
 *   known only as a `value` (a percentage with no numerator and denominator) is not aggregatable
 *   and fails the whole call with `not_aggregatable`, naming the observation. The qualifier of
 *   the ratio joins the numerator's with the denominator's turned around (a denominator that is
 *   a lower bound makes the ratio an upper bound); a range in either becomes an estimate.
 * - `max` / `min` keep the largest / smallest value; the qualifier is `eq` when every
 *   contributing figure is exact and `approx` otherwise.
 * - `none` reports each region's own observation only, with no roll-up.
 *
 * Every aggregate says the unit it is in. A sum is in the indicator's unit, or, when the
 * indicator has none, in the unit of the first observation that has one; a figure in another
 * unit of the same quantity is shifted onto it through the unit table (5人次 onto 万人次 is
 * 0.0005), a bare number is in that unit already (against `%` or ‰ it is a fraction: 0.95 is
 * 95%), and a rate fed to an indicator with no unit makes the sum a fraction. A ratio's
 * numerators land on one unit (`numeratorUnit`), its denominators on another
 * (`denominatorUnit`); its value is a plain fraction with no `unit` when the two are one quantity
 * (99 of 100 is 0.99 for a `%` indicator too), and is `numeratorUnit/denominatorUnit` (元/人)
 * otherwise.
 *
 * An aggregate that includes an observation of a weaker status carries the weakest (as SDMX
 * derives an observation status: U low reliability, then F forecast, E estimated, P
 * provisional); the status is absent when every observation is normal (`A` or none given).
 * Observations of other indicators (or, with `period`, other periods) are ignored, and so are
 * observations `about` one record (an activity's 30余场次 is that activity's, not the region's). Each
 * observation counts once, at its region and every ancestor: a region that reports its own
 * total as well as its children's figures is counted twice, so pass one level or the other.
 * Nothing is dropped silently: an unknown region, a second observation of one region (in any
 * spelling of its code), several periods without a `period` option, a missing, non-finite or
 * wrongly-united value, a negative or zero denominator all fail with the observation's index
 * and region.
 *
 * @param index - The region tree.
 * @param observations - The observations; any indicator, any order.
 * @param indicator - The indicator to roll up; its `aggregation` decides how and which entry
 * shape comes back ({@link RollupRatio} for `ratio`, {@link RollupSum} otherwise).
 * @param options - The period to keep and the locale of failure messages.
 * @returns A map from canonical region code to its aggregate, or a {@link RollupFailure}.
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
 * result.ok && result.value.get("530600") //=> { value: 45, unit: "个", comparator: "gt", count: 2 }
 *
 * // An indicator with no unit is in its first figure's; 5人次 lands on that scale.
 * const visits = { id: "visits", name: { "zh-CN": "参与人次" }, kind: "count", aggregation: "sum" } as const;
 * const mixed = rollup(index, [
 *   { indicatorId: "visits", regionCode: "530626", period: "2023", value: { value: 5, unit: "万人次", comparator: "eq" } },
 *   { indicatorId: "visits", regionCode: "530627", period: "2023", value: { value: 5, unit: "人次", comparator: "eq" } },
 * ], visits);
 * mixed.ok && mixed.value.get("530600") //=> { value: 5.0005, unit: "万人次", comparator: "eq", count: 2 }
 * ```
 */
export function rollup<A extends Aggregation>(
  index: RegionIndex,
  observations: readonly Observation[],
  indicator: Indicator & { readonly aggregation: A },
  options: RollupOptions = {},
): RollupResult<RollupEntryOf<A>> {
  const locale = resolveLocale(options.locale);
  const aggregation: Aggregation = indicator.aggregation;
  const aggregates = new Map<string, Aggregate>();
  let period = options.period;
  const read: ObservationRead = startRead(indicator.unit);

  for (let i = 0; i < observations.length; i++) {
    const observation = observations[i] as Observation;
    if (observation.indicatorId !== indicator.id || observation.about !== undefined) continue;
    let code = observation.regionCode;
    if (period === undefined) {
      period = observation.period;
    } else if (observation.period !== period) {
      if (options.period !== undefined) continue;
      return aggregateFailure("mixed_periods", locale, i, code, period, observation.period);
    }
    // A padded code (150105000000) is keyed by the region it names; the index knows which.
    if (isPadded(code)) code = index.get(code)?.code ?? code;
    // Before propagation only observed regions have aggregates, so any hit is a repeat.
    if (aggregates.has(code)) {
      const first = indexOf(observations, indicator.id, period, code, index);
      return aggregateFailure("duplicate_observation", locale, i, code, "", String(first));
    }
    const aggregate = readObservation(observation, aggregation, read, locale, i, code);
    if ("ok" in aggregate) return aggregate;
    aggregates.set(code, aggregate);
  }

  const result = { ok: true, value: aggregates } as unknown as RollupResult<RollupEntryOf<A>>;
  const observed = aggregates.size;
  const stamp = needsStamp(read, indicator.unit);
  if (aggregation === "none") {
    for (const [code, aggregate] of aggregates) {
      if (index.get(code) === undefined)
        return unknownRegion(observations, indicator, code, locale);
      if (stamp) stampUnits(aggregate, read);
    }
    return result;
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
      aggregates.set(parentRegion.code, entryOf(child));
    } else if (!mergeAggregate(parent, child, aggregation)) {
      // Finite figures can still add up past the largest double.
      return aggregateFailure(
        "not_finite",
        locale,
        -1,
        parentRegion.code,
        describeValue(parent.value, locale),
      );
    }
  }
  if (hits - created < observed) {
    for (const code of aggregates.keys()) {
      if (index.get(code) === undefined)
        return unknownRegion(observations, indicator, code, locale);
    }
  }
  // Every aggregate says the unit it is in: made with it when the indicator names it, or
  // given it now that every figure is read.
  if (stamp) {
    for (const [code, aggregate] of aggregates) {
      if (stampUnits(aggregate, read)) continue;
      return aggregateFailure(
        "not_finite",
        locale,
        -1,
        code,
        describeValue(aggregate.value, locale),
      );
    }
  }
  return result;
}

/** Whether a code is 9 or 12 digits ending in 000: a padded form of a higher level's code. */
function isPadded(code: string): boolean {
  const n = code.length;
  return (
    (n === 12 || n === 9) &&
    code.charCodeAt(n - 1) === 48 &&
    code.charCodeAt(n - 2) === 48 &&
    code.charCodeAt(n - 3) === 48
  );
}

/** The index of the first observation of an indicator, period and (canonical) region. */
function indexOf(
  observations: readonly Observation[],
  indicatorId: string,
  period: string | undefined,
  code: string,
  index: RegionIndex,
): number {
  return observations.findIndex(
    (o) =>
      o.indicatorId === indicatorId &&
      o.about === undefined &&
      (period === undefined || o.period === period) &&
      (o.regionCode === code || (isPadded(o.regionCode) && index.get(o.regionCode)?.code === code)),
  );
}

function unknownRegion(
  observations: readonly Observation[],
  indicator: Indicator,
  code: string,
  locale: Locale,
): RollupFailure {
  const at = observations.findIndex((o) => o.indicatorId === indicator.id && o.regionCode === code);
  return aggregateFailure("unknown_region", locale, at, code);
}
