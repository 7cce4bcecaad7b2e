import type { Locale } from "../core/locale";

/**
 * How long a calendar period is: a year, a half year (上/下半年), a quarter (季度), a month or a day.
 *
 * @category period
 */
export type CalendarPeriodKind = "year" | "half" | "quarter" | "month" | "day";

/**
 * The kind of a period: one of the {@link CalendarPeriodKind}s, or `"interval"` for a span of
 * them (`2021/2023`) or an open one (`../2023-09-25`, `2021/..`).
 *
 * @category period
 */
export type PeriodKind = CalendarPeriodKind | "interval";

/**
 * One calendar period read from its key (`2023`, `2023-H1`, `2023-Q3`, `2023-09`, `2023-09-20`).
 *
 * @category period
 */
export interface CalendarPeriod {
  readonly kind: CalendarPeriodKind;
  /** The calendar year, from 1000 to 9999. */
  readonly year: number;
  /** The half (1–2), quarter (1–4) or month (1–12); absent for a year. */
  readonly index?: number;
  /** The day of the month (1–31); present only for a day. */
  readonly day?: number;
}

/**
 * A span of calendar periods (期间段), written as an ISO 8601 interval of keys: `2021/2023`
 * (2021年至2023年), `2023-05/2023-09`, `2023-H1/2024-Q2`; open at the start `../2023-09-25`
 * (截至2023年9月25日) or at the end `2021/..` (2021年以来). At least one end is present; an
 * absent end is open. It runs from the first day of `start` to the last day of `end`.
 *
 * @category period
 */
export interface PeriodInterval {
  readonly kind: "interval";
  /** The period it starts with; absent when it is open at the start (`../2023-09-25`). */
  readonly start?: CalendarPeriod;
  /** The period it ends with; absent when it is open at the end (`2021/..`). */
  readonly end?: CalendarPeriod;
}

/**
 * A reporting period read from its key: one calendar period, or an interval of them. Narrow on
 * `kind === "interval"` before reading `year`.
 *
 * @category period
 */
export type Period = CalendarPeriod | PeriodInterval;

/**
 * The first and last calendar dates (`YYYY-MM-DD`) of a period, both included. An interval
 * open at the start has no `start`; one open at the end has no `end`.
 *
 * @category period
 */
export interface PeriodRange {
  /** The first day; absent when the period is open at the start (`../2023-09-25`). */
  readonly start?: string;
  /** The last day; absent when the period is open at the end (`2021/..`). */
  readonly end?: string;
}

/**
 * Why a period key was refused: it is not one of the key shapes (`invalid_format`), its year is
 * outside 1000–9999, its month or day does not exist (`2023-13`, `2023-02-30`), or it is an
 * interval that ends before it starts (`reversed_interval`, `2023/2021`) or whose two keys overlap
 * (`overlapping_interval`, `2023/2023-H1`: the first key must end before the second begins). `no_same_period`:
 * {@link samePeriodLastYear} of an open interval or of one longer than a year, which has no
 * same period a year earlier.
 *
 * @category period
 */
export type PeriodFailureReason =
  | "invalid_format"
  | "year_out_of_range"
  | "invalid_date"
  | "reversed_interval"
  | "overlapping_interval"
  | "no_same_period";

/**
 * Options of the period functions that can fail: the language of failure messages.
 *
 * @category period
 */
export interface PeriodOptions {
  /** Defaults to `"zh-CN"`. */
  readonly locale?: Locale;
}
