import { unitOf } from "./unit-of";

/**
 * Where two figures meet: the unit both are expressed in (absent for a plain fraction) and the
 * power of ten to shift each value by to get there.
 *
 * @category quantity
 */
export interface CommonUnit {
  /** The unit both values are in after shifting; absent for a bare number or a fraction. */
  readonly unit?: string;
  /** The power of ten to multiply the first value by. */
  readonly shiftA: number;
  /** The power of ten to multiply the second value by. */
  readonly shiftB: number;
}

/**
 * Tells whether two units name the same quantity (per {@link unitTable}) and, when they do, how
 * to put both values on one scale: 人 meets 名 as 人; 万元 meets 元 as 元 (the 万元 value shifted
 * by 4); `%` meets a plain fraction as a fraction (the `%` value shifted by −2). A bare number
 * (no unit) takes the other figure's unit, except against `%` or ‰, where it is the fraction
 * shiliu's rates are. 人 and 人次, or 个 and 处, never meet.
 *
 * @param a - The first unit, or `undefined` for a bare number.
 * @param b - The second unit, or `undefined` for a bare number.
 * @returns The common unit and the shift of each value, or `undefined` when the two are
 * different quantities.
 * @category quantity
 * @example
 * ```ts
 * commonUnit("万元", "元") //=> { unit: "元", shiftA: 4, shiftB: 0 }
 * commonUnit("%", undefined) //=> { shiftA: -2, shiftB: 0 }
 * commonUnit("人", "人次") //=> undefined
 * ```
 */
export function commonUnit(a: string | undefined, b: string | undefined): CommonUnit | undefined {
  if (a === b)
    return a === undefined ? { shiftA: 0, shiftB: 0 } : { unit: a, shiftA: 0, shiftB: 0 };
  if (a === undefined) return bareAgainst(b as string, false);
  if (b === undefined) return bareAgainst(a, true);
  const left = unitOf(a);
  const right = unitOf(b);
  if (left.quantity !== right.quantity) return undefined;
  const shifts = { shiftA: left.exponent, shiftB: right.exponent };
  return left.base === undefined ? shifts : { unit: left.base, ...shifts };
}

function bareAgainst(unit: string, unitFirst: boolean): CommonUnit {
  const entry = unitOf(unit);
  if (entry.kind !== "ratio") return { unit, shiftA: 0, shiftB: 0 };
  return unitFirst ? { shiftA: entry.exponent, shiftB: 0 } : { shiftA: 0, shiftB: entry.exponent };
}
