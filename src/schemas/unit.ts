import * as z from "zod";
import type { UnitKind } from "../unit/types";
import { unitKinds } from "../unit/unit-kinds";
import { validateCreditCode } from "../unit/validate-credit-code";
import { UnitIdSchema } from "./ids";
import { patterns } from "./messages";
import { RegionCodeSchema } from "./region";

/**
 * A 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters from the
 * code's alphabet that {@link validateCreditCode} accepts, check character included.
 *
 * @category schemas
 * @example
 * ```ts
 * CreditCodeSchema.safeParse("91350100M000100Y43").success //=> true
 * CreditCodeSchema.safeParse("91350100M000100Y4").success //=> false
 * CreditCodeSchema.safeParse("91350100M000100Y44").success //=> false
 * ```
 */
export const CreditCodeSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(patterns.credit_code)
    .superRefine((code, context) => {
      const result = validateCreditCode(code);
      // The pattern has reported a malformed code already; this adds the rest and the checksum.
      if (!result.ok && patterns.credit_code.test(code)) {
        context.addIssue({
          code: "custom",
          message: result.message,
          params: { reason: "credit_code", value: code },
        });
      }
    })
    .meta({
      title: "统一社会信用代码",
      description: "The 18-character unified social credit code (GB 32100-2015).",
    }))();

/**
 * An organisational unit (组织单位) — 机关, 企业, 学校, 社区, 村, 乡镇/街道, 宗教活动场所, 连队 … —
 * that takes part in creation work.
 *
 * @category schemas
 * @example
 * ```ts
 * UnitSchema.parse({ id: "education-bureau", name: "昆区教育局", kind: "agency", regionCode: "150203" })
 * //=> { id: "education-bureau", name: "昆区教育局", kind: "agency", regionCode: "150203" }
 * ```
 */
export const UnitSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: UnitIdSchema,
      name: z
        .string()
        .regex(patterns.non_blank)
        .max(200)
        .meta({ title: "单位名称", description: "The unit's name, such as 昆区教育局." }),
      kind: z.enum(unitKinds as readonly [UnitKind, ...UnitKind[]]).meta({
        title: "单位类型",
        description:
          "agency 机关, enterprise 企业, school 学校, community 社区, village 村, township 乡镇/街道, religious_venue 宗教活动场所, military 连队, social_organization 社会组织, hospital 医院, volunteer_team 志愿服务队, studio 工作室, lecture_team 宣讲团, other.",
      }),
      regionCode: RegionCodeSchema.meta({
        title: "所在地区",
        description: "The code of the region the unit is in.",
      }),
      creditCode: CreditCodeSchema.exactOptional().meta({
        title: "统一社会信用代码",
        description: "The unit's unified social credit code, when known.",
      }),
    })
    .readonly()
    .meta({ title: "组织单位", description: "An organisational unit." }))();

/**
 * A unit as submitted to {@link UnitSchema}.
 *
 * @category schemas
 */
export type UnitInput = z.input<typeof UnitSchema>;
