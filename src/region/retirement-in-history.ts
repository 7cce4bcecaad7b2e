import type { RegionApproval, RegionCodeName, RegionHistory } from "./region-history";
import { historyTable, readHistoryCode, recordAt } from "./region-history-table";
import { resolveInHistory } from "./resolve-in-history";

/** A code that had left use by a date: its last name, the year and approval, and where its area is. */
export interface RegionRetirement {
  /** The 6-digit code that left use (a township code's county, say). */
  readonly code: string;
  readonly name: string;
  /** The year it left use. */
  readonly year: number;
  /** The first approval of the change with a calendar date, if any. */
  readonly approval?: RegionApproval;
  /** The codes in use now that hold its area. */
  readonly successors: readonly RegionCodeName[];
  readonly oneToOne: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether `code` (or, for a township or village code, its county or prefecture) had certainly
 * left use by `date` (`YYYY-MM-DD`): no record of it is in use in the date's year, and it left
 * use in an earlier year, or in that year by an approval dated on or before `date`. A change
 * whose day is not known counts from the next 1 January. Codes the history does not hold and
 * dates before it are not judged.
 *
 * @internal
 */
export function retirementInHistory(
  history: RegionHistory,
  code: string,
  date: string,
): RegionRetirement | undefined {
  if (!ISO_DATE.test(date)) return undefined;
  const year = Number(date.slice(0, 4));
  if (year < history.firstYear) return undefined;
  const read = readHistoryCode(code, "zh-CN");
  // A township or village code is judged by its county (or, for 东莞, its city).
  const own =
    "ok" in read ? (/^\d{9}(\d{3})?$/.test(code) ? code.slice(0, 6) : undefined) : read.code;
  if (own === undefined) return undefined;
  const table = historyTable(history);
  const records = table.byCode.get(own);
  if (records === undefined) return undefined;
  if (recordAt(table, own, Math.min(year, history.lastYear)) !== undefined) return undefined;
  const last = [...records]
    .reverse()
    .find((record) => record.end !== undefined && record.end <= year);
  if (last?.end === undefined) return undefined;
  const approval = last.successors
    .flatMap((successor) => successor.approvals)
    .find((candidate) => candidate.date !== undefined && ISO_DATE.test(candidate.date));
  if (last.end === year && (approval?.date === undefined || date < approval.date)) return undefined;
  const resolved = resolveInHistory(history, own, last.end - 1, "zh-CN");
  return {
    code: own,
    name: last.name,
    year: last.end,
    ...(approval === undefined ? {} : { approval }),
    successors: resolved.ok ? resolved.value.current : [],
    oneToOne: resolved.ok && resolved.value.oneToOne,
  };
}
