import { ShiliuError } from "../core/shiliu-error";
import { type QuantityOptions, safeQuantity } from "./safe-quantity";
import type { Comparator, Quantity } from "./types";

/**
 * Builds a reported figure (数量) such as 5万余人 or 近4000人.
 *
 * @param value - The number in base units (5万 is `50000`; 6.7% is `6.7` with unit `"%"`).
 * @param unit - The measure word or symbol (人, 人次, 元, %); omit for a bare number.
 * @param comparator - The writer's qualifier; defaults to `"eq"`.
 * @param options - The locale of the error message.
 * @returns The quantity (`-0` becomes `0`).
 * @throws {@link ShiliuError} `INVALID_QUANTITY` when the value is not finite, the unit is
 * an empty string or the comparator is unknown; {@link safeQuantity} returns a `Result` instead.
 * @category quantity
 * @example
 * ```ts
 * quantity(50000, "人", "gt") //=> { value: 50000, unit: "人", comparator: "gt" }
 * quantity(12) //=> { value: 12, comparator: "eq" }
 * ```
 */
export function quantity(
  value: number,
  unit?: string,
  comparator: Comparator = "eq",
  options: QuantityOptions = {},
): Quantity {
  const result = safeQuantity(value, unit, comparator, options);
  if (result.ok) return result.value;
  throw new ShiliuError("INVALID_QUANTITY", [
    { path: [], message: result.message, reason: result.reason },
  ]);
}
