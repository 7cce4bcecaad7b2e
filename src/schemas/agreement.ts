import * as z from "zod";
import { ActivityIdSchema, AgreementIdSchema, UnitIdSchema } from "./ids";
import { agreementKinds, signingModes } from "./labels/agreement";
import { patterns, refinementMessages } from "./messages";
import { IsoDateSchema } from "./period";
import { RegionCodeSchema } from "./region";

/**
 * A party to an agreement (协议方): its name, its unit when the report lists it, and its region.
 *
 * @category schemas
 * @example
 * ```ts
 * AgreementPartySchema.parse({ name: "宾阳县委统战部", regionCode: "450126" })
 * //=> { name: "宾阳县委统战部", regionCode: "450126" }
 * ```
 */
export const AgreementPartySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      name: z
        .string()
        .regex(patterns.non_blank)
        .max(200)
        .meta({ title: "协议方名称", description: "The party's name, such as 赛罕区委统战部." }),
      unitId: UnitIdSchema.exactOptional().meta({
        title: "单位",
        description: "The party's id among the report's units, when listed.",
      }),
      regionCode: RegionCodeSchema.meta({
        title: "所在地区",
        description: "The code of the party's region.",
      }),
    })
    .readonly()
    .meta({ title: "协议方", description: "A party to an agreement." }))();

/**
 * An agreement party as parsed by {@link AgreementPartySchema}.
 *
 * @category schemas
 */
export type AgreementParty = z.output<typeof AgreementPartySchema>;

/**
 * An agreement (协议) — 共建, 联创共建, 结对子 or 合作 — between at least two parties.
 *
 * @category schemas
 * @example
 * ```ts
 * const agreement = AgreementSchema.parse({
 *   id: "binsai",
 *   title: "宾赛同心民族团结进步创建共建协议",
 *   kind: "co_construction",
 *   parties: [
 *     { name: "赛罕区委统战部", regionCode: "150105" },
 *     { name: "宾阳县委统战部", regionCode: "450126" },
 *   ],
 *   signedOn: "2023-04-26",
 *   signing: "online",
 * });
 * agreement.commitments //=> []
 * ```
 */
export const AgreementSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: AgreementIdSchema,
      title: z
        .string()
        .regex(patterns.non_blank)
        .max(500)
        .meta({ title: "协议名称", description: "The agreement's title." }),
      kind: z.enum(agreementKinds).meta({
        title: "类型",
        description:
          "co_construction 共建, joint_creation 联创共建, pairing 结对子, cooperation 合作.",
      }),
      parties: z
        .array(AgreementPartySchema)
        .min(2)
        .readonly()
        .meta({ title: "协议方", description: "The parties, at least two." }),
      // A source may report an agreement without its day or its manner of signing (赛罕区 and
      // 榕江县's 联创共建协议书): left out, not guessed.
      signedOn: IsoDateSchema.exactOptional().meta({
        title: "签署日期",
        description: "The day it was signed, when the source gives it.",
      }),
      signing: z.enum(signingModes).exactOptional().meta({
        title: "签署方式",
        description: "in_person 现场签署 or online 云签署, when the source says.",
      }),
      term: z
        .strictObject({
          start: IsoDateSchema.meta({ title: "开始日期", description: "The first day in force." }),
          end: IsoDateSchema.meta({ title: "结束日期", description: "The last day in force." }),
        })
        .superRefine((term, context) => {
          // ISO calendar dates compare as strings.
          if (term.end < term.start) {
            context.addIssue({
              code: "custom",
              path: ["end"],
              message: refinementMessages.term_end_before_start["zh-CN"]
                .replace("{end}", term.end)
                .replace("{start}", term.start),
              params: { reason: "term_end_before_start", start: term.start, end: term.end },
            });
          }
        })
        .readonly()
        .exactOptional()
        .meta({ title: "期限", description: "The days the agreement is in force." }),
      commitments: z
        .array(z.string().regex(patterns.non_blank).max(2000))
        .readonly()
        .default([])
        .meta({ title: "承诺事项", description: "What the parties undertake to do." }),
      activityId: ActivityIdSchema.exactOptional().meta({
        title: "签署活动",
        description: "The activity at which it was signed.",
      }),
    })
    .readonly()
    .meta({
      title: "协议",
      description: "A co-construction, pairing or cooperation agreement.",
    }))();

/**
 * An agreement as parsed by {@link AgreementSchema}.
 *
 * @category schemas
 */
export type Agreement = z.output<typeof AgreementSchema>;

/**
 * An agreement as submitted to {@link AgreementSchema}.
 *
 * @category schemas
 */
export type AgreementInput = z.input<typeof AgreementSchema>;
