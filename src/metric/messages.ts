import { formatMessage, type LocalizedText } from "../core/labels";
import type { Locale } from "../core/locale";
import { type Failure, failure } from "../core/result";
import type { MetricFailureReason, RollupFailureReason, TemporalFailureReason } from "./types";

type Reason = MetricFailureReason | RollupFailureReason | TemporalFailureReason;

const templates: { readonly [reason in Reason]: LocalizedText } = {
  zero_denominator: {
    "zh-CN": "{metric}：{input}为零，不能作除数",
    "zh-TW": "{metric}：{input}為零，不能作除數",
    en: "{metric}: {input} is zero and cannot divide",
  },
  non_positive_base: {
    "zh-CN": "{metric}：{input}须为正数，收到 {value}",
    "zh-TW": "{metric}：{input}須為正數，收到 {value}",
    en: "{metric}: {input} must be positive, got {value}",
  },
  negative_input: {
    "zh-CN": "{metric}：{input}不能为负数，收到 {value}",
    "zh-TW": "{metric}：{input}不能為負數，收到 {value}",
    en: "{metric}: {input} must not be negative, got {value}",
  },
  numerator_exceeds_denominator: {
    "zh-CN": "{metric}：{input} {value} 超过总数 {other}",
    "zh-TW": "{metric}：{input} {value} 超過總數 {other}",
    en: "{metric}: {input} {value} exceeds the total {other}",
  },
  not_finite: {
    "zh-CN": "{metric}：{input}须为有限数，收到 {value}",
    "zh-TW": "{metric}：{input}須為有限數，收到 {value}",
    en: "{metric}: {input} must be a finite number, got {value}",
  },
  missing_value: {
    "zh-CN": "{metric}：缺少{input}",
    "zh-TW": "{metric}：缺少{input}",
    en: "{metric}: {input} is missing",
  },
  unit_mismatch: {
    "zh-CN": "{metric}：{input}的单位“{value}”与“{other}”不一致",
    "zh-TW": "{metric}：{input}的單位「{value}」與「{other}」不一致",
    en: '{metric}: the unit "{value}" of {input} does not match "{other}"',
  },
  invalid_period: {
    "zh-CN": "{metric}：{value}",
    "zh-TW": "{metric}：{value}",
    en: "{metric}: {value}",
  },
  invalid_option: {
    "zh-CN": "{metric}：{input}须大于 0 且小于 1，收到 {value}",
    "zh-TW": "{metric}：{input}須大於 0 且小於 1，收到 {value}",
    en: "{metric}: {input} must be between 0 and 1 exclusive, got {value}",
  },
  not_a_count: {
    "zh-CN": "{metric}：{input}须为确切的整数，收到 {value}",
    "zh-TW": "{metric}：{input}須為確切的整數，收到 {value}",
    en: "{metric}: {input} must be an exact whole number, got {value}",
  },
  not_aggregatable: {
    "zh-CN": "{metric}：第 {value} 条观测值（{input}）只有比率值，没有分子和分母，无法汇总",
    "zh-TW": "{metric}：第 {value} 條觀測值（{input}）只有比率值，沒有分子和分母，無法匯總",
    en: "{metric}: observation {value} ({input}) is a ratio without numerator and denominator and cannot be aggregated",
  },
  unknown_region: {
    "zh-CN": "{metric}：第 {value} 条观测值的地区 {input} 不在地区索引中",
    "zh-TW": "{metric}：第 {value} 條觀測值的地區 {input} 不在地區索引中",
    en: "{metric}: the region {input} of observation {value} is not in the region index",
  },
  duplicate_observation: {
    "zh-CN": "{metric}：第 {value} 条观测值与第 {other} 条重复（地区 {input}）",
    "zh-TW": "{metric}：第 {value} 條觀測值與第 {other} 條重複（地區 {input}）",
    en: "{metric}: observation {value} repeats observation {other} (region {input})",
  },
  invalid_precision: {
    "zh-CN": "{metric}：{input}的书写精度须为正的有限数，收到 {value}",
    "zh-TW": "{metric}：{input}的書寫精度須為正的有限數，收到 {value}",
    en: "{metric}: the written precision of {input} must be a positive finite number, got {value}",
  },
  incomplete_period: {
    "zh-CN": "{metric}：{input}不完整，缺少 {value} 的观测值",
    "zh-TW": "{metric}：{input}不完整，缺少 {value} 的觀測值",
    en: "{metric}: {input} is incomplete, with no observation for {value}",
  },
  mixed_regions: {
    "zh-CN": "{metric}：观测值属于多个地区（{input} 与 {other}），请指定 regionCode",
    "zh-TW": "{metric}：觀測值屬於多個地區（{input} 與 {other}），請指定 regionCode",
    en: "{metric}: the observations belong to several regions ({input} and {other}); choose a regionCode",
  },
  mixed_periods: {
    "zh-CN": "{metric}：观测值属于多个期间（{input} 与 {other}），请指定 period",
    "zh-TW": "{metric}：觀測值屬於多個期間（{input} 與 {other}），請指定 period",
    en: "{metric}: the observations span several periods ({input} and {other}); choose a period",
  },
};

