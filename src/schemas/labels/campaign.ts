// Enum values and labels of campaigns. Zod-free, so an app can show labels without zod.
import type { LabelTable } from "../../core/labels";

/**
 * Every kind of campaign: 计划, 行动, 工程, 工作框架 (such as 四抓四促) and 系列活动.
 *
 * @category schemas
 * @example
 * ```ts
 * campaignKinds[0] //=> "plan"
 * ```
 */
export const campaignKinds = ["plan", "action", "project", "framework", "activity_series"] as const;

/**
 * A kind of campaign (行动/计划/工程).
 *
 * @category schemas
 */
export type CampaignKind = (typeof campaignKinds)[number];

/**
 * Labels of {@link CampaignKind} in zh-CN, zh-TW and en.
 *
 * @category schemas
 * @example
 * ```ts
 * labelOf(campaignKindLabels, "action") //=> "行动"
 * ```
 */
export const campaignKindLabels: LabelTable<CampaignKind> = {
  plan: { "zh-CN": "计划", "zh-TW": "計劃", en: "plan" },
  action: { "zh-CN": "行动", "zh-TW": "行動", en: "action" },
  project: { "zh-CN": "工程", "zh-TW": "工程", en: "project" },
  framework: { "zh-CN": "工作框架", "zh-TW": "工作框架", en: "framework" },
  activity_series: { "zh-CN": "系列活动", "zh-TW": "系列活動", en: "activity series" },
};

/**
 * Every level of government that issues a campaign, from 国家 down to 乡镇/街道.
 *
 * @category schemas
 * @example
 * ```ts
 * issuerLevels.at(-1) //=> "township"
 * ```
 */
export const issuerLevels = [
  "national",
  "provincial",
  "prefectural",
  "county",
  "township",
] as const;

/**
 * The level of the body that issued a campaign: 国家, 省级, 地级, 县级 or 乡级.
 *
 * @category schemas
 */
export type IssuerLevel = (typeof issuerLevels)[number];

/**
 * Labels of {@link IssuerLevel} in zh-CN, zh-TW and en.
 *
 * @category schemas
 * @example
 * ```ts
 * labelOf(issuerLevelLabels, "county", "en") //=> "county"
 * ```
 */
export const issuerLevelLabels: LabelTable<IssuerLevel> = {
  national: { "zh-CN": "国家级", "zh-TW": "國家級", en: "national" },
  provincial: { "zh-CN": "省级", "zh-TW": "省級", en: "provincial" },
  prefectural: { "zh-CN": "市级", "zh-TW": "市級", en: "prefectural" },
  county: { "zh-CN": "县级", "zh-TW": "縣級", en: "county" },
  township: { "zh-CN": "乡镇级", "zh-TW": "鄉鎮級", en: "township" },
};
