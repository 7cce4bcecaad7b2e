/**
 * How a reported figure relates to its number, as the writer qualified it:
 * `eq` 达/共/计 (exactly), `approx` 约/左右 (about), `nearly` 近/将近 (just under),
 * `gt` …余/…多/超过 (more than), `gte` …以上 (at least), `lt` 不足/不到 (less than),
 * `lte` …以下/…以内 (at most), `range` 三四十/2000至3000 (between two numbers, both included).
 * What each one means is written once, in {@link comparatorTable}.
 *
 * @category quantity
 */
export type Comparator = "eq" | "approx" | "nearly" | "gt" | "gte" | "lt" | "lte" | "range";

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
  "range",
] as const satisfies readonly Comparator[];

/**
 * A reported figure: a number in base units (62.5万 is `625000`), the measure word or symbol
 * it counts (人, 人次, 个, 场次, 元, %, 平方米), the qualifier the writer chose, and, for a
 * range (三四十人), its upper end; `precision` records the place of the last written digit.
 *
 * @category quantity
 */
export interface Quantity {
  /**
   * The number in base units: 5万 is `50000`; a percentage as written (`6.7` for 6.7%). For a
   * `range` the lower end, included.
   */
  readonly value: number;
  /**
   * The upper end of a `range`, included and greater than `value` (三四十人 is 30 to 40);
   * present exactly when the comparator is `"range"`.
   */
  readonly upper?: number;
  /** The simplified-Chinese measure word or symbol; absent for a bare number. */
  readonly unit?: string;
  /** How the true figure relates to `value`. */
  readonly comparator: Comparator;
  /**
   * The place of the last written digit, in the units of `value`: 363.1亿 is `1e7`, 200亿 is
   * `1e8`, 5万余 is `1e4`, 4000 is `1`, 6.7% is `0.1`. Absent, the figure is exact to the last
   * digit of `value` (`1` for a whole number, `0.01` for `0.25`).
   */
  readonly precision?: number;
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
export type QuantityFailureReason =
  | "not_finite"
  | "unknown_comparator"
  | "empty_unit"
  | "invalid_range"
  | "invalid_precision";
