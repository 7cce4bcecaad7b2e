import { decimalToPlainString, roundDecimal, shiftDecimal, toDecimal } from "../core/decimal";
import { describeValue } from "../core/describe-value";
import type { Locale } from "../core/locale";
import { resolveLocale } from "../core/locale";
import { ShiliuError } from "../core/shiliu-error";
import { comparatorTable } from "../quantity/comparators";
import type { MetricSuccess } from "./types";

/**
 * Options of {@link formatPercent}.
 *
 * @category metric
 */
export interface FormatPercentOptions {
  /** The most digits after the point: a whole number from 0 to 20; defaults to 1. */
  readonly decimals?: number;
  /** The language of the estimate word (约, 約, about); defaults to `"zh-CN"`. */
  readonly locale?: Locale;
}

/**
 * Writes a fraction as a percentage (百分比), rounded 四舍五入 on the decimal (×100 is a
 * shift of the decimal point, so `0.0665` is exactly 6.65% and rounds to `6.7%`), with
 * trailing zeros trimmed so `0.99` prints `99%` and `0.5` prints `50%`. Given a formula's
 * result that is `approximate` (computed from an estimate or a range), it says so: `约6.7%`
 * (約 in zh-TW, `about` in en), the estimate's form in the comparator table.
 *
 * @param fraction - The rate as a fraction (`0.067` for 6.7%), or a formula's successful result.
 * @param options - `decimals`, the most digits after the point (default 1), and the locale.
 * @returns The percentage text, such as `"6.7%"`; never `-0%`.
 * @throws {@link ShiliuError} `INVALID_ARGUMENT` when `fraction` is not a finite number or
 * `decimals` is not a whole number from 0 to 20.
 * @category metric
 * @example
 * ```ts
 * formatPercent(0.99) //=> "99%"
 * formatPercent(0.0665) //=> "6.7%"
 * formatPercent(0.12345, { decimals: 2 }) //=> "12.35%"
 * formatPercent({ ok: true, value: 0.1, approximate: true }) //=> "约10%"
 * ```
 */
export function formatPercent(
  fraction: number | MetricSuccess,
  options: FormatPercentOptions = {},
): string {
  const decimals = options.decimals ?? 1;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new ShiliuError("INVALID_ARGUMENT", [
      {
        path: ["decimals"],
        message: `小数位数须为 0 到 20 的整数，收到 ${describeValue(decimals)}`,
        reason: "invalid_decimals",
      },
    ]);
  }
  const approximate = typeof fraction === "object" && fraction?.approximate === true;
  const value = typeof fraction === "object" && fraction !== null ? fraction.value : fraction;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ShiliuError("INVALID_ARGUMENT", [
      {
        path: ["fraction"],
        message: `比率须为有限数，收到 ${describeValue(value)}`,
        reason: "not_finite",
      },
    ]);
  }
  const percent = `${decimalToPlainString(roundDecimal(shiftDecimal(toDecimal(value), 2), decimals))}%`;
  if (!approximate) return percent;
  return comparatorTable.approx.form[resolveLocale(options.locale)]
    .replace("{number}", percent)
    .replace("{unit}", "");
}
