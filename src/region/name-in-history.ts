import type { Locale } from "../core/locale";
import type { RegionHistory, RegionHistoryResult, RegionNameAt } from "./region-history";
import {
  checkHistoryYear,
  historyFailure,
  historyTable,
  readHistoryCode,
  recordAt,
  usesOf,
} from "./region-history-table";

/**
 * What `code` named in `year` in a code history, and whether the code is in use now.
 *
 * @internal
 */
export function nameInHistory(
  history: RegionHistory,
  code: string,
  year: number,
  locale: Locale,
): RegionHistoryResult<RegionNameAt> {
  const read = readHistoryCode(code, locale);
  if ("ok" in read) return read;
  const yearFailure = checkHistoryYear(history, year, locale);
  if (yearFailure !== undefined) return yearFailure;
  const table = historyTable(history);
  const records = table.byCode.get(read.code);
  if (records === undefined) {
    return historyFailure("unknown_code", locale, {
      code: read.code,
      first: history.firstYear,
      last: history.lastYear,
    });
  }
  const record = recordAt(table, read.code, year);
  if (record === undefined) {
    return historyFailure("not_in_use", locale, {
      code: read.code,
      year,
      uses: usesOf(records, history, locale),
    });
  }
  const now = recordAt(table, read.code, history.lastYear);
  return {
    ok: true,
    value: {
      code: record.code,
      name: record.name,
      level: record.level,
      year,
      start: record.start,
      ...(record.end === undefined ? {} : { end: record.end }),
      inUseNow: now !== undefined,
      ...(now === undefined ? {} : { nameNow: now.name }),
    },
  };
}