/** The names of formulas and their inputs, as messages print them. @internal */
export const terms = {
  ratio: { "zh-CN": "比率", "zh-TW": "比率", en: "ratio" },
  share: { "zh-CN": "占比", "zh-TW": "佔比", en: "share" },
  coverage: { "zh-CN": "覆盖率", "zh-TW": "覆蓋率", en: "coverage" },
  completionRate: { "zh-CN": "完成率", "zh-TW": "完成率", en: "completion rate" },
  perCapita: { "zh-CN": "人均值", "zh-TW": "人均值", en: "per-capita value" },
  growthRate: { "zh-CN": "增速", "zh-TW": "增速", en: "growth rate" },
  previousFromGrowth: { "zh-CN": "上期值", "zh-TW": "上期值", en: "previous value" },
  cagr: { "zh-CN": "年均增速", "zh-TW": "年均增速", en: "compound annual growth rate" },
  yearOnYear: { "zh-CN": "同比增速", "zh-TW": "同比增速", en: "year-on-year growth" },
  surveyRate: { "zh-CN": "调查比率", "zh-TW": "調查比率", en: "survey rate" },
  rollup: { "zh-CN": "汇总", "zh-TW": "匯總", en: "roll-up" },
  overTime: { "zh-CN": "跨期汇总", "zh-TW": "跨期匯總", en: "aggregation over time" },
  numerator: { "zh-CN": "分子", "zh-TW": "分子", en: "the numerator" },
  denominator: { "zh-CN": "分母", "zh-TW": "分母", en: "the denominator" },
  part: { "zh-CN": "部分", "zh-TW": "部分", en: "the part" },
  whole: { "zh-CN": "总体", "zh-TW": "總體", en: "the whole" },
  covered: { "zh-CN": "已覆盖数", "zh-TW": "已覆蓋數", en: "the covered count" },
  total: { "zh-CN": "总数", "zh-TW": "總數", en: "the total" },
  actual: { "zh-CN": "实际值", "zh-TW": "實際值", en: "the actual value" },
  target: { "zh-CN": "目标值", "zh-TW": "目標值", en: "the target" },
  value: { "zh-CN": "数值", "zh-TW": "數值", en: "the value" },
  population: { "zh-CN": "人口", "zh-TW": "人口", en: "the population" },
  per: { "zh-CN": "换算基数", "zh-TW": "換算基數", en: "the per-unit base" },
  current: { "zh-CN": "本期值", "zh-TW": "本期值", en: "the current value" },
  previous: { "zh-CN": "上期值", "zh-TW": "上期值", en: "the previous value" },
  growth: { "zh-CN": "增速", "zh-TW": "增速", en: "the growth rate" },
  growthBase: { "zh-CN": "1 + 增速", "zh-TW": "1 + 增速", en: "1 + the growth rate" },
  start: { "zh-CN": "期初值", "zh-TW": "期初值", en: "the start value" },
  end: { "zh-CN": "期末值", "zh-TW": "期末值", en: "the end value" },
  years: { "zh-CN": "年数", "zh-TW": "年數", en: "the number of years" },
  result: { "zh-CN": "计算结果", "zh-TW": "計算結果", en: "the result" },
  positive: { "zh-CN": "肯定回答数", "zh-TW": "肯定回答數", en: "the positive count" },
  sampleSize: { "zh-CN": "样本量", "zh-TW": "樣本量", en: "the sample size" },
  confidence: { "zh-CN": "置信水平", "zh-TW": "信賴水準", en: "the confidence" },
  observation: { "zh-CN": "观测值", "zh-TW": "觀測值", en: "the observation" },
} as const satisfies Record<string, LocalizedText>;

/** A term's name. @internal */
export type Term = keyof typeof terms;

/** A failure whose message names the formula and the input. @internal */
export function metricFailure<R extends Reason>(
  reason: R,
  locale: Locale,
  metric: Term,
  input: Term | string,
  value: string | number = "",
  other: string | number = "",
): Failure<R> {
  const inputName = Object.hasOwn(terms, input) ? terms[input as Term][locale] : input;
  return failure(
    reason,
    formatMessage(templates[reason], locale, {
      metric: terms[metric][locale],
      input: inputName,
      value,
      other,
    }),
  );
}
