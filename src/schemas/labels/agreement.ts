// Enum values and labels of agreements. Zod-free, so an app can show labels without zod.
import type { LabelTable } from "../../core/labels";

/**
 * Every kind of agreement: 共建, 联创共建, 结对子 and 合作.
 *
 * @category schemas
 * @example
 * ```ts
 * agreementKinds.includes("pairing") //=> true
 * ```
 */
export const agreementKinds = [
  "co_construction",
  "joint_creation",
  "pairing",
  "cooperation",
] as const;

/**
 * A kind of agreement (协议): 共建, 联创共建, 结对子 or 合作.
 *
 * @category schemas
 */
export type AgreementKind = (typeof agreementKinds)[number];

/**
 * Labels of {@link AgreementKind} in zh-CN, zh-TW and en.
 *
 * @category schemas
 * @example
 * ```ts
 * labelOf(agreementKindLabels, "pairing") //=> "结对子"
 * ```
 */
export const agreementKindLabels: LabelTable<AgreementKind> = {
  co_construction: { "zh-CN": "共建", "zh-TW": "共建", en: "co-construction" },
  joint_creation: { "zh-CN": "联创共建", "zh-TW": "聯創共建", en: "joint creation" },
  pairing: { "zh-CN": "结对子", "zh-TW": "結對子", en: "pairing" },
  cooperation: { "zh-CN": "合作", "zh-TW": "合作", en: "cooperation" },
};

/**
 * Every way an agreement is signed: in person or online (云签署).
 *
 * @category schemas
 * @example
 * ```ts
 * signingModes //=> ["in_person", "online"]
 * ```
 */
export const signingModes = ["in_person", "online"] as const;

/**
 * How an agreement was signed: 现场签署 or 云签署.
 *
 * @category schemas
 */
export type SigningMode = (typeof signingModes)[number];

/**
 * Labels of {@link SigningMode} in zh-CN, zh-TW and en.
 *
 * @category schemas
 * @example
 * ```ts
 * labelOf(signingModeLabels, "online") //=> "云签署"
 * ```
 */
export const signingModeLabels: LabelTable<SigningMode> = {
  in_person: { "zh-CN": "现场签署", "zh-TW": "現場簽署", en: "signed in person" },
  online: { "zh-CN": "云签署", "zh-TW": "雲簽署", en: "signed online" },
};
