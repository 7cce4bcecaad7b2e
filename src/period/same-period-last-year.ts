import { subYears } from "date-fns/subYears";
import { resolveLocale } from "../core/locale";
import { type Result, success } from "../core/result";
import { keyOfPeriod, MIN_YEAR, periodFailure } from "./calendar";
import { parsePeriod } from "./parse-period";
import { calendarRange } from "./range-of";
import type { CalendarPeriod, PeriodFailureReason, PeriodOptions } from "./types";

/**
 * The key of the same period one year earlier (上年同期), for year-on-year (同比) figures.
 * A leap day falls back to the last day of February: `2024-02-29` → `2023-02-28`. A closed
 * interval of at most a year moves both ends: `2023-05/2023-09` → `2022-05/2022-09`. An open
 * interval (`2021/..`, `../2023-09-25`) or one longer than a year (`2021/2023`, which would
 * overlap its own previous year) has none: comparing it year on year would give a wrong figure.
 *
 * @param key - A period key.
 * @param options - The locale of the failure message.
 * @returns The earlier key of the same kind, or a failure: the failure of {@link parsePeriod};
 * `year_out_of_range` for a year-1000 key (the year before is outside the domain);
 * `no_same_period` for an open interval or one longer than a year.
 * @category period
 * @example
 * ```ts
 * samePeriodLastYear("2023-Q3") //=> { ok: true, value: "2022-Q3" }
 * samePeriodLastYear("2024-02-29") //=> { ok: true, value: "2023-02-28" }
 * samePeriodLastYear("2023-05/2023-09") //=> { ok: true, value: "2022-05/2022-09" }
 * samePeriodLastYear("2021/2023").ok //=> false
 * ```
 */
export function samePeriodLastYear(
  key: string,
  options: PeriodOptions = {},
): Result<string, PeriodFailureReason> {
  const parsed = parsePeriod(key, options);
  if (!parsed.ok) return parsed;
  const period = parsed.value;
  const locale = resolveLocale(options.locale);
  if (period.kind !== "interval") {
    if (period.year - 1 < MIN_YEAR) return periodFailure("year_out_of_range", key, locale);
    return success(keyOfPeriod(yearEarlier(period)));
  }
  const { start, end } = period;
  if (start === undefined || end === undefined) {
    return periodFailure("no_same_period", key, locale);
  }
  if (start.year - 1 < MIN_YEAR) return periodFailure("year_out_of_range", key, locale);
  const first = yearEarlier(start);
  const last = yearEarlier(end);
  // The year before must end before this one starts, or the two would share days.
  if (calendarRange(last).end >= calendarRange(start).start) {
    return periodFailure("no_same_period", key, locale);
  }
  return success(`${keyOfPeriod(first)}/${keyOfPeriod(last)}`);
}

/** The same calendar period a year earlier; its year is above 1000. */
function yearEarlier(period: CalendarPeriod): CalendarPeriod {
  if (period.kind !== "day") return { ...period, year: period.year - 1 };
  // date-fns clamps a day that does not exist a year earlier (29 February) to the month's end.
  const earlier = subYears(new Date(period.year, (period.index ?? 1) - 1, period.day ?? 1), 1);
  const day = earlier.getDate();
  return { kind: "day", year: earlier.getFullYear(), index: earlier.getMonth() + 1, day };
}
