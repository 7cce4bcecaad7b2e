import { decimalToPlainString, roundDecimal, shiftDecimal, toDecimal } from "../core/decimal";
import { describeValue } from "../core/describe-value";
import { ShiliuError } from "../core/shiliu-error";

/**
 * Options of {@link formatPercent}.
 *
 * @category metric
 */
export interface FormatPercentOptions {
  /** The most digits after the point: a whole number from 0 to 20; defaults to 1. */
  readonly decimals?: number;
}

/**
 * Writes a fraction as a percentage (百分比), rounded 四舍五入 on the decimal (×100 is a
 * shift of the decimal point, so `0.0665` is exactly 6.65% and rounds to `6.7%`), with
 * trailing zeros trimmed so `0.99` prints `99%` and `0.5` prints `50%`.
 *
 * @param fraction - The rate as a fraction (`0.067` for 6.7%).
 * @param options - `decimals`, the most digits after the point (default 1).
 * @returns The percentage text, such as `"6.7%"`; never `-0%`.
 * @throws {@link ShiliuError} `INVALID_ARGUMENT` when `fraction` is not a finite number or
 * `decimals` is not a whole number from 0 to 20.
 * @category metric
 * @example
 * ```ts
 * formatPercent(0.99) //=> "99%"
 * formatPercent(0.0665) //=> "6.7%"
 * formatPercent(0.12345, { decimals: 2 }) //=> "12.35%"
 * ```
 */
export function formatPercent(fraction: number, options: FormatPercentOptions = {}): string {
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
  if (typeof fraction !== "number" || !Number.isFinite(fraction)) {
    throw new ShiliuError("INVALID_ARGUMENT", [
      {
        path: ["fraction"],
        message: `比率须为有限数，收到 ${describeValue(fraction)}`,
        reason: "not_finite",
      },
    ]);
  }
  const percent = roundDecimal(shiftDecimal(toDecimal(fraction), 2), decimals);
  return `${decimalToPlainString(percent)}%`;
}
