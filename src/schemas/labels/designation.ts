// Enum values and labels of designations. Zod-free, so an app can show labels without zod.
import type { LabelTable } from "../../core/labels";

/**
 * Every kind of designation (命名/表彰): 示范区, 示范单位, 模范集体, 模范个人 and 教育基地.
 *
 * @category schemas
 * @example
 * ```ts
 * designationKinds[1] //=> "demonstration_unit"
 * ```
 */
export const designationKinds = [
  "demonstration_region",
  "demonstration_unit",
  "model_collective",
  "model_individual",
  "education_base",
] as const;

/**
 * A kind of designation (命名/表彰).
 *
 * @category schemas
 */
export type DesignationKind = (typeof designationKinds)[number];

/**
 * Labels of {@link DesignationKind} in zh-CN, zh-TW and en.
 *
 * @category schemas
 * @example
 * ```ts
 * labelOf(designationKindLabels, "demonstration_unit") //=> "民族团结进步示范单位"
 * ```
 */
export const designationKindLabels: LabelTable<DesignationKind> = {
  demonstration_region: {
    "zh-CN": "民族团结进步示范区",
    "zh-TW": "民族團結進步示範區",
    en: "demonstration region",
  },
  demonstration_unit: {
    "zh-CN": "民族团结进步示范单位",
    "zh-TW": "民族團結進步示範單位",
    en: "demonstration unit",
  },
  model_collective: {
    "zh-CN": "民族团结进步模范集体",
    "zh-TW": "民族團結進步模範集體",
    en: "model collective",
  },
  model_individual: {
    "zh-CN": "民族团结进步模范个人",
    "zh-TW": "民族團結進步模範個人",
    en: "model individual",
  },
  education_base: {
    "zh-CN": "民族团结进步教育基地",
    "zh-TW": "民族團結進步教育基地",
    en: "education base",
  },
};

/**
 * Every level that confers a designation: 全国, 省级 (自治区级), 市级 and 县级.
 *
 * @category schemas
 * @example
 * ```ts
 * designationLevels[0] //=> "national"
 * ```
 */
export const designationLevels = ["national", "provincial", "prefectural", "county"] as const;

/**
 * The level that conferred a designation.
 *
 * @category schemas
 */
export type DesignationLevel = (typeof designationLevels)[number];

/**
 * Labels of {@link DesignationLevel} in zh-CN, zh-TW and en.
 *
 * @category schemas
 * @example
 * ```ts
 * labelOf(designationLevelLabels, "national") //=> "全国"
 * ```
 */
export const designationLevelLabels: LabelTable<DesignationLevel> = {
  national: { "zh-CN": "全国", "zh-TW": "全國", en: "national" },
  provincial: { "zh-CN": "省级", "zh-TW": "省級", en: "provincial" },
  prefectural: { "zh-CN": "市级", "zh-TW": "市級", en: "prefectural" },
  county: { "zh-CN": "县级", "zh-TW": "縣級", en: "county" },
};

/**
 * Every kind of recipient of a designation: a unit, a region or a person.
 *
 * @category schemas
 * @example
 * ```ts
 * recipientTypes //=> ["unit", "region", "person"]
 * ```
 */
export const recipientTypes = ["unit", "region", "person"] as const;

/**
 * Who received a designation: 单位, 地区 or 个人.
 *
 * @category schemas
 */
export type RecipientType = (typeof recipientTypes)[number];

/**
 * Labels of {@link RecipientType} in zh-CN, zh-TW and en.
 *
 * @category schemas
 * @example
 * ```ts
 * labelOf(recipientTypeLabels, "person", "zh-TW") //=> "個人"
 * ```
 */
export const recipientTypeLabels: LabelTable<RecipientType> = {
  unit: { "zh-CN": "单位", "zh-TW": "單位", en: "unit" },
  region: { "zh-CN": "地区", "zh-TW": "地區", en: "region" },
  person: { "zh-CN": "个人", "zh-TW": "個人", en: "person" },
};
