import * as z from "zod";
import { parseRegionCode } from "../region/parse-region-code";
import { regionCodeDefect } from "../region/region-code-structure";
import type { RegionLevel } from "../region/types";
import { patterns } from "./messages";

const regionLevels = [
  "province",
  "prefecture",
  "county",
  "township",
  "village",
] as const satisfies readonly RegionLevel[];

/**
 * A region code (行政区划代码): 6-digit GB/T 2260, 9-digit township or 12-digit village code,
 * whose structure {@link parseRegionCode} accepts (a known province prefix, no county without
 * a prefecture …).
 *
 * @category schemas
 * @example
 * ```ts
 * RegionCodeSchema.parse("150105") //=> "150105"
 * RegionCodeSchema.safeParse("15010").success //=> false
 * RegionCodeSchema.safeParse("990105").success //=> false
 * ```
 */
export const RegionCodeSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(patterns.region_code)
    .check((payload) => {
      // The cheap structural test first: a valid code allocates nothing; only a defect pays
      // for its message.
      const defect = regionCodeDefect(payload.value);
      if (defect === undefined || defect.reason === "invalid_format") return;
      const parsed = parseRegionCode(payload.value);
      if (!parsed.ok) {
        payload.issues.push({
          code: "custom",
          input: payload.value,
          message: parsed.message,
          params: { reason: "region_code", value: payload.value },
        });
      }
    })
    .brand<"RegionCode">()
    .meta({
      title: "行政区划代码",
      description: "A 6-digit GB/T 2260 code, a 9-digit township or a 12-digit village code.",
    }))();

/**
 * A region code; a string that only {@link RegionCodeSchema} produces.
 *
 * @category schemas
 */
export type RegionCode = z.output<typeof RegionCodeSchema>;

/**
 * The administrative level of a region: province, prefecture, county, township or village.
 *
 * @category schemas
 * @example
 * ```ts
 * RegionLevelSchema.parse("county") //=> "county"
 * ```
 */
export const RegionLevelSchema = /* @__PURE__ */ (() =>
  z.enum(regionLevels).meta({
    title: "行政级别",
    description: "省级, 地级, 县级, 乡级 (乡镇/街道) or 村级 (村/社区).",
  }))();

/**
 * A region (行政区划) as a report lists it; its output is a `Region` a region index accepts.
 *
 * @category schemas
 * @example
 * ```ts
 * RegionSchema.parse({ code: "150105", name: "赛罕区", level: "county", parentCode: "150100" })
 * //=> { code: "150105", name: "赛罕区", level: "county", parentCode: "150100" }
 * ```
 */
export const RegionSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      code: RegionCodeSchema,
      name: z
        .string()
        .regex(patterns.non_blank)
        .max(100)
        .meta({ title: "名称", description: "The official name, such as 赛罕区." }),
      level: RegionLevelSchema,
      parentCode: RegionCodeSchema.exactOptional().meta({
        title: "上级区划代码",
        description: "The code of the region it belongs to; absent for a province.",
      }),
      aliases: z
        .array(z.string().regex(patterns.non_blank).max(100))
        .readonly()
        .exactOptional()
        .meta({ title: "别名", description: "Other names people use, such as 昆区." }),
    })
    .readonly()
    .meta({ title: "行政区划", description: "An administrative region." }))();

/**
 * A region as submitted to {@link RegionSchema}.
 *
 * @category schemas
 */
export type RegionInput = z.input<typeof RegionSchema>;
