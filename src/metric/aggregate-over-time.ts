import { describeValue } from "../core/describe-value";
import { formatMessage, type LocalizedText } from "../core/labels";
import type { Locale } from "../core/locale";
import { resolveLocale } from "../core/locale";
import { failure } from "../core/result";
import { keyOfPeriod } from "../period/calendar";
import { parsePeriod } from "../period/parse-period";
import { type ClosedRange, calendarRange, rangeOf } from "../period/range-of";
import type { CalendarPeriod } from "../period/types";
import { parseRegionCode } from "../region/parse-region-code";
import {
  type Aggregate,
  aggregateFailure,
  entryOf,
  mergeAggregate,
  type ObservationRead,
  readObservation,
  stampUnits,
  startRead,
} from "./aggregate";
import { metricFailure } from "./messages";
import { childPeriods, parentPeriod } from "./period-tree";
import type {
  Aggregation,
  Indicator,
  Observation,
  RollupFailure,
  TemporalAggregation,
  TemporalEntryOf,
  TemporalFailure,
  TemporalFailureReason,
  TemporalResult,
} from "./types";

/**
 * Options of {@link aggregateOverTime}.
 *
 * @category metric
 */
export interface AggregateOverTimeOptions {
  /** The period to aggregate into: a year, half, quarter, month or day key (`2023`, `2023-Q1`). */
  readonly period: string;
  /** Only observations of this region (any spelling of its code); without it, all must share one. */
  readonly regionCode?: string;
  /** The language of failure messages; defaults to `"zh-CN"`. */
  readonly locale?: Locale;
}

const noTemporal: LocalizedText = {
  "zh-CN": "跨期汇总：指标“{indicator}”不跨期汇总，{period} 没有自身的观测值",
  "zh-TW": "跨期匯總：指標「{indicator}」不跨期匯總，{period} 沒有自身的觀測值",
  en: 'aggregation over time: indicator "{indicator}" does not combine over time, and {period} has no observation of its own',
};

const intervalKey: LocalizedText = {
  "zh-CN": "期间“{key}”是一段区间，不能拆分为年、半年、季度、月或日",
  "zh-TW": "期間「{key}」是一段區間，不能拆分為年、半年、季度、月或日",
  en: 'the period "{key}" is an interval and cannot be divided into years, halves, quarters, months or days',
};

/** How many missing parts a message names before it says how many more there are. */
const NAMED = 5;

/**
 * Aggregates an indicator over time (跨期汇总) for one region, as its `temporal` says: months
 * into quarters, quarters into halves, halves into the year (and days into a month).
 *
 * - `sum` (flows: 活动场次, 参与人次) adds the parts, through the same arithmetic as
 *   {@link rollup}: qualifiers by their bounds (5万余 + 100 is 50100余, ranges add to a range, 约
 *   stays 约), units through the unit table (万人次 and 人次 add; 人 and 人次 never), the coarsest
 *   written precision; a ratio indicator adds numerators and denominators. The aggregate says
 *   its unit as a roll-up's does (`unit`; for a ratio `numeratorUnit`, `denominatorUnit`, and
 *   `unit` only when its sides are different quantities). Every part must be
 *   there: 2 of a quarter's 3 months is `incomplete_period`, naming the missing month, never a
 *   partial sum.
 * - `last` (stocks: 示范单位数) takes the value at the end of the period: the last part's, down
 *   to the last month or day; a missing last part is `incomplete_period`.
 * - `none`, or no `temporal` at all (增速, 知晓率): only the period's own observation.
 *
 * A period that has an observation of its own is that observation; its parts are not added to
 * it. The aggregate carries the weakest status of the observations it includes (SDMX: U low
 * reliability, then F forecast, E estimated, P provisional; absent when all are normal). Period
 * keys must be keys: an interval (`2021/2023`, `../2023-09-25`) overlapping the period, or a
 * key that does not parse, is `invalid_period`, as is a period option that is not a key. Two
 * observations of one period are `duplicate_observation`. Observations of other indicators,
 * regions (with `regionCode`) and of periods outside the one asked for are ignored, and so are
 * observations `about` one record (an activity's figure is not the region's).
 *
 * @param observations - The observations; any indicator, any order.
 * @param indicator - The indicator; its `temporal` decides how, its `aggregation` which entry
 * shape comes back (see {@link TemporalEntryOf}).
 * @param options - The period to aggregate into, the region, the locale of failure messages.
 * @returns The period's aggregate, or a {@link TemporalFailure}.
 * @category metric
 * @example
 * ```ts
 * const sessions = (period: string, value: number, status?: "E") => ({
 *   indicatorId: "activity_sessions", regionCode: "150105", period,
 *   value: { value, unit: "场次", comparator: "eq" as const }, ...(status ? { status } : {}),
 * });
 * const months = [sessions("2023-01", 4), sessions("2023-02", 6), sessions("2023-03", 5, "E")];
 * aggregateOverTime(months, standardIndicators.activity_sessions, { period: "2023-Q1" })
 * //=> { ok: true, value: { value: 15, unit: "场次", comparator: "eq", count: 3, status: "E" } }
 * const partial = aggregateOverTime(months.slice(0, 2), standardIndicators.activity_sessions, { period: "2023-Q1" });
 * partial.ok ? partial.value : partial.missing //=> ["2023-03"]
 * ```
 */
