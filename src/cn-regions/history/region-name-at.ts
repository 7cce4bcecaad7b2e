import { type Locale, resolveLocale } from "../../core/locale";
import { nameInHistory } from "../../region/name-in-history";
import type { RegionHistoryResult, RegionNameAt } from "../../region/region-history";
import { cnRegionHistory } from "./cn-region-history";

/**
 * Options of {@link regionNameAt}.
 *
 * @category region
 */
export interface RegionNameAtOptions {
  /** The language of failure messages; defaults to `"zh-CN"`. */
  readonly locale?: Locale;
}

/**
 * What a county-level-or-above code named in a given year (某年的区划名称), by the lists as of
 * 31 December of that year, and whether the code is in use now.
 *
 * A code that changed during a year is read at the year's end: 同仁县 became 同仁市 in June 2020,
 * so 632321 is 同仁县 in 2019 and not in use in 2020.
 *
 * @param code - A 6-digit code (or one padded with zeros).
 * @param year - A year from 1981 to 2024.
 * @param options - `locale` of the messages.
 * @returns The name and its years, or `invalid_code`, `below_county`, `year_out_of_range`,
 *   `unknown_code` or `not_in_use` (whose message says when the code was in use).
 * @category region
 * @example
 * ```ts
 * regionNameAt("632321", 2015)
 * //=> { ok: true, value: { code: "632321", name: "同仁县", level: "county", year: 2015, start: 1981, end: 2020, inUseNow: false } }
 * const cangshan = regionNameAt("371324", 2010);
 * cangshan.ok && [cangshan.value.name, cangshan.value.nameNow] //=> ["苍山县", "兰陵县"]
 * regionNameAt("632321", 2021).ok //=> false
 * ```
 */
export function regionNameAt(
  code: string,
  year: number,
  options: RegionNameAtOptions = {},
): RegionHistoryResult<RegionNameAt> {
  return nameInHistory(cnRegionHistory, code, year, resolveLocale(options.locale));
}
