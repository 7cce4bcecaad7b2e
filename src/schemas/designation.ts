import * as z from "zod";
import { DesignationIdSchema } from "./ids";
import { designationKinds, designationLevels, recipientTypes } from "./labels/designation";
import { patterns } from "./messages";
import { RegionCodeSchema } from "./region";

/**
 * A designation (命名/表彰) such as 全国民族团结进步模范集体, with who received it and when.
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
          "demonstration_region 示范区, demonstration_unit 示范单位, model_collective 模范集体, model_individual 模范个人, education_base 教育基地.",
      }),
      level: z.enum(designationLevels).meta({
        title: "层级",
        description: "national 全国, provincial 省级, prefectural 市级 or county 县级.",
      }),
      recipient: z
        .strictObject({
          type: z
            .enum(recipientTypes)
            .meta({ title: "对象类型", description: "unit 单位, region 地区 or person 个人." }),
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
          description: "The year it was conferred, when the source gives it.",
        }),
    })
    .readonly()
    .meta({ title: "命名表彰", description: "A designation or honour." }))();

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
