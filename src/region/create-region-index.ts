import { ShiliuError } from "../core/shiliu-error";
import { type RegionIndexOptions, safeCreateRegionIndex } from "./safe-create-region-index";
import type { Region, RegionIndex } from "./types";

/**
 * Builds a checked {@link RegionIndex} (区划索引) from a list of regions, throwing on any problem.
 *
 * The checks and the parent rule are those of {@link safeCreateRegionIndex}: each region's
 * parent is the nearest present ancestor by code (仙桃市 429004 → 湖北省 420000), and
 * `findByName` returns every region with a name, since names repeat across cities.
 *
 * @param regions - The regions, in any order.
 * @param options - `normalizeName` strategy and `locale` of the issue messages.
 * @returns The index.
 * @throws {@link ShiliuError} `INVALID_REGION_INDEX` with one located issue per problem.
 * @category region
 * @example
 * ```ts
 * const index = createRegionIndex([
 *   { code: "370000", name: "山东省", level: "province" },
 *   { code: "370100", name: "济南市", level: "prefecture" },
 *   { code: "370103", name: "市中区", level: "county" },
 *   { code: "370400", name: "枣庄市", level: "prefecture" },
 *   { code: "370402", name: "市中区", level: "county" },
 * ]);
 * index.findByName("市中区").map((region) => region.code) //=> ["370103", "370402"]
 * index.findByName("市中区", { within: "370400" }).map((region) => region.code) //=> ["370402"]
 * index.ancestors("370103").map((region) => region.name) //=> ["济南市", "山东省"]
 * ```
 */
export function createRegionIndex(
  regions: readonly Region[],
  options: RegionIndexOptions = {},
): RegionIndex {
  const result = safeCreateRegionIndex(regions, options);
  if (!result.ok) throw new ShiliuError("INVALID_REGION_INDEX", result.issues);
  return result.value;
}
