import { isDefect, readRegionCode } from "./region-code-structure";
import type { RegionLevel } from "./types";

/**
 * The level (省级, 地级, 县级, 乡级, 村级) a region code names, read from the code alone.
 *
 * @param code - A region code; zero-padded codes name their higher level.
 * @returns The level, or `undefined` when the code is not valid.
 * @category region
 * @example
 * ```ts
 * regionLevelOf("150000") //=> "province"
 * regionLevelOf("150105000000") //=> "county"
 * regionLevelOf("150105001001") //=> "village"
 * regionLevelOf("abc") //=> undefined
 * ```
 */
export function regionLevelOf(code: string): RegionLevel | undefined {
  const read = readRegionCode(code);
  return isDefect(read) ? undefined : read.level;
}
