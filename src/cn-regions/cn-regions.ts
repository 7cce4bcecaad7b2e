import type { Region } from "../region/types";
import { packedCnRegions } from "./data.generated";
import { decodeCnRegions } from "./decode-cn-regions";

/**
 * The national catalog (全国行政区划): the province, prefecture and county levels of one dated
 * official list, sorted by code. {@link cnRegionsSource} names the list, its date, the package
 * it was generated from and the licence. Placeholder groupings (市辖区, 省直辖县级行政区划) are
 * not rows, so build it into an index to place 仙桃市 429004 under 湖北省 420000.
 *
 * @category region
 * @example
 * ```ts
 * cnRegions.find((region) => region.code === "150105")
 * //=> { code: "150105", name: "赛罕区", level: "county" }
 * cnRegions.filter((region) => region.name === "市中区").length //=> 4
 * ```
 */
export const cnRegions: readonly Region[] = /* @__PURE__ */ decodeCnRegions(packedCnRegions);