export function aggregateOverTime<
  A extends Aggregation,
  T extends TemporalAggregation | undefined = undefined,
>(
  observations: readonly Observation[],
  indicator: Indicator & { readonly aggregation: A; readonly temporal?: T },
  options: AggregateOverTimeOptions,
): TemporalResult<TemporalEntryOf<A, T>> {
  const locale = resolveLocale(options?.locale);
  const key = options?.period;
  const asked = typeof key === "string" ? parsePeriod(key, { locale }) : undefined;
  if (asked === undefined || !asked.ok || asked.value.kind === "interval") {
    // A missing key's message names the formula itself; the others are the period's words.
    const message =
      asked === undefined
        ? metricFailure("missing_value", locale, "overTime", "period").message
        : metricFailure(
            "invalid_period",
            locale,
            "overTime",
            "",
            asked.ok ? formatMessage(intervalKey, locale, { key }) : asked.message,
          ).message;
    const code = options?.regionCode === undefined ? "" : textOf(options.regionCode, locale);
    return temporalFailure("invalid_period", message, -1, code, textOf(key, locale));
  }
  const target = asked.value;
  const targetKey = keyOfPeriod(target);
  const range = calendarRange(target);
  const wanted =
    options.regionCode === undefined ? undefined : canonicalCode(options.regionCode, locale);
  let region = wanted;
  // The observations of the period and its parts, by key; which keys have one at or below them.
  const own = new Map<string, number>();
  const covered = new Set<string>();
  for (let i = 0; i < observations.length; i++) {
    const observation = observations[i] as Observation;
    if (observation.indicatorId !== indicator.id || observation.about !== undefined) continue;
    const code = canonicalCode(observation.regionCode, locale);
    if (region === undefined) region = code;
    else if (code !== region) {
      if (wanted !== undefined) continue;
      const message = metricFailure("mixed_regions", locale, "overTime", region, "", code).message;
      return temporalFailure("mixed_regions", message, i, code, textOf(observation.period, locale));
    }
    const place = placeOf(observation.period, range, locale);
    if (typeof place === "string") {
      const message = metricFailure("invalid_period", locale, "overTime", "", place).message;
      return temporalFailure(
        "invalid_period",
        message,
        i,
        code,
        textOf(observation.period, locale),
      );
    }
    if (place === undefined) continue;
    let period: CalendarPeriod | undefined = place;
    let inside = false;
    const path: string[] = [];
    while (period !== undefined) {
      const at = keyOfPeriod(period);
      path.push(at);
      if (at === targetKey) {
        inside = true;
        break;
      }
      period = parentPeriod(period);
    }
    if (!inside) continue;
    const first = own.get(path[0] as string);
    if (first !== undefined) {
      const failed = aggregateFailure(
        "duplicate_observation",
        locale,
        i,
        code,
        "",
        String(first),
        path[0],
      );
      return withPeriod(failed, path[0] as string);
    }
    own.set(path[0] as string, i);
    for (const at of path) covered.add(at);
  }
  const code = region ?? "";
  if (!covered.has(targetKey)) {
    const message = metricFailure(
      "missing_value",
      locale,
      "overTime",
      observationOf(code, targetKey, locale),
    ).message;
    return temporalFailure("missing_value", message, -1, code, targetKey);
  }
  const rule = indicator.temporal;
  if (rule !== "sum" && rule !== "last" && !own.has(targetKey)) {
    const message = formatMessage(noTemporal, locale, {
      indicator: indicator.name?.[locale] ?? indicator.name?.["zh-CN"] ?? indicator.id,
      period: targetKey,
    });
    return temporalFailure("not_aggregatable", message, -1, code, targetKey);
  }
  const aggregation: Aggregation =
    indicator.aggregation === "ratio" && rule === "sum" ? "ratio" : "sum";
  const walk: Walk = {
    observations,
    aggregation,
    ratio: indicator.aggregation === "ratio",
    read: startRead(indicator.unit),
    own,
    covered,
    code,
    locale,
    sum: rule === "sum",
    missing: [],
  };
  const result = resolve(walk, target);
  if (result !== undefined && "ok" in result) return result;
  if (walk.missing.length > 0 || result === undefined) {
    const named = walk.missing.slice(0, NAMED).join(locale === "en" ? ", " : "、");
    const more = walk.missing.length - NAMED;
    const list = more > 0 ? `${named}${moreWords(more, locale)}` : named;
    const where =
      locale === "en"
        ? `${targetKey} of region ${code}`
        : `${locale === "zh-TW" ? "地區" : "地区"} ${code} 的 ${targetKey} `;
    const message = metricFailure("incomplete_period", locale, "overTime", where, list).message;
    const failed = temporalFailure("incomplete_period", message, -1, code, targetKey);
    return { ...failed, missing: walk.missing };
  }
  if (!stampUnits(result, walk.read)) {
    const value = describeValue(result.value, locale);
    const failed = aggregateFailure("not_finite", locale, -1, code, value, "", targetKey);
    return withPeriod(failed, targetKey);
  }
  return { ok: true, value: result as unknown as TemporalEntryOf<A, T> };
}

