import { normalizeWithOffsets } from "./normalize";
import { NumeralScan, scanNumeralRun } from "./numerals";
import { lazy } from "./word-index";

/** One reading record for every call: reading is synchronous, so calls never overlap. */
const scratch = /* @__PURE__ */ lazy(() => new NumeralScan());

/**
 * Options of {@link parseChineseDate}.
 *
 * @category text
 */
export interface ParseChineseDateOptions {
  /** The year of a date written without one (`4月26日`), usually the report's year. */
  readonly year?: number;
}

/**
 * Reads a calendar day written the Chinese way (中文日期解析) as a `YYYY-MM-DD` date.
 *
 * Accepts `2023年4月26日` (also 号/號, Chinese numerals such as `二〇二三年四月二十六日`),
 * `4月26日` with `options.year`, and `2023-09-20`, `2023/9/20` or `2023.9.20`. Only whole days
 * are dates here: `2023年9月` is a month, read with the period functions instead. Days that do
 * not exist (`2月30日`, `2023年2月29日`) are rejected.
 *
 * @param text - The date as written; full-width digits are accepted.
 * @param options - The year to assume when the text has none.
 * @returns The date as `YYYY-MM-DD`, or `undefined` when `text` is not one existing day. Never throws.
 * @category text
 * @example
 * ```ts
 * parseChineseDate("4月26日", { year: 2023 }) //=> "2023-04-26"
 * parseChineseDate("2023年9月27日") //=> "2023-09-27"
 * parseChineseDate("2月30日", { year: 2023 }) //=> undefined
 * ```
 */
export function parseChineseDate(
  text: string,
  options: ParseChineseDateOptions = {},
): string | undefined {
  if (typeof text !== "string") return undefined;
  const normalized = normalizeWithOffsets(text).text.trim();
  const numeric = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(normalized);
  if (numeric !== null) {
    return isoDate(Number(numeric[1]), Number(numeric[3]), Number(numeric[4]));
  }
  let index = 0;
  let year = options?.year;
  const first = readWhole(normalized, index, "年");
  if (first !== undefined) {
    year = first.value;
    index = first.end;
  }
  const month = readWhole(normalized, index, "月");
  if (month === undefined) return undefined;
  const day = readWhole(normalized, month.end, "日号號");
  if (day === undefined || day.end !== normalized.length) return undefined;
  if (year === undefined) return undefined;
  return isoDate(year, month.value, day.value);
}

/** A whole number at `start` followed by one of `suffixes`. */
function readWhole(
  text: string,
  start: number,
  suffixes: string,
): { readonly value: number; readonly end: number } | undefined {
  const run = scratch();
  scanNumeralRun(text, start, run);
  if (run.end === start || run.value === undefined || run.upper !== undefined) return undefined;
  if (run.joiner !== 0 || run.timeOfDay) return undefined;
  if (!Number.isInteger(run.value) || !suffixes.includes(text.charAt(run.end))) return undefined;
  if (run.end >= text.length) return undefined;
  return { value: run.value, end: run.end + 1 };
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
