import * as z from "zod";
import { BrandIdSchema, CarrierIdSchema, UnitIdSchema } from "./ids";
import { carrierKinds } from "./labels/brand";
import { patterns } from "./messages";
import { ReportedQuantitySchema } from "./quantity";
import { RegionCodeSchema } from "./region";

/**
 * A carrier (阵地) of a work brand or of a campaign component: what kind, its name, how many were
 * built when the source says (`count`, with the words it was read from), and an `id` when another
 * record names it (an observation's `about`).
 *
 * @category schemas
 * @example
 * ```ts
 * CarrierSchema.parse({ kind: "station", name: "石榴红赛罕驿站", count: { value: 110, unit: "个", quote: "石榴红赛罕驿站110个" } })
 * //=> { kind: "station", name: "石榴红赛罕驿站", count: { value: 110, unit: "个", comparator: "eq", quote: "石榴红赛罕驿站110个" } }
 * CarrierSchema.parse({ id: "volunteer-teams", kind: "volunteer_team", name: "石榴籽志愿服务队" })
 * //=> { id: "volunteer-teams", kind: "volunteer_team", name: "石榴籽志愿服务队" }
 * ```
 */
export const CarrierSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: CarrierIdSchema.exactOptional().meta({
        title: "阵地编号",
        description: "The carrier's id, unique in the report, when another record names it.",
      }),
      kind: z.enum(carrierKinds).meta({
        title: "阵地类型",
        description:
          "home 家园, station 驿站, lecture_hall 讲堂, volunteer_team 志愿服务队, council_hall 议事厅, education_base 教育实践基地, study_base 研学基地, landscape 景观小品, theme_park 主题公园, signboard 宣传牌/标语牌/宣传栏, exhibition_hall 陈列馆/展馆, heritage_training_site 非遗传承培训点, media_column 专栏, culture_corridor 文化长廊, culture_wall 文化墙, lecture_team 宣讲团, service_center 党群服务中心/服务站, other.",
      }),
      name: z
        .string()
        .regex(patterns.non_blank)
        .max(200)
        .meta({ title: "阵地名称", description: "The name, such as 石榴红赛罕驿站." }),
      count: ReportedQuantitySchema.exactOptional().meta({
        title: "数量",
        description:
          "How many were built, such as 110个, with the words it was read from; absent when the source gives no number (组建…等志愿服务队).",
      }),
    })
    .readonly()
    .meta({ title: "阵地", description: "A carrier of a work brand or campaign component." }))();

/**
 * A carrier as parsed by {@link CarrierSchema}.
 *
 * @category schemas
 */
export type Carrier = z.output<typeof CarrierSchema>;

/**
 * A carrier as submitted to {@link CarrierSchema}.
 *
 * @category schemas
 */
export type CarrierInput = z.input<typeof CarrierSchema>;

/**
 * A work brand (工作品牌) such as 赛出石榴红, with its carriers.
 *
 * @category schemas
 * @example
 * ```ts
 * const brand = BrandSchema.parse({ id: "saihan-red", name: "赛出石榴红", regionCode: "150105" });
 * brand.carriers //=> []
 * ```
 */
export const BrandSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: BrandIdSchema,
      name: z
        .string()
        .regex(patterns.non_blank)
        .max(200)
        .meta({ title: "品牌名称", description: "The brand's name, such as 赛出石榴红." }),
      regionCode: RegionCodeSchema.meta({
        title: "所在地区",
        description: "The code of the region that runs the brand.",
      }),
      ownerUnitId: UnitIdSchema.exactOptional().meta({
        title: "主办单位",
        description: "The id of the unit that owns the brand, one of the report's units.",
      }),
      parentBrandId: BrandIdSchema.exactOptional().meta({
        title: "上级品牌",
        description: "The brand this one belongs to (一街一品 sub-brands).",
      }),
      slogan: z
        .string()
        .regex(patterns.non_blank)
        .max(500)
        .exactOptional()
        .meta({ title: "口号", description: "The brand's slogan." }),
      mascot: z
        .string()
        .regex(patterns.non_blank)
        .max(200)
        .exactOptional()
        .meta({ title: "形象大使", description: "The brand's mascot, such as 昆小团." }),
      carriers: z
        .array(CarrierSchema)
        .readonly()
        .default([])
        .meta({ title: "阵地", description: "The carriers built under the brand." }),
    })
    .readonly()
    .meta({ title: "工作品牌", description: "A work brand of ethnic unity work." }))();

/**
 * A work brand as parsed by {@link BrandSchema}.
 *
 * @category schemas
 */
export type Brand = z.output<typeof BrandSchema>;

/**
 * A work brand as submitted to {@link BrandSchema}.
 *
 * @category schemas
 */
export type BrandInput = z.input<typeof BrandSchema>;
