import { isDefect, parentOfStructure, readRegionCode } from "./region-code-structure";

/**
 * The canonical code of the next higher level, read from the code alone (上级区划代码).
 *
 * A county's parent is its prefecture part even when no such region exists: 110101's is
 * `110100` (市辖区) and 429004's is `429000` (省直辖县级行政区划). A {@link RegionIndex}
 * skips to the nearest region it holds.
 *
 * @param code - A region code.
 * @returns The parent code; `undefined` for a province or an invalid code.
 * @category region
 * @example
 * ```ts
 * parentCodeOf("150105001001") //=> "150105001"
 * parentCodeOf("150105") //=> "150100"
 * parentCodeOf("150100") //=> "150000"
 * parentCodeOf("150000") //=> undefined
 * ```
 */
export function parentCodeOf(code: string): string | undefined {
  const read = readRegionCode(code);
  return isDefect(read) ? undefined : parentOfStructure(read);
}
