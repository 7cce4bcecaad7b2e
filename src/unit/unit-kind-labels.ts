import type { LabelTable } from "../core/labels";
import type { UnitKind } from "./types";

/**
 * Labels of the unit kinds (组织单位类别), in every locale.
 *
 * @category unit
 * @example
 * ```ts
 * labelOf(unitKindLabels, "religious_venue") //=> "宗教活动场所"
 * labelOf(unitKindLabels, "township", "zh-TW") //=> "鄉鎮/街道"
 * labelOf(unitKindLabels, "military", "en") //=> "military company"
 * labelOf(unitKindLabels, "volunteer_team", "zh-TW") //=> "志願服務隊"
 * ```
 */
export const unitKindLabels: LabelTable<UnitKind> = {
  agency: { "zh-CN": "机关", "zh-TW": "機關", en: "government agency" },
  enterprise: { "zh-CN": "企业", "zh-TW": "企業", en: "enterprise" },
  school: { "zh-CN": "学校", "zh-TW": "學校", en: "school" },
  community: { "zh-CN": "社区", "zh-TW": "社區", en: "urban community" },
  village: { "zh-CN": "村", "zh-TW": "村", en: "village" },
  township: { "zh-CN": "乡镇/街道", "zh-TW": "鄉鎮/街道", en: "township or subdistrict" },
  religious_venue: { "zh-CN": "宗教活动场所", "zh-TW": "宗教活動場所", en: "religious venue" },
  military: { "zh-CN": "连队", "zh-TW": "連隊", en: "military company" },
  social_organization: { "zh-CN": "社会组织", "zh-TW": "社會組織", en: "social organization" },
  hospital: { "zh-CN": "医院", "zh-TW": "醫院", en: "hospital" },
  volunteer_team: { "zh-CN": "志愿服务队", "zh-TW": "志願服務隊", en: "volunteer team" },
  studio: { "zh-CN": "工作室", "zh-TW": "工作室", en: "studio" },
  lecture_team: { "zh-CN": "宣讲团", "zh-TW": "宣講團", en: "lecture team" },
  other: { "zh-CN": "其他", "zh-TW": "其他", en: "other" },
};
