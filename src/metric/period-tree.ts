// The calendar as a tree of period keys: a year has two halves, a half two quarters, a quarter
// three months, a month its days. Aggregation over time walks it.
import { daysInMonth } from "../period/calendar";
import type { CalendarPeriod } from "../period/types";

/** The period one level up (a day's month, a month's quarter …); none above a year. @internal */
export function parentPeriod(period: CalendarPeriod): CalendarPeriod | undefined {
  const { year, kind } = period;
  const index = period.index ?? 1;
  switch (kind) {
    case "year":
      return undefined;
    case "half":
      return { kind: "year", year };
    case "quarter":
      return { kind: "half", year, index: Math.ceil(index / 2) };
    case "month":
      return { kind: "quarter", year, index: Math.ceil(index / 3) };
    case "day":
      return { kind: "month", year, index };
  }
}

/** The periods one level down, in calendar order; none below a day. @internal */
export function childPeriods(period: CalendarPeriod): readonly CalendarPeriod[] {
  const { year, kind } = period;
  const index = period.index ?? 1;
  switch (kind) {
    case "year":
      return [1, 2].map((half) => ({ kind: "half", year, index: half }));
    case "half":
      return [1, 2].map((q) => ({ kind: "quarter", year, index: index * 2 - 2 + q }));
    case "quarter":
      return [1, 2, 3].map((m) => ({ kind: "month", year, index: index * 3 - 3 + m }));
    case "month":
      return Array.from({ length: daysInMonth(year, index) }, (_, day) => ({
        kind: "day",
        year,
        index,
        day: day + 1,
      }));
    case "day":
      return [];
  }
}
