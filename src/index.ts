// The one reviewed public face of shiliu: every export is named and explicit.

export type { LabelTable, LocalizedText } from "./core/labels";
export { labelOf } from "./core/labels";
export type { Locale } from "./core/locale";
export { defaultLocale, isLocale, locales } from "./core/locale";
export type { Failure, Result, Success } from "./core/result";
export { roundHalfUp } from "./core/round-half-up";
export type { ShiliuErrorCode, ShiliuIssue } from "./core/shiliu-error";
export { ShiliuError } from "./core/shiliu-error";

// metric
export { cagr } from "./metric/cagr";
export { completionRate } from "./metric/completion-rate";
export { coverage } from "./metric/coverage";
export type { FormatPercentOptions } from "./metric/format-percent";
export { formatPercent } from "./metric/format-percent";
export { growthRate } from "./metric/growth-rate";
export type { PerCapitaOptions } from "./metric/per-capita";
export { perCapita } from "./metric/per-capita";
export { previousFromGrowth } from "./metric/previous-from-growth";
export { ratio } from "./metric/ratio";
export type { RollupOptions } from "./metric/rollup";
export { rollup } from "./metric/rollup";
export { share } from "./metric/share";
export type { StandardIndicatorId } from "./metric/standard-indicators";
export { standardIndicators } from "./metric/standard-indicators";
export type {
  SurveyRateOptions,
  SurveyRateResult,
  SurveyRateSuccess,
} from "./metric/survey-rate";
export { surveyRate } from "./metric/survey-rate";
export type {
  Aggregation,
  Indicator,
  IndicatorKind,
  IndicatorName,
  MetricFailureReason,
  MetricInput,
  MetricOptions,
  MetricResult,
  MetricSuccess,
  Observation,
  ObservationStatus,
  RollupEntry,
  RollupFailure,
  RollupFailureReason,
  RollupMap,
  RollupResult,
  TemporalAggregation,
} from "./metric/types";
export type { YearOnYearOptions } from "./metric/year-on-year";
export { yearOnYear } from "./metric/year-on-year";
// period
export { isIsoDate } from "./period/is-iso-date";
export { isPeriodKey } from "./period/is-period-key";
export { parsePeriod } from "./period/parse-period";
export { periodContains } from "./period/period-contains";
export { periodLabel } from "./period/period-label";
export { periodRange } from "./period/period-range";
export { samePeriodLastYear } from "./period/same-period-last-year";
export type {
  Period,
  PeriodFailureReason,
  PeriodKind,
  PeriodOptions,
  PeriodRange,
} from "./period/types";
// quantity
export { addQuantities } from "./quantity/add-quantities";
export { boundsOf } from "./quantity/bounds-of";
export { comparatorLabels } from "./quantity/comparator-labels";
export type { FormatQuantityOptions } from "./quantity/format-quantity";
export { formatQuantity } from "./quantity/format-quantity";
export { quantity } from "./quantity/quantity";
export type { QuantityOptions } from "./quantity/safe-quantity";
export { safeQuantity } from "./quantity/safe-quantity";
export type {
  Comparator,
  Quantity,
  QuantityBound,
  QuantityBounds,
  QuantityFailureReason,
} from "./quantity/types";

// region
export { createRegionIndex } from "./region/create-region-index";
export { isRegionCode } from "./region/is-region-code";
export { isWithin } from "./region/is-within";
export { parentCodeOf } from "./region/parent-code-of";
export type {
  ParsedRegionCode,
  ParseRegionCodeOptions,
  RegionCodeFailureReason,
} from "./region/parse-region-code";
export { parseRegionCode } from "./region/parse-region-code";
export { regionLevelLabels } from "./region/region-level-labels";
export { regionLevelOf } from "./region/region-level-of";
export type {
  RegionIndexFailure,
  RegionIndexOptions,
  RegionIndexResult,
} from "./region/safe-create-region-index";
export { safeCreateRegionIndex } from "./region/safe-create-region-index";
export type { FindByNameOptions, Region, RegionIndex, RegionLevel } from "./region/types";
export type { ExtractedQuantity } from "./text/extract-quantities";
export { extractQuantities } from "./text/extract-quantities";
export { normalizeText } from "./text/normalize-text";
export type { ParseChineseDateOptions } from "./text/parse-chinese-date";
export { parseChineseDate } from "./text/parse-chinese-date";
export { parseChineseNumber } from "./text/parse-chinese-number";
export { parseQuantity } from "./text/parse-quantity";
// unit
export type { Unit, UnitKind } from "./unit/types";
export { unitKindLabels } from "./unit/unit-kind-labels";
export { unitKinds } from "./unit/unit-kinds";
export type {
  CreditCode,
  CreditCodeFailure,
  CreditCodeFailureReason,
  ValidateCreditCodeOptions,
} from "./unit/validate-credit-code";
export { validateCreditCode } from "./unit/validate-credit-code";
