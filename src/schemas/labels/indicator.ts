// Enum values and labels of indicators. Zod-free, so an app can show labels without zod.
import type { LabelTable } from "../../core/labels";
import type { Aggregation, IndicatorKind, TemporalAggregation } from "../../metric/types";

/**
 * Every {@link IndicatorKind}: 计数, 金额, 比率 and 增速.
 *
 * @category schemas
 * @example
 * ```ts
 * indicatorKinds //=> ["count", "amount", "ratio", "growth"]
 * ```
 */
export const indicatorKinds = [
  "count",
  "amount",
  "ratio",
  "growth",
] as const satisfies readonly IndicatorKind[];

/**
 * Labels of {@link IndicatorKind} in zh-CN, zh-TW and en.
 *
 * @category schemas
 * @example
 * ```ts
 * labelOf(indicatorKindLabels, "growth") //=> "增速"
 * ```
 */
export const indicatorKindLabels: LabelTable<IndicatorKind> = {
  count: { "zh-CN": "计数", "zh-TW": "計數", en: "count" },
  amount: { "zh-CN": "金额", "zh-TW": "金額", en: "amount" },
  ratio: { "zh-CN": "比率", "zh-TW": "比率", en: "ratio" },
  growth: { "zh-CN": "增速", "zh-TW": "增速", en: "growth rate" },
};

/**
 * Every {@link Aggregation}: how figures of child regions combine.
 *
 * @category schemas
 * @example
 * ```ts
 * aggregations //=> ["sum", "ratio", "max", "min", "none"]
 * ```
 */
export const aggregations = [
  "sum",
  "ratio",
  "max",
  "min",
  "none",
] as const satisfies readonly Aggregation[];

/**
 * Labels of {@link Aggregation} in zh-CN, zh-TW and en.
 *
 * @category schemas
 * @example
 * ```ts
 * labelOf(aggregationLabels, "ratio", "en") //=> "sum of numerators over sum of denominators"
 * ```
 */
export const aggregationLabels: LabelTable<Aggregation> = {
  sum: { "zh-CN": "求和", "zh-TW": "求和", en: "sum" },
  ratio: {
    "zh-CN": "分子之和除以分母之和",
    "zh-TW": "分子之和除以分母之和",
    en: "sum of numerators over sum of denominators",
  },
  max: { "zh-CN": "取最大值", "zh-TW": "取最大值", en: "maximum" },
  min: { "zh-CN": "取最小值", "zh-TW": "取最小值", en: "minimum" },
  none: { "zh-CN": "不可汇总", "zh-TW": "不可匯總", en: "not aggregatable" },
};

/**
 * Every {@link TemporalAggregation}: how figures of successive periods combine.
 *
 * @category schemas
 * @example
 * ```ts
 * temporalAggregations //=> ["sum", "last", "none"]
 * ```
 */
export const temporalAggregations = [
  "sum",
  "last",
  "none",
] as const satisfies readonly TemporalAggregation[];

/**
 * Labels of {@link TemporalAggregation} in zh-CN, zh-TW and en.
 *
 * @category schemas
 * @example
 * ```ts
 * labelOf(temporalAggregationLabels, "last") //=> "取期末值"
 * ```
 */
export const temporalAggregationLabels: LabelTable<TemporalAggregation> = {
  sum: { "zh-CN": "累计", "zh-TW": "累計", en: "sum over periods" },
  last: { "zh-CN": "取期末值", "zh-TW": "取期末值", en: "value at period end" },
  none: { "zh-CN": "不可跨期汇总", "zh-TW": "不可跨期匯總", en: "not combinable over periods" },
};
