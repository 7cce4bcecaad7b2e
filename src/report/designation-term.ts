import { addYears } from "date-fns/addYears";
import { subDays } from "date-fns/subDays";
import { isoDate } from "../period/calendar";
import type { Designation } from "../schemas/designation";

/** A date `YYYY-MM-DD` as a local calendar day. */
function dayOf(date: string): Date {
  return new Date(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

function isoOf(date: Date): string {
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * Where a term that starts on `namedOn` ends: on the anniversary `termYears` later, or on the
 * day before it when the last day in force is meant. 命名有效期5年 from 2024-01-16 runs to
 * 2029-01-15 (last day) or "至2029年1月16日" (anniversary); a 29 February naming ends on 28 February.
 *
 * @internal
 */
export function termEnd(
  namedOn: string,
  termYears: number,
): { readonly lastDay: string; readonly anniversary: string } {
  const anniversary = addYears(dayOf(namedOn), termYears);
  return { lastDay: isoOf(subDays(anniversary, 1)), anniversary: isoOf(anniversary) };
}

/**
 * The earliest and latest the last day in force of a designation can be, from what the record
 * gives: its `expiresOn`; else its `namedOn` and `termYears`; else its `year` and `termYears`
 * (named in 2023 for five years: from 2027-12-31 to 2028-12-30). `undefined` when it cannot
 * be told.
 *
 * @internal
 */
export function expiryBounds(
  designation: Designation,
): { readonly earliest: string; readonly latest: string } | undefined {
  const { expiresOn, namedOn, year, termYears } = designation;
  if (expiresOn !== undefined) return { earliest: expiresOn, latest: expiresOn };
  if (termYears === undefined) return undefined;
  if (namedOn !== undefined) {
    const { lastDay } = termEnd(namedOn, termYears);
    return { earliest: lastDay, latest: lastDay };
  }
  if (year === undefined) return undefined;
  return { earliest: `${year + termYears - 1}-12-31`, latest: `${year + termYears}-12-30` };
}
