import { subYears } from "date-fns/subYears";
import { type Result, success } from "../core/result";
import { isoDate, MIN_YEAR, periodFailure } from "./calendar";
import { parsePeriod } from "./parse-period";
import type { PeriodFailureReason, PeriodOptions } from "./types";

/**
 * The key of the same period one year earlier (上年同期), for year-on-year (同比) figures.
 * A leap day falls back to the last day of February: `2024-02-29` → `2023-02-28`.
 *
 * @param key - A period key.
 * @param options - The locale of the failure message.
 * @returns The earlier key of the same kind, or a failure: the failure of {@link parsePeriod},
 * or `year_out_of_range` for a year-1000 key (the year before is outside the domain).
 * @category period
 * @example
 * ```ts
 * samePeriodLastYear("2023-Q3") //=> { ok: true, value: "2022-Q3" }
 * samePeriodLastYear("2024-02-29") //=> { ok: true, value: "2023-02-28" }
 * ```
 */
export function samePeriodLastYear(
  key: string,
  options: PeriodOptions = {},
): Result<string, PeriodFailureReason> {
  const parsed = parsePeriod(key, options);
  if (!parsed.ok) return parsed;
  const { kind, year, index, day } = parsed.value;
  if (year - 1 < MIN_YEAR)
    return periodFailure("year_out_of_range", key, options.locale ?? "zh-CN");
  const previous = year - 1;
  switch (kind) {
    case "year":
      return success(String(previous));
    case "half":
      return success(`${previous}-H${index}`);
    case "quarter":
      return success(`${previous}-Q${index}`);
    case "month":
      return success(`${previous}-${String(index).padStart(2, "0")}`);
    case "day": {
      // date-fns clamps a day that does not exist a year earlier (29 February) to the month's end.
      const earlier = subYears(new Date(year, (index ?? 1) - 1, day ?? 1), 1);
      return success(isoDate(earlier.getFullYear(), earlier.getMonth() + 1, earlier.getDate()));
    }
  }
}
