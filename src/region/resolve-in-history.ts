import type { Locale } from "../core/locale";
import type {
  RegionApproval,
  RegionChange,
  RegionChangeKind,
  RegionCodeName,
  RegionHistory,
  RegionHistoryRecord,
  RegionHistoryResult,
  RegionResolution,
} from "./region-history";
import {
  checkHistoryYear,
  historyFailure,
  historyTable,
  type RegionHistoryTable,
  readHistoryCode,
  recordAt,
  usesOf,
} from "./region-history-table";

const byCode = (a: RegionCodeName, b: RegionCodeName): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

/**
 * The record a code names when written in `year`: the one in use then, or the last one in use
 * before it (an old code written after its change). Without a year, the one in use now or else
 * the last one.
 */
function recordWritten(
  records: readonly RegionHistoryRecord[],
  year: number | undefined,
): RegionHistoryRecord | undefined {
  const candidates =
    year === undefined ? records : records.filter((record) => record.start <= year);
  const inUse = candidates.find((record) => record.end === undefined);
  return inUse ?? candidates[candidates.length - 1];
}

/** What one change did, from the records on both sides and the other records it took in. */
function kindOf(
  table: RegionHistoryTable,
  from: RegionHistoryRecord,
  to: readonly RegionHistoryRecord[],
): RegionChangeKind {
  const [only] = to;
  if (to.length !== 1 || only === undefined) return "split";
  const end = from.end as number;
  // The successor was already in use (it took the area in), or took in other records as well.
  const joined = only.start < end || (table.predecessors.get(`${only.code}/${end}`) ?? 0) > 1;
  if (joined) return "merged";
  return only.code === from.code ? "renamed" : "recoded";
}

/**
 * Resolves `code` (as written in `year`, when given) to the codes in use in the history's last
 * year, following every change on the way.
 *
 * @internal
 */
export function resolveInHistory(
  history: RegionHistory,
  code: string,
  year: number | undefined,
  locale: Locale,
): RegionHistoryResult<RegionResolution> {
  const read = readHistoryCode(code, locale);
  if ("ok" in read) return read;
  if (year !== undefined) {
    const yearFailure = checkHistoryYear(history, year, locale);
    if (yearFailure !== undefined) return yearFailure;
  }
  const table = historyTable(history);
  const records = table.byCode.get(read.code);
  if (records === undefined) {
    return historyFailure("unknown_code", locale, {
      code: read.code,
      first: history.firstYear,
      last: history.lastYear,
    });
  }
  const start = recordWritten(records, year);
  if (start === undefined) {
    return historyFailure("not_in_use", locale, {
      code: read.code,
      year: year ?? history.lastYear,
      uses: usesOf(records, history, locale),
    });
  }

  const current = new Map<string, RegionCodeName>();
  const changes: RegionChange[] = [];
  const seen = new Set<RegionHistoryRecord>();
  const pending: RegionHistoryRecord[] = [start];
  let deadEnd: RegionHistoryRecord | undefined;
  for (let record = pending.pop(); record !== undefined; record = pending.pop()) {
    if (seen.has(record)) continue;
    seen.add(record);
    if (record.end === undefined) {
      current.set(record.code, { code: record.code, name: record.name });
      continue;
    }
    const to: RegionHistoryRecord[] = [];
    const approvals = new Set<RegionApproval>();
    for (const successor of record.successors) {
      const next = recordAt(table, successor.code, successor.year);
      if (next === undefined) continue;
      if (!to.includes(next)) to.push(next);
      for (const approval of successor.approvals) approvals.add(approval);
    }
    if (to.length === 0) {
      deadEnd ??= record;
      continue;
    }
    changes.push({
      year: record.end,
      kind: kindOf(table, record, to),
      from: { code: record.code, name: record.name },
      to: to.map((next) => ({ code: next.code, name: next.name })).sort(byCode),
      approvals: [...approvals],
      fromCounties: record.successorsFromCounties,
    });
    pending.push(...to);
  }
  if (current.size === 0) {
    const dead = deadEnd ?? start;
    return historyFailure("no_successor", locale, {
      code: dead.code,
      name: dead.name,
      year: dead.end ?? history.lastYear,
    });
  }
  changes.sort((a, b) => a.year - b.year || byCode(a.from, b.from));
  const currentCodes = [...current.values()].sort(byCode);
  return {
    ok: true,
    value: {
      code: start.code,
      name: start.name,
      inUse: start.end === undefined,
      current: currentCodes,
      changes,
      oneToOne:
        currentCodes.length === 1 &&
        changes.every((change) => change.kind === "renamed" || change.kind === "recoded"),
    },
  };
}
