import { type Locale, resolveLocale } from "../../core/locale";
import { findInHistory } from "../../region/find-in-history";
import type { RegionHistoryRecord, RegionHistoryResult } from "../../region/region-history";
import { cnRegionHistory } from "./cn-region-history";

/**
 * Options of {@link findRegionsByNameAt}.
 *
 * @category region
 */
export interface FindRegionsByNameAtOptions {
  /** Only codes at or below this one, judged by code (`632300` for 黄南州). */
  readonly within?: string;
  /** The language of failure messages; defaults to `"zh-CN"`. */
  readonly locale?: Locale;
}

/**
 * Every county-level-or-above region that had a name in a given year (按名称查某年的区划), by
 * its official name or, for an autonomous area, its official short name (肃南县). Names repeat
 * (every 郊区 of the 1980s), so there may be several.
 *
 * @param name - The name as written.
 * @param year - A year from 1981 to 2024.
 * @param options - `within` a code, `locale` of the messages.
 * @returns The records in use that year with that name, in code order (empty when none), or
 *   `year_out_of_range`.
 * @category region
 * @example
 * ```ts
 * const found = findRegionsByNameAt("同仁县", 2015);
 * found.ok && found.value.map((record) => record.code) //=> ["632321"]
 * const later = findRegionsByNameAt("同仁县", 2021);
 * later.ok && later.value //=> []
 * ```
 */
export function findRegionsByNameAt(
  name: string,
  year: number,
  options: FindRegionsByNameAtOptions = {},
): RegionHistoryResult<readonly RegionHistoryRecord[]> {
  return findInHistory(cnRegionHistory, name, year, options.within, resolveLocale(options.locale));
}
