import { type Locale, resolveLocale } from "../../core/locale";
import type { RegionHistoryResult, RegionResolution } from "../../region/region-history";
import { resolveInHistory } from "../../region/resolve-in-history";
import { cnRegionHistory } from "./cn-region-history";

/**
 * Options of {@link resolveRegionCode}.
 *
 * @category region
 */
export interface ResolveRegionCodeOptions {
  /**
   * The year the code was written (a report's year). A code may have named different areas
   * over the years (132201 was 邢台市 to 1982 and 南宫市 from 1986); the year picks the one in
   * use then, or the last one before it. Without it, the code in use now, or else its last use.
   */
  readonly year?: number;
  /** The language of failure messages; defaults to `"zh-CN"`. */
  readonly locale?: Locale;
}

/**
 * Resolves an old county-level-or-above code to the code or codes in use now (旧代码对应的现行
 * 代码), following every change on the way: each with its year, what it did (`renamed`,
 * `recoded`, `merged`, `split`) and the documents that approved it. A split lists every
 * successor and says the mapping is not one-to-one.
 *
 * @param code - A 6-digit code (or one padded with zeros).
 * @param options - `year` the code was written, `locale` of the messages.
 * @returns The current codes and the changes, or `invalid_code`, `below_county`,
 *   `year_out_of_range`, `unknown_code`, `not_in_use` or `no_successor`.
 * @category region
 * @example
 * ```ts
 * const tongren = resolveRegionCode("632321");
 * tongren.ok && tongren.value.current //=> [{ code: "632301", name: "同仁市" }]
 * tongren.ok && tongren.value.changes[0]?.year //=> 2020
 * tongren.ok && tongren.value.changes[0]?.approvals[0]?.number //=> "民函〔2020〕63号"
 * const qiaodong = resolveRegionCode("130103");
 * qiaodong.ok && qiaodong.value.current.map((region) => region.name) //=> ["长安区", "桥西区"]
 * qiaodong.ok && qiaodong.value.oneToOne //=> false
 * ```
 */
export function resolveRegionCode(
  code: string,
  options: ResolveRegionCodeOptions = {},
): RegionHistoryResult<RegionResolution> {
  return resolveInHistory(cnRegionHistory, code, options.year, resolveLocale(options.locale));
}