interface Walk {
  readonly observations: readonly Observation[];
  readonly aggregation: Aggregation;
  readonly ratio: boolean;
  readonly read: ObservationRead;
  readonly own: ReadonlyMap<string, number>;
  readonly covered: ReadonlySet<string>;
  readonly code: string;
  readonly locale: Locale;
  readonly sum: boolean;
  readonly missing: string[];
}

/** The aggregate of a period, a failure, or `undefined` with its missing parts recorded. */
function resolve(walk: Walk, period: CalendarPeriod): Aggregate | TemporalFailure | undefined {
  const key = keyOfPeriod(period);
  const at = walk.own.get(key);
  if (at !== undefined) {
    const observation = walk.observations[at] as Observation;
    // One observation of a ratio stands as it was given: with its numerator when it has one.
    const aggregation =
      walk.aggregation === "sum" && walk.ratio && observation.numerator !== undefined
        ? "ratio"
        : walk.aggregation;
    const read = readObservation(
      observation,
      aggregation,
      walk.read,
      walk.locale,
      at,
      walk.code,
      key,
    );
    return "ok" in read ? withPeriod(read, key) : read;
  }
  if (!walk.covered.has(key)) {
    walk.missing.push(key);
    return undefined;
  }
  const children = childPeriods(period);
  if (!walk.sum) return resolve(walk, children[children.length - 1] as CalendarPeriod);
  let total: Aggregate | undefined;
  let complete = true;
  for (const child of children) {
    const part = resolve(walk, child);
    if (part !== undefined && "ok" in part) return part;
    if (part === undefined) {
      complete = false;
    } else if (complete) {
      if (total === undefined) total = entryOf(part);
      else if (!mergeAggregate(total, part, walk.aggregation)) {
        const value = describeValue(total.value, walk.locale);
        const failed = aggregateFailure("not_finite", walk.locale, -1, walk.code, value, "", key);
        return withPeriod(failed, key);
      }
    }
  }
  return complete ? total : undefined;
}

/**
 * Where an observation's period lies: a calendar period, `undefined` for an interval clear of
 * the range asked for, or the message of a key that cannot be used (an interval overlapping the
 * range cannot be divided into its parts).
 */
function placeOf(
  key: string,
  range: ClosedRange,
  locale: Locale,
): CalendarPeriod | string | undefined {
  const parsed = parsePeriod(key, { locale });
  if (!parsed.ok) return parsed.message;
  if (parsed.value.kind !== "interval") return parsed.value;
  const { start, end } = rangeOf(parsed.value);
  const clear =
    (start !== undefined && start > range.end) || (end !== undefined && end < range.start);
  return clear ? undefined : formatMessage(intervalKey, locale, { key });
}

function moreWords(more: number, locale: Locale): string {
  return locale === "en"
    ? ` and ${more} more`
    : locale === "zh-TW"
      ? ` 等（另有 ${more} 個）`
      : ` 等（另有 ${more} 个）`;
}

function withPeriod(failed: RollupFailure, period: string): TemporalFailure {
  return { ...(failed as unknown as TemporalFailure), period };
}

function temporalFailure(
  reason: TemporalFailureReason,
  message: string,
  observationIndex: number,
  regionCode: string,
  period: string,
): TemporalFailure {
  return { ...failure(reason, message), observationIndex, regionCode, period };
}

/** The canonical form of a region code (150105000000 → 150105); any other string as it is. */
function canonicalCode(code: string, locale: Locale): string {
  if (typeof code !== "string") return textOf(code, locale);
  if (code.length === 6) return code;
  const parsed = parseRegionCode(code);
  return parsed.ok ? parsed.value.code : code;
}

/** A string as it is; anything else in words, never as `String()` prints it. */
function textOf(value: unknown, locale: Locale): string {
  return typeof value === "string" ? value : describeValue(value, locale);
}

/** "the observation of region R for P", in the locale. */
function observationOf(code: string, period: string, locale: Locale): string {
  if (locale === "en") {
    return code === ""
      ? `an observation for ${period}`
      : `an observation of region ${code} for ${period}`;
  }
  const region = code === "" ? "" : `${locale === "zh-TW" ? "地區" : "地区"} ${code} `;
  return `${region}${period} 的${locale === "zh-TW" ? "觀測值" : "观测值"}`;
}
