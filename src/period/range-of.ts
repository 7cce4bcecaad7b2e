import { daysInMonth, isoDate } from "./calendar";
import type { CalendarPeriod, Period, PeriodRange } from "./types";

/** The first and last days of a calendar period, both present. @internal */
export interface ClosedRange {
  readonly start: string;
  readonly end: string;
}

/** The range of one calendar period. @internal */
export function calendarRange(period: CalendarPeriod): ClosedRange {
  const { year, kind } = period;
  const index = period.index ?? 1;
  switch (kind) {
    case "year":
      return monthsRange(year, 1, 12);
    case "half":
      return monthsRange(year, index * 6 - 5, index * 6);
    case "quarter":
      return monthsRange(year, index * 3 - 2, index * 3);
    case "month":
      return monthsRange(year, index, index);
    case "day": {
      const date = isoDate(year, index, period.day ?? 1);
      return { start: date, end: date };
    }
  }
}

/**
 * The range of a parsed period: an interval runs from the first day of its start to the last day
 * of its end; an open end is left out. @internal
 */
export function rangeOf(period: Period): PeriodRange {
  if (period.kind !== "interval") return calendarRange(period);
  const start = period.start === undefined ? undefined : calendarRange(period.start).start;
  const end = period.end === undefined ? undefined : calendarRange(period.end).end;
  if (start === undefined) return end === undefined ? {} : { end };
  return end === undefined ? { start } : { start, end };
}

function monthsRange(year: number, first: number, last: number): ClosedRange {
  return { start: isoDate(year, first, 1), end: isoDate(year, last, daysInMonth(year, last)) };
}
