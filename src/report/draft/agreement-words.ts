import type { AgreementKind } from "../../schemas/labels/agreement";

/**
 * Words of signing and of agreements, simplified (text is folded first with `foldVariants`),
 * from 《现代汉语词典》 (签订, 签署, 签约; 协议, 协议书, 协定, 备忘录) and the kinds of
 * AgreementSchema (DESIGN.md: 共建, 联创共建, 结对子, 合作).
 *
 * @internal
 */
export const signingVerbs: readonly string[] = ["签订", "签署", "签约"];

/** Words before a signing verb that make the signing online (云签署, 线上签订, 网上签约). @internal */
export const onlineSigning: readonly string[] = ["云", "线上", "网上", "视频"];

/** How an agreement's title ends. @internal */
export const agreementEndings: readonly string[] = ["协议书", "协议", "协定", "备忘录"];

/**
 * The kind an agreement's title names, first match wins (联创共建 is also 共建).
 *
 * @internal
 */
export const agreementKindWords: readonly (readonly [string, AgreementKind])[] = [
  ["联创共建", "joint_creation"],
  ["联创", "joint_creation"],
  ["结对", "pairing"],
  ["共建", "co_construction"],
  ["合作", "cooperation"],
];
