// How rules compare reported figures: by the bounds their qualifiers allow, so that 5万余人
// is never said to be less than 50001, and by the precision they were written with.
import type { Locale } from "../core/locale";
import type { Indicator } from "../metric/types";
import { boundsOf } from "../quantity/bounds-of";
import { commonUnit } from "../quantity/common-unit";
import { precisionOf } from "../quantity/precision-of";
import type { Quantity } from "../quantity/types";

/**
 * Tells whether `a` is certainly greater than `b`: the least `a` may be exceeds the most `b`
 * may be. Figures of different quantities (per the unit table) are not compared; figures of one
 * quantity at different scales (万元, 元) are compared on one.
 *
 * @internal
 */
export function certainlyGreater(a: Quantity, b: Quantity): boolean {
  const common = commonUnit(a.unit, b.unit);
  if (common === undefined || (a.unit === undefined) !== (b.unit === undefined)) return false;
  const lower = boundsOf(a).lower;
  const upper = boundsOf(b).upper;
  if (lower === undefined || upper === undefined) return false;
  const low = common.shiftA === 0 ? lower.value : lower.value * 10 ** common.shiftA;
  const high = common.shiftB === 0 ? upper.value : upper.value * 10 ** common.shiftB;
  if (low !== high) return low > high;
  return !(lower.inclusive && upper.inclusive);
}

/** A closed range of numbers; either end may be infinite. */
export interface Span {
  readonly low: number;
  readonly high: number;
}

/**
 * The numbers a figure may stand for: an exact figure covers what rounds to it at its written
 * precision (`precisionOf`: 363.1亿 written to 0.1亿 is 363.05亿 to 363.15亿; 200亿 written to
 * 1亿 is 199.5亿 to 200.5亿, never 150亿 to 250亿), a qualified one its bounds; `undefined` for an
 * estimate (约).
 *
 * @internal
 */
export function spanOf(q: Quantity): Span | undefined {
  if (q.comparator === "approx") return undefined;
  if (q.comparator === "eq") {
    const half = precisionOf(q) / 2;
    return { low: q.value - half, high: q.value + half };
  }
  const { lower, upper } = boundsOf(q);
  return {
    low: lower?.value ?? Number.NEGATIVE_INFINITY,
    high: upper?.value ?? Number.POSITIVE_INFINITY,
  };
}

/**
 * The name of an indicator in a locale, or its id when it is not known.
 *
 * @internal
 */
export function indicatorName(
  indicators: ReadonlyMap<string, Indicator>,
  id: string,
  locale: Locale,
): string {
  const indicator = indicators.get(id);
  if (indicator === undefined) return id;
  const { name } = indicator;
  if (locale === "en") return name.en ?? name["zh-CN"];
  if (locale === "zh-TW") return name["zh-TW"] ?? name["zh-CN"];
  return name["zh-CN"];
}
