import { codeStartsWithin, isDefect, readRegionCode } from "./region-code-structure";

/**
 * Tells whether a region lies within another (or is it), judged by the codes alone.
 *
 * @param code - The region code to test.
 * @param ancestor - The code of the containing region.
 * @returns `true` when both codes are valid and `code` equals `ancestor` or lies below it;
 * padded forms compare equal (`150105000000` is within `150105`).
 * @category region
 * @example
 * ```ts
 * isWithin("150105", "150000") //=> true
 * isWithin("150105", "150105") //=> true
 * isWithin("370103", "370400") //=> false
 * ```
 */
export function isWithin(code: string, ancestor: string): boolean {
  const inner = readRegionCode(code);
  const outer = readRegionCode(ancestor);
  if (isDefect(inner) || isDefect(outer)) return false;
  return codeStartsWithin(inner.code, outer);
}
