import type { Locale } from "../core/locale";

/**
 * How long a period is: a year, a half year (上/下半年), a quarter (季度), a month or a day.
 *
 * @category period
 */
export type PeriodKind = "year" | "half" | "quarter" | "month" | "day";

/**
 * A reporting period read from its key (`2023`, `2023-H1`, `2023-Q3`, `2023-09`, `2023-09-20`).
 *
 * @category period
 */
export interface Period {
  readonly kind: PeriodKind;
  /** The calendar year, from 1000 to 9999. */
  readonly year: number;
  /** The half (1–2), quarter (1–4) or month (1–12); absent for a year. */
  readonly index?: number;
  /** The day of the month (1–31); present only for a day. */
  readonly day?: number;
}

/**
 * The first and last calendar dates (`YYYY-MM-DD`) of a period, both included.
 *
 * @category period
 */
export interface PeriodRange {
  readonly start: string;
  readonly end: string;
}

/**
 * Why a period key was refused: it is not one of the five key shapes, its year is outside
 * 1000–9999, or its month or day does not exist (`2023-13`, `2023-02-30`).
 *
 * @category period
 */
export type PeriodFailureReason = "invalid_format" | "year_out_of_range" | "invalid_date";

/**
 * Options of the period functions that can fail: the language of failure messages.
 *
 * @category period
 */
export interface PeriodOptions {
  /** Defaults to `"zh-CN"`. */
  readonly locale?: Locale;
}
