import { createRegionIndex } from "../region/create-region-index";
import type { RegionIndexOptions } from "../region/safe-create-region-index";
import type { RegionIndex } from "../region/types";
import { cnRegions } from "./cn-regions";

/**
 * Builds a {@link RegionIndex} of the national catalog {@link cnRegions} (全国区划索引).
 *
 * @param options - `normalizeName` strategy (such as `toSimplified` from `shiliu/script`) and `locale`.
 * @returns The index of every province, prefecture and county in the catalog.
 * @category region
 * @example
 * ```ts
 * const index = createCnRegionIndex();
 * index.findByName("市中区").map((region) => region.code)
 * //=> ["370103", "370402", "511002", "511102"]
 * index.parent("429004")?.name //=> "湖北省"
 * ```
 */
export function createCnRegionIndex(options: RegionIndexOptions = {}): RegionIndex {
  return createRegionIndex(cnRegions, options);
}
