import type { RegionHistory } from "../../region/region-history";
import { cnRegionHistorySource, packedApprovals, packedRegionHistory } from "./data.generated";
import { decodeRegionHistory } from "./decode-region-history";

/**
 * The national code history (县级以上行政区划代码沿革): every county-level-and-above code of the
 * People's Republic of China from 1981 to 2024, each name it had and the years of each, the codes
 * that took its area when it changed, and the approvals of each change (title, 文号, date,
 * source). Compiled from the 民政部 code lists and change notices by the CC0 dataset
 * {@link cnRegionHistorySource} names. Townships are not in it.
 *
 * @category region
 * @example
 * ```ts
 * const tongren = cnRegionHistory.records.find((record) => record.code === "632321");
 * tongren?.name //=> "同仁县"
 * tongren?.end //=> 2020
 * tongren?.successors.map((successor) => successor.code) //=> ["632301"]
 * ```
 */
export const cnRegionHistory: RegionHistory = /* @__PURE__ */ decodeRegionHistory(
  packedRegionHistory,
  packedApprovals,
  cnRegionHistorySource.firstYear,
  cnRegionHistorySource.lastYear,
);
