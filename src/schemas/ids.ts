import * as z from "zod";

// Ids are opaque, non-empty and bounded. Branding makes mixing two kinds a compile error:
// passing a CampaignId where an ActivityId is expected is a bug a type checker should catch.
// Each schema is spelt out, since a generic helper would lose the brand's literal type.

/**
 * The id of a work brand (工作品牌), such as `"saihan-shiliu-red"`.
 *
 * @category schemas
 * @example
 * ```ts
 * BrandIdSchema.parse("saihan-shiliu-red") //=> "saihan-shiliu-red"
 * ```
 */
export const BrandIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1)
    .max(200)
    .brand<"BrandId">()
    .meta({ title: "工作品牌编号", description: "The id of a work brand." }))();
/**
 * A work brand's id; a string that only {@link BrandIdSchema} produces.
 *
 * @category schemas
 */
export type BrandId = z.output<typeof BrandIdSchema>;

/**
 * The id of a carrier (阵地), such as `"saihan-station"`: given when an observation or another
 * record names the carrier.
 *
 * @category schemas
 * @example
 * ```ts
 * CarrierIdSchema.parse("saihan-station") //=> "saihan-station"
 * ```
 */
export const CarrierIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1)
    .max(200)
    .brand<"CarrierId">()
    .meta({ title: "阵地编号", description: "The id of a carrier." }))();
/**
 * A carrier's id; a string that only {@link CarrierIdSchema} produces.
 *
 * @category schemas
 */
export type CarrierId = z.output<typeof CarrierIdSchema>;

/**
 * The id of a campaign (行动/计划/工程).
 *
 * @category schemas
 * @example
 * ```ts
 * CampaignIdSchema.parse("three-plans") //=> "three-plans"
 * ```
 */
export const CampaignIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1)
    .max(200)
    .brand<"CampaignId">()
    .meta({ title: "行动编号", description: "The id of a campaign, plan or project." }))();
/**
 * A campaign's id; a string that only {@link CampaignIdSchema} produces.
 *
 * @category schemas
 */
export type CampaignId = z.output<typeof CampaignIdSchema>;

/**
 * The id of a campaign component (行动的分项), such as `"five-actions-soul"`: given when an
 * observation or another record names the component.
 *
 * @category schemas
 * @example
 * ```ts
 * ComponentIdSchema.parse("five-actions-soul") //=> "five-actions-soul"
 * ```
 */
export const ComponentIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1)
    .max(200)
    .brand<"ComponentId">()
    .meta({ title: "分项编号", description: "The id of a campaign component." }))();
/**
 * A campaign component's id; a string that only {@link ComponentIdSchema} produces.
 *
 * @category schemas
 */
export type ComponentId = z.output<typeof ComponentIdSchema>;

/**
 * The id of an activity (活动).
 *
 * @category schemas
 * @example
 * ```ts
 * ActivityIdSchema.parse("cloud-exchange-2023-04-26") //=> "cloud-exchange-2023-04-26"
 * ```
 */
export const ActivityIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1)
    .max(200)
    .brand<"ActivityId">()
    .meta({ title: "活动编号", description: "The id of an activity." }))();
/**
 * An activity's id; a string that only {@link ActivityIdSchema} produces.
 *
 * @category schemas
 */
export type ActivityId = z.output<typeof ActivityIdSchema>;

/**
 * The id of an agreement (协议).
 *
 * @category schemas
 * @example
 * ```ts
 * AgreementIdSchema.parse("binsai-co-construction") //=> "binsai-co-construction"
 * ```
 */
export const AgreementIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1)
    .max(200)
    .brand<"AgreementId">()
    .meta({ title: "协议编号", description: "The id of an agreement." }))();
/**
 * An agreement's id; a string that only {@link AgreementIdSchema} produces.
 *
 * @category schemas
 */
export type AgreementId = z.output<typeof AgreementIdSchema>;

/**
 * The id of a designation (命名/表彰).
 *
 * @category schemas
 * @example
 * ```ts
 * DesignationIdSchema.parse("model-collective-education-bureau") //=> "model-collective-education-bureau"
 * ```
 */
export const DesignationIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1)
    .max(200)
    .brand<"DesignationId">()
    .meta({ title: "命名表彰编号", description: "The id of a designation or honour." }))();
/**
 * A designation's id; a string that only {@link DesignationIdSchema} produces.
 *
 * @category schemas
 */
export type DesignationId = z.output<typeof DesignationIdSchema>;

/**
 * The id of an organisational unit (组织单位).
 *
 * @category schemas
 * @example
 * ```ts
 * UnitIdSchema.parse("kundulun-education-bureau") //=> "kundulun-education-bureau"
 * ```
 */
export const UnitIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1)
    .max(200)
    .brand<"UnitId">()
    .meta({ title: "单位编号", description: "The id of an organisational unit." }))();
/**
 * A unit's id; a string that only {@link UnitIdSchema} produces.
 *
 * @category schemas
 */
export type UnitId = z.output<typeof UnitIdSchema>;

/**
 * The id of an indicator (指标), such as `"awareness_rate"`.
 *
 * @category schemas
 * @example
 * ```ts
 * IndicatorIdSchema.parse("awareness_rate") //=> "awareness_rate"
 * ```
 */
export const IndicatorIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1)
    .max(200)
    .brand<"IndicatorId">()
    .meta({ title: "指标编号", description: "The id of an indicator." }))();
/**
 * An indicator's id; a string that only {@link IndicatorIdSchema} produces.
 *
 * @category schemas
 */
export type IndicatorId = z.output<typeof IndicatorIdSchema>;

/**
 * The id of a report (创建工作报告).
 *
 * @category schemas
 * @example
 * ```ts
 * ReportIdSchema.parse("saihan-2023") //=> "saihan-2023"
 * ```
 */
export const ReportIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1)
    .max(200)
    .brand<"ReportId">()
    .meta({ title: "报告编号", description: "The id of a report." }))();
/**
 * A report's id; a string that only {@link ReportIdSchema} produces.
 *
 * @category schemas
 */
export type ReportId = z.output<typeof ReportIdSchema>;
