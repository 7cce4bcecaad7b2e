/**
 * A code history's records by code and by name, built once per history.
 *
 * @internal
 */
import { describeValue } from "../core/describe-value";
import { formatMessage } from "../core/labels";
import type { Locale } from "../core/locale";
import type { Failure } from "../core/result";
import { officialShortName } from "./official-short-name";
import { parseRegionCode } from "./parse-region-code";
import { isDefect, readRegionCode } from "./region-code-structure";
import type {
  RegionHistory,
  RegionHistoryFailureReason,
  RegionHistoryRecord,
} from "./region-history";
import { recordYearsText, regionHistoryMessages } from "./region-history-messages";

/** The lookups a history needs, built on its first use. */
export interface RegionHistoryTable {
  /** Every record of a code, in year order. */
  readonly byCode: ReadonlyMap<string, readonly RegionHistoryRecord[]>;
  /** Every record with a name or official short name, in code order. */
  readonly byName: ReadonlyMap<string, readonly RegionHistoryRecord[]>;
  /** How many records name `code` as a successor in `year`, keyed `code/year`. */
  readonly predecessors: ReadonlyMap<string, number>;
}

// A history is immutable data, so its tables are kept for as long as it lives.
const tables = new WeakMap<RegionHistory, RegionHistoryTable>();

export function historyTable(history: RegionHistory): RegionHistoryTable {
  let table = tables.get(history);
  if (table !== undefined) return table;
  const byCode = new Map<string, RegionHistoryRecord[]>();
  const byName = new Map<string, RegionHistoryRecord[]>();
  const predecessors = new Map<string, number>();
  const add = (
    map: Map<string, RegionHistoryRecord[]>,
    key: string,
    record: RegionHistoryRecord,
  ) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [record]);
    else if (list[list.length - 1] !== record) list.push(record);
  };
  for (const record of history.records) {
    add(byCode, record.code, record);
    add(byName, record.name, record);
    const short = officialShortName(record.name);
    if (short !== undefined) add(byName, short, record);
    for (const successor of record.successors) {
      const key = `${successor.code}/${successor.year}`;
      predecessors.set(key, (predecessors.get(key) ?? 0) + 1);
    }
  }
  for (const list of byCode.values()) list.sort((a, b) => a.start - b.start);
  table = { byCode, byName, predecessors };
  tables.set(history, table);
  return table;
}

/** The record of `code` in use in `year` (start ≤ year < end), if any. */
export function recordAt(
  table: RegionHistoryTable,
  code: string,
  year: number,
): RegionHistoryRecord | undefined {
  return table.byCode
    .get(code)
    ?.find((record) => record.start <= year && (record.end === undefined || year < record.end));
}

/** A failure of a history lookup, with its message in the locale. */
export function historyFailure(
  reason: RegionHistoryFailureReason,
  locale: Locale,
  params: Readonly<Record<string, string | number>>,
): Failure<RegionHistoryFailureReason> {
  return {
    ok: false,
    reason,
    message: formatMessage(regionHistoryMessages[reason], locale, params),
  };
}

/** The canonical 6-digit code a history can hold, or why `code` is not one. */
export function readHistoryCode(
  code: unknown,
  locale: Locale,
): { readonly code: string } | Failure<RegionHistoryFailureReason> {
  // Six digits, or nine or twelve padded with zeros: the history holds codes the current rules
  // reject (海南 4600xx of 1988–2001, before the province had prefectures), so the form is enough.
  if (typeof code === "string" && /^\d{6}(?:000|000000)?$/.test(code))
    return { code: code.slice(0, 6) };
  const structure = readRegionCode(code);
  if (isDefect(structure)) {
    const parsed = parseRegionCode(code as string, { locale });
    return historyFailure("invalid_code", locale, { detail: parsed.ok ? "" : parsed.message });
  }
  if (structure.level === "township" || structure.level === "village") {
    return historyFailure("below_county", locale, { code: structure.code });
  }
  return { code: structure.code };
}

/** Whether `year` is a whole year the history covers; the failure when it is not. */
export function checkHistoryYear(
  history: RegionHistory,
  year: unknown,
  locale: Locale,
): Failure<RegionHistoryFailureReason> | undefined {
  if (
    typeof year === "number" &&
    Number.isInteger(year) &&
    year >= history.firstYear &&
    year <= history.lastYear
  ) {
    return undefined;
  }
  return historyFailure("year_out_of_range", locale, {
    year: describeValue(year),
    first: history.firstYear,
    last: history.lastYear,
  });
}

/** The years of a code's records, for a message: `1981–2019 年为 同仁县；2020– …`. */
export function usesOf(
  records: readonly RegionHistoryRecord[],
  history: RegionHistory,
  locale: Locale,
): string {
  return records
    .map((record) =>
      formatMessage(recordYearsText, locale, {
        start: record.start,
        last: record.end === undefined ? history.lastYear : record.end - 1,
        name: record.name,
      }),
    )
    .join(locale === "en" ? "; " : "；");
}
