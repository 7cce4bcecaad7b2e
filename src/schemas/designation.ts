import * as z from "zod";
import { DesignationIdSchema } from "./ids";
import {
  designationKinds,
  designationLevels,
  designationStatuses,
  recipientTypes,
} from "./labels/designation";
import { patterns, refinementMessages } from "./messages";
import { IsoDateSchema } from "./period";
import { RegionCodeSchema } from "./region";

/**
 * A designation (命名/表彰) such as 全国民族团结进步模范集体, with who received it and when,
 * and where it stands in its lifecycle. Under the national naming rules — the 2020
 * 《全国民族团结进步示范区示范单位命名办法》 (国家民委, 27 March 2020) and the
 * 《全国民族团结进步示范区示范单位创建命名管理办法》 of 28 December 2023 and 31 December 2025 — a
 * 全国民族团结进步示范区/示范单位 is named by 国家民委 in a numbered batch (`batch`: 第十批 → 10, 2023;
 * 第十一批, 民委发〔2024〕18号, 16 January 2024), for a term (`termYears`: every decision
 * from the ninth batch to the twelfth reads 命名有效期5年), after which it expires unless named
 * again; it can be revoked before then (`status: "revoked"`, the exit mechanism of the
 * dynamic management the rules set up); and a region or unit applies for it only once its
 * province has named it (2020 办法, article 4: 须已被命名为省级民族团结进步示范区示范单位).
 * Provinces name their own titles the same way, by their 民(宗)委 (`authority`).
 *
 * @category schemas
 * @example
 * ```ts
 * const designation = DesignationSchema.parse({
 *   id: "education-bureau",
 *   title: "全国民族团结进步模范集体",
 *   kind: "model_collective",
 *   level: "national",
 *   recipient: { type: "unit", name: "昆区教育局", regionCode: "150203" },
 *   year: 2024,
 * });
 * designation.recipient.name //=> "昆区教育局"
 *
 * // 民委发〔2024〕18号 of 16 January 2024 named it in the eleventh batch, 命名有效期5年.
 * const named = DesignationSchema.parse({
 *   id: "anti-japanese-war-museum",
 *   title: "全国民族团结进步示范单位",
 *   kind: "demonstration_unit",
 *   level: "national",
 *   recipient: { type: "unit", name: "中国人民抗日战争纪念馆", regionCode: "110106" },
 *   batch: 11,
 *   namedOn: "2024-01-16",
 *   year: 2024,
 *   termYears: 5,
 *   expiresOn: "2029-01-15",
 *   status: "in_force",
 *   authority: "国家民委",
 * });
 * named.batch //=> 11
 * DesignationSchema.safeParse({ ...named, year: 2022 }).success //=> false
 * ```
 */
export const DesignationSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: DesignationIdSchema,
      title: z
        .string()
        .regex(patterns.non_blank)
        .max(500)
        .meta({ title: "称号", description: "The title conferred, as written." }),
      kind: z.enum(designationKinds).meta({
        title: "类型",
        description:
          "demonstration_region 示范区, demonstration_unit 示范单位, model_collective 模范集体, model_individual 模范个人, education_base 教育基地, demonstration_family 示范家庭.",
      }),
      level: z.enum(designationLevels).meta({
        title: "层级",
        description: "national 全国, provincial 省级, prefectural 市级 or county 县级.",
      }),
      recipient: z
        .strictObject({
          type: z.enum(recipientTypes).meta({
            title: "对象类型",
            description: "unit 单位, region 地区, person 个人 or family 家庭.",
          }),
          name: z
            .string()
            .regex(patterns.non_blank)
            .max(200)
            .meta({ title: "对象名称", description: "Who received it, as written." }),
          id: z.string().regex(patterns.non_blank).max(200).exactOptional().meta({
            title: "对象编号",
            description: "The recipient's id: a unit id for a unit, a region code for a region.",
          }),
          regionCode: RegionCodeSchema.meta({
            title: "所在地区",
            description: "The code of the recipient's region.",
          }),
        })
        .readonly()
        .meta({ title: "授予对象", description: "Who received the designation." }),
      year: z
        .number()
        .int()
        .min(1949)
        .max(2200)
        // Reports often publicise an honour without its year (昆区教育局, 全国民族团结进步模范集体).
        .exactOptional()
        .meta({
          title: "年份",
          description:
            "The year it was conferred, when the source gives it; the year of namedOn when both are given.",
        }),
      batch: z.number().int().min(1).max(1000).exactOptional().meta({
        title: "批次",
        description: "The numbered batch it was named in: 第十批 is 10.",
      }),
      namedOn: IsoDateSchema.exactOptional().meta({
        title: "命名日期",
        description: "The date of the naming decision, when the source gives it.",
      }),
      termYears: z.number().int().min(1).max(100).exactOptional().meta({
        title: "有效期（年）",
        description: "How many years the title is valid: 命名有效期5年 is 5.",
      }),
      expiresOn: IsoDateSchema.exactOptional().meta({
        title: "有效期至",
        description:
          "The last day the title is in force (or the anniversary the term ends on), when given.",
      }),
      status: z.enum(designationStatuses).exactOptional().meta({
        title: "状态",
        description: "in_force 有效, expired 已到期 or revoked 已撤销.",
      }),
      revokedOn: IsoDateSchema.exactOptional().meta({
        title: "撤销日期",
        description: "The date it was revoked; only with status revoked.",
      }),
      authority: z.string().regex(patterns.non_blank).max(200).exactOptional().meta({
        title: "命名机关",
        description: "Who named or conferred it, as written: 国家民委, 内蒙古自治区民委.",
      }),
    })
    .check((payload) => {
      const d = payload.value;
      if (
        d.year !== undefined &&
        d.namedOn !== undefined &&
        Number(d.namedOn.slice(0, 4)) !== d.year
      ) {
        payload.issues.push({
          code: "custom",
          input: d,
          path: ["year"],
          message: refinementMessages.year_not_naming_year["zh-CN"],
          params: { reason: "year_not_naming_year", year: d.year, date: d.namedOn },
        });
      }
      if (d.revokedOn !== undefined && d.status !== "revoked") {
        payload.issues.push({
          code: "custom",
          input: d,
          path: ["revokedOn"],
          message: refinementMessages.revoked_on_without_revoked["zh-CN"],
          params: { reason: "revoked_on_without_revoked" },
        });
      }
    })
    .readonly()
    .meta({
      title: "命名表彰",
      description: "A designation or honour.",
      // The revocation refinement above, as JSON Schema says it (the naming year it cannot say).
      if: { required: ["revokedOn"] },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable.
      then: { properties: { status: { const: "revoked" } }, required: ["status"] },
    }))();

/**
 * A designation as parsed by {@link DesignationSchema}.
 *
 * @category schemas
 */
export type Designation = z.output<typeof DesignationSchema>;

/**
 * A designation as submitted to {@link DesignationSchema}.
 *
 * @category schemas
 */
export type DesignationInput = z.input<typeof DesignationSchema>;
