import type { Locale } from "../core/locale";
import { isDefect, readRegionCode } from "./region-code-structure";
import { withinPrefix } from "./region-code-table";
import type { RegionHistory, RegionHistoryRecord, RegionHistoryResult } from "./region-history";
import { checkHistoryYear, historyTable } from "./region-history-table";

const NONE: readonly RegionHistoryRecord[] = Object.freeze([]);

/**
 * Every record of a code history in use in `year` whose name or official short name is `name`,
 * optionally only those within a code.
 *
 * @internal
 */
export function findInHistory(
  history: RegionHistory,
  name: string,
  year: number,
  within: string | undefined,
  locale: Locale,
): RegionHistoryResult<readonly RegionHistoryRecord[]> {
  const yearFailure = checkHistoryYear(history, year, locale);
  if (yearFailure !== undefined) return yearFailure;
  if (typeof name !== "string") return { ok: true, value: NONE };
  let prefix = "";
  if (within !== undefined) {
    const structure = readRegionCode(within);
    if (isDefect(structure)) return { ok: true, value: NONE };
    prefix = withinPrefix(structure);
  }
  const records = historyTable(history).byName.get(name.trim()) ?? NONE;
  const found = records.filter(
    (record) =>
      record.start <= year &&
      (record.end === undefined || year < record.end) &&
      record.code.startsWith(prefix),
  );
  return { ok: true, value: found.length === 0 ? NONE : Object.freeze(found) };
}
