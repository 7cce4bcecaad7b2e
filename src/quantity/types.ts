/**
 * How a reported figure relates to its number, as the writer qualified it:
 * `eq` 达/共/计 (exactly), `approx` 约/左右 (about), `nearly` 近/将近 (just under),
 * `gt` …余/…多/超过 (more than), `gte` …以上 (at least), `lt` 不足/不到 (less than),
 * `lte` …以下/…以内 (at most).
 *
 * @category quantity
 */
export type Comparator = "eq" | "approx" | "nearly" | "gt" | "gte" | "lt" | "lte";

/**
 * Every {@link Comparator}, in the order of the qualifier table.
 *
 * @internal
 */
export const comparatorValues = [
  "eq",
  "approx",
  "nearly",
  "gt",
  "gte",
  "lt",
  "lte",
] as const satisfies readonly Comparator[];

/**
 * A reported figure: a number in base units (62.5万 is `625000`), the measure word or symbol
 * it counts (人, 人次, 个, 场次, 元, %, 平方米) and the qualifier the writer chose.
 *
 * @category quantity
 */
export interface Quantity {
  /** The number in base units: 5万 is `50000`; a percentage as written (`6.7` for 6.7%). */
  readonly value: number;
  /** The simplified-Chinese measure word or symbol; absent for a bare number. */
  readonly unit?: string;
  /** How the true figure relates to `value`. */
  readonly comparator: Comparator;
}

/**
 * One end of the range a {@link Quantity} allows: its number and whether the number itself
 * is allowed (`100人以上` includes 100, `5万余人` does not include 50000).
 *
 * @category quantity
 */
export interface QuantityBound {
  readonly value: number;
  readonly inclusive: boolean;
}

/**
 * The range a {@link Quantity} allows; an end is absent when the qualifier leaves it open.
 *
 * @category quantity
 */
export interface QuantityBounds {
  readonly lower?: QuantityBound;
  readonly upper?: QuantityBound;
}

/**
 * Why {@link safeQuantity} refused a figure.
 *
 * @category quantity
 */
export type QuantityFailureReason = "not_finite" | "unknown_comparator" | "empty_unit";
