// Enum values and labels of designations. Zod-free, so an app can show labels without zod.
import type { LabelTable } from "../../core/labels";

/**
 * Every kind of designation (命名/表彰): 示范区, 示范单位, 模范集体, 模范个人, 教育基地 and
 * 示范家庭 (named by counties and prefectures, and in 示范户 campaigns, to a household).
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
  "demonstration_family",
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
  demonstration_family: {
    "zh-CN": "民族团结进步示范家庭",
    "zh-TW": "民族團結進步示範家庭",
    en: "demonstration family",
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
 * Every kind of recipient of a designation: a unit, a region, a person or a family (household).
 *
 * @category schemas
 * @example
 * ```ts
 * recipientTypes //=> ["unit", "region", "person", "family"]
 * ```
 */
export const recipientTypes = ["unit", "region", "person", "family"] as const;

/**
 * Who received a designation: 单位, 地区, 个人 or 家庭.
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
  family: { "zh-CN": "家庭", "zh-TW": "家庭", en: "family" },
};

/**
 * Every status of a designation in its lifecycle: in force (有效), expired at the end of its
 * term (已到期), or revoked (已撤销) through the exit mechanism of the naming rules.
 *
 * @category schemas
 * @example
 * ```ts
 * designationStatuses //=> ["in_force", "expired", "revoked"]
 * ```
 */
export const designationStatuses = ["in_force", "expired", "revoked"] as const;

/**
 * Where a designation stands: in force, expired or revoked.
 *
 * @category schemas
 */
export type DesignationStatus = (typeof designationStatuses)[number];

/**
 * Labels of {@link DesignationStatus} in zh-CN, zh-TW and en.
 *
 * @category schemas
 * @example
 * ```ts
 * labelOf(designationStatusLabels, "revoked", "zh-TW") //=> "已撤銷"
 * ```
 */
export const designationStatusLabels: LabelTable<DesignationStatus> = {
  in_force: { "zh-CN": "有效", "zh-TW": "有效", en: "in force" },
  expired: { "zh-CN": "已到期", "zh-TW": "已到期", en: "expired" },
  revoked: { "zh-CN": "已撤销", "zh-TW": "已撤銷", en: "revoked" },
};
