import { decimalToNumber, roundDecimal, toDecimal } from "./decimal";
import { ShiliuError } from "./shiliu-error";

/**
 * Rounds 四舍五入: half away from zero, on the decimal the number was written as.
 *
 * `Math.round(1.005 * 100) / 100` gives `1`, because `1.005` is stored as
 * 1.00499999…; `roundHalfUp` rounds the shortest decimal that reads back as the
 * same number, which is the one the writer meant.
 *
 * @param value - The number to round. Non-finite values come back unchanged, as with `Math.round`.
 * @param decimals - Digits to keep after the point: a whole number from 0 to 20. Defaults to 0.
 * @returns The rounded number (never `-0`).
 * @throws {@link ShiliuError} `INVALID_ARGUMENT` when `decimals` is not a whole number from 0 to 20.
 * @category core
 * @example
 * ```ts
 * roundHalfUp(1.005, 2) //=> 1.01
 * roundHalfUp(2.675, 2) //=> 2.68
 * roundHalfUp(-1.005, 2) //=> -1.01
 * roundHalfUp(2.5) //=> 3
 * ```
 */
export function roundHalfUp(value: number, decimals = 0): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new ShiliuError("INVALID_ARGUMENT", [
      {
        path: ["decimals"],
        message: `小数位数须为 0 到 20 的整数，收到 ${typeof decimals !== "number" ? typeof decimals : Number.isFinite(decimals) ? decimals : "非有限数"}`,
        reason: "invalid_decimals",
      },
    ]);
  }
  if (!Number.isFinite(value)) return value;
  return decimalToNumber(roundDecimal(toDecimal(value), decimals));
}
