import type { LabelTable } from "../core/labels";
import type { RegionLevel } from "./types";

/**
 * Labels of the region levels: 省级, 地级, 县级, 乡级, 村级.
 *
 * @category region
 * @example
 * ```ts
 * labelOf(regionLevelLabels, "county") //=> "县级"
 * labelOf(regionLevelLabels, "township", "en") //=> "township"
 * ```
 */
export const regionLevelLabels: LabelTable<RegionLevel> = {
  province: { "zh-CN": "省级", "zh-TW": "省級", en: "province" },
  prefecture: { "zh-CN": "地级", "zh-TW": "地級", en: "prefecture" },
  county: { "zh-CN": "县级", "zh-TW": "縣級", en: "county" },
  township: { "zh-CN": "乡级", "zh-TW": "鄉級", en: "township" },
  village: { "zh-CN": "村级", "zh-TW": "村級", en: "village" },
};
