import { type Result, success } from "../core/result";
import { parsePeriod } from "./parse-period";
import { rangeOf } from "./range-of";
import type { PeriodFailureReason, PeriodOptions, PeriodRange } from "./types";

/**
 * Tells whether one period lies wholly inside another (期间包含): `2023` contains `2023-Q3`,
 * `2023-H2` contains `2023-09-20`, and every period contains itself. An open end reaches without
 * limit: `../2023-09-25` (截至2023年9月25日) contains `2019` and `2021/2023-06`, and only a
 * period open at the start contains one that is open at the start.
 *
 * @param outer - The enclosing period key.
 * @param inner - The period key that may lie inside it.
 * @param options - The locale of the failure message.
 * @returns `true` when every day of `inner` is a day of `outer`, or the failure of
 * {@link parsePeriod} for the first invalid key.
 * @category period
 * @example
 * ```ts
 * periodContains("2023", "2023-Q3") //=> { ok: true, value: true }
 * periodContains("2023-H1", "2023-09") //=> { ok: true, value: false }
 * periodContains("2021/..", "2024-05-01") //=> { ok: true, value: true }
 * periodContains("2021/2023", "2023/..") //=> { ok: true, value: false }
 * ```
 */
export function periodContains(
  outer: string,
  inner: string,
  options: PeriodOptions = {},
): Result<boolean, PeriodFailureReason> {
  const outerPeriod = parsePeriod(outer, options);
  if (!outerPeriod.ok) return outerPeriod;
  const innerPeriod = parsePeriod(inner, options);
  if (!innerPeriod.ok) return innerPeriod;
  return success(rangeContains(rangeOf(outerPeriod.value), rangeOf(innerPeriod.value)));
}

/** Whether range `b` lies inside range `a`, both ends included. @internal */
export function rangeContains(a: PeriodRange, b: PeriodRange): boolean {
  // An absent start is the earliest day there is, an absent end the latest; ISO dates of
  // four-digit years sort as strings.
  const startsInside = a.start === undefined || (b.start !== undefined && a.start <= b.start);
  const endsInside = a.end === undefined || (b.end !== undefined && b.end <= a.end);
  return startsInside && endsInside;
}
