import { type MeasureEntry, unitTable } from "./units";

/**
 * What a measure word counts, read from {@link unitTable}; a word absent from the table is a
 * count of its own kind, the same quantity only as itself.
 *
 * @param unit - The simplified-Chinese measure word or symbol.
 * @returns Its entry: the quantity it names, that quantity's base word, its power of ten and kind.
 * @category quantity
 * @example
 * ```ts
 * unitOf("位") //=> { quantity: "people", base: "人", exponent: 0, kind: "people" }
 * unitOf("亿元") //=> { quantity: "amount", base: "元", exponent: 8, kind: "amount" }
 * unitOf("座") //=> { quantity: "座", base: "座", exponent: 0, kind: "count" }
 * ```
 */
export function unitOf(unit: string): MeasureEntry {
  const entry = Object.hasOwn(unitTable, unit) ? unitTable[unit] : undefined;
  return entry ?? { quantity: unit, base: unit, exponent: 0, kind: "count" };
}
