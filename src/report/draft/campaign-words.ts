import type { CampaignKind } from "../../schemas/labels/campaign";

/**
 * The words that end a campaign's name and the kind each makes, simplified (text is folded first
 * with `foldVariants`): the kinds of `campaignKinds` (schemas/labels/campaign: 计划, 行动, 工程,
 * 系列活动) and the names of planning documents (GB/T 9704-2012 党政机关公文格式 and common usage:
 * 方案, 规划, 安排, 纲要). Longer words first: the longest ending wins.
 *
 * @internal
 */
export const campaignHeads: readonly (readonly [word: string, kind: CampaignKind])[] = [
  ["系列活动", "activity_series"],
  ["创建活动", "activity_series"],
  ["行动", "action"],
  ["计划", "plan"],
  ["工程", "project"],
  ["方案", "plan"],
  ["规划", "plan"],
  ["安排", "plan"],
  ["纲要", "plan"],
  ["活动", "activity_series"],
];

/** The heads a planning document's title ends with (《…实施方案》). @internal */
export const planHeads: readonly string[] = ["方案", "规划", "安排", "纲要", "计划"];

/**
 * Verbs that carry a campaign out (《现代汉语词典》: 实施, 开展, 推进, 启动, 深化): 深入实施青少年“筑基”工程.
 *
 * @internal
 */
export const carryingVerbs: readonly string[] = ["实施", "开展", "推进", "启动", "深化", "推行"];

/**
 * Verbs that issue a plan (GB/T 9704-2012 usage: 制定, 印发, 下发, 出台, 制发, 研究制定, 制定下发,
 * 制定并落实): 制定下发贯彻落实“三项计划”…具体重点工作任务安排.
 *
 * @internal
 */
export const issuingVerbs: readonly string[] = [
  "制定并落实",
  "制定下发",
  "印发",
  "下发",
  "出台",
  "制发",
  "制定",
];

/** The kind a name's last words make, or `undefined`. @internal */
export function campaignKindOf(name: string): CampaignKind | undefined {
  for (const [word, kind] of campaignHeads) if (name.endsWith(word)) return kind;
  return undefined;
}
