// The one reviewed public face of shiliu: every export is named and explicit.

/**
 * Typed models, zod validators and metric formulas for the data of 民族团结进步创建: figures with their
 * qualifiers, regions, formulas, schemas and `validateReport`.
 *
 * @packageDocumentation
 * @module shiliu
 */

export type { LabelTable, LocalizedText } from "./core/labels";
export { labelOf } from "./core/labels";
export type { Locale } from "./core/locale";
export { defaultLocale, isLocale, locales } from "./core/locale";
export type { Failure, Result, Success } from "./core/result";
export { roundHalfUp } from "./core/round-half-up";
export type { ShiliuErrorCode, ShiliuIssue } from "./core/shiliu-error";
export { ShiliuError } from "./core/shiliu-error";

// metric
export type { AggregateOverTimeOptions } from "./metric/aggregate-over-time";
export { aggregateOverTime } from "./metric/aggregate-over-time";
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
  RollupEntryOf,
  RollupFailure,
  RollupFailureReason,
  RollupMap,
  RollupRatio,
  RollupResult,
  RollupSum,
  TemporalAggregation,
  TemporalEntryOf,
  TemporalFailure,
  TemporalFailureReason,
  TemporalResult,
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
  CalendarPeriod,
  CalendarPeriodKind,
  Period,
  PeriodFailureReason,
  PeriodInterval,
  PeriodKind,
  PeriodOptions,
  PeriodRange,
} from "./period/types";
// quantity
export { addQuantities } from "./quantity/add-quantities";
export { boundsOf } from "./quantity/bounds-of";
export type { CommonUnit } from "./quantity/common-unit";
export { commonUnit } from "./quantity/common-unit";
export { comparatorLabels } from "./quantity/comparator-labels";
export type {
  ComparatorDirection,
  ComparatorForm,
  ComparatorMeaning,
  ComparatorWords,
} from "./quantity/comparators";
export { comparatorBounds, comparatorTable } from "./quantity/comparators";
export type { FormatQuantityOptions } from "./quantity/format-quantity";
export { formatQuantity } from "./quantity/format-quantity";
export { precisionOf } from "./quantity/precision-of";
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
export { unitOf } from "./quantity/unit-of";
export type { MeasureEntry, MeasureKind } from "./quantity/units";
export { unitTable } from "./quantity/units";

// region
export { createRegionIndex } from "./region/create-region-index";
export { isRegionCode } from "./region/is-region-code";
export { isWithin } from "./region/is-within";
export { officialShortName } from "./region/official-short-name";
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
export type {
  DescendantsOptions,
  FindByNameOptions,
  Region,
  RegionIndex,
  RegionLevel,
  RegionNameFailure,
  RegionNameFailureReason,
  RegionNameResult,
} from "./region/types";
// report
export type { FigureAudit } from "./report/audit-figures";
export { auditFigures } from "./report/audit-figures";
export { builtInReportRules } from "./report/built-in-report-rules";
export type { Diagnostic, DiagnosticCode, DiagnosticSeverity } from "./report/diagnostic";
export { draftReport } from "./report/draft/draft-report";
export type {
  DraftNote,
  DraftNoteCode,
  DraftReport,
  DraftReportOptions,
} from "./report/draft/types";
export type { LeftOutRecord, ReportCollection } from "./report/read-report";
export type { ReportRule, ReportRuleContext } from "./report/report-rule";
export { agreementPartiesRule } from "./report/rules/agreement-parties";
export { childrenExceedParentRule } from "./report/rules/children-exceed-parent";
export { dateOutsidePeriodRule } from "./report/rules/date-outside-period";
export { designationDateRule } from "./report/rules/designation-date";
export { designationExpiryRule } from "./report/rules/designation-expiry";
export { designationPrerequisiteRule } from "./report/rules/designation-prerequisite";
export { designationRecipientRule } from "./report/rules/designation-recipient";
export { designationStatusRule } from "./report/rules/designation-status";
export { duplicateIdRule } from "./report/rules/duplicate-id";
export { growthMismatchRule } from "./report/rules/growth-mismatch";
export { growthWithoutBaseRule } from "./report/rules/growth-without-base";
export { invalidCountRule } from "./report/rules/invalid-count";
export { noRegionIndexRule } from "./report/rules/no-region-index";
export { percentOutOfRangeRule } from "./report/rules/percent-out-of-range";
export { publicationDateRule } from "./report/rules/publication-date";
export { quoteMismatchRule } from "./report/rules/quote-mismatch";
export { quoteNotInSourceRule } from "./report/rules/quote-not-in-source";
export { ratioExceedsWholeRule } from "./report/rules/ratio-exceeds-whole";
export { reportRegionsRule } from "./report/rules/report-regions";
export { unitMismatchRule } from "./report/rules/unit-mismatch";
export { unknownReferenceRule } from "./report/rules/unknown-reference";
export { unknownRegionRule } from "./report/rules/unknown-region";
export { unquotedFigureRule } from "./report/rules/unquoted-figure";
export type { ValidateReportResult } from "./report/validate-report";
export { validateReport } from "./report/validate-report";
export type { ValidateReportOptions } from "./report/validate-report-options";
// schemas
export type { Activity, ActivityInput } from "./schemas/activity";
export { ActivitySchema } from "./schemas/activity";
export type { Agreement, AgreementInput, AgreementParty } from "./schemas/agreement";
export { AgreementPartySchema, AgreementSchema } from "./schemas/agreement";
export type { Brand, BrandInput, Carrier, CarrierInput } from "./schemas/brand";
export { BrandSchema, CarrierSchema } from "./schemas/brand";
export type { Campaign, CampaignInput, Target, TargetInput } from "./schemas/campaign";
export { CampaignSchema, TargetSchema } from "./schemas/campaign";
export type { Designation, DesignationInput } from "./schemas/designation";
export { DesignationSchema } from "./schemas/designation";
export type {
  ActivityId,
  AgreementId,
  BrandId,
  CampaignId,
  CarrierId,
  ComponentId,
  DesignationId,
  IndicatorId,
  ReportId,
  UnitId,
} from "./schemas/ids";
export {
  ActivityIdSchema,
  AgreementIdSchema,
  BrandIdSchema,
  CampaignIdSchema,
  CarrierIdSchema,
  ComponentIdSchema,
  DesignationIdSchema,
  IndicatorIdSchema,
  ReportIdSchema,
  UnitIdSchema,
} from "./schemas/ids";
export type { IndicatorInput } from "./schemas/indicator";
export { IndicatorSchema } from "./schemas/indicator";
export type { ActivityModality } from "./schemas/labels/activity";
export { activityModalities, activityModalityLabels } from "./schemas/labels/activity";
export type { AgreementKind, SigningMode } from "./schemas/labels/agreement";
export {
  agreementKindLabels,
  agreementKinds,
  signingModeLabels,
  signingModes,
} from "./schemas/labels/agreement";
export type { CarrierKind } from "./schemas/labels/brand";
export { carrierKindLabels, carrierKinds } from "./schemas/labels/brand";
export type { CampaignKind, IssuerLevel } from "./schemas/labels/campaign";
export {
  campaignKindLabels,
  campaignKinds,
  issuerLevelLabels,
  issuerLevels,
} from "./schemas/labels/campaign";
export type {
  DesignationKind,
  DesignationLevel,
  DesignationStatus,
  RecipientType,
} from "./schemas/labels/designation";
export {
  designationKindLabels,
  designationKinds,
  designationLevelLabels,
  designationLevels,
  designationStatuses,
  designationStatusLabels,
  recipientTypeLabels,
  recipientTypes,
} from "./schemas/labels/designation";
export {
  aggregationLabels,
  aggregations,
  indicatorKindLabels,
  indicatorKinds,
  temporalAggregationLabels,
  temporalAggregations,
} from "./schemas/labels/indicator";
export type { AboutKind } from "./schemas/labels/observation";
export {
  aboutKindLabels,
  aboutKinds,
  observationStatuses,
  observationStatusLabels,
} from "./schemas/labels/observation";
export type { ObservationInput } from "./schemas/observation";
export { ObservationSchema } from "./schemas/observation";
export { IsoDateSchema, PeriodKeySchema } from "./schemas/period";
export type {
  QuantityInput,
  ReportedQuantity,
  ReportedQuantityInput,
} from "./schemas/quantity";
export { ComparatorSchema, QuantitySchema, ReportedQuantitySchema } from "./schemas/quantity";
export type { RegionCode, RegionInput } from "./schemas/region";
export { RegionCodeSchema, RegionLevelSchema, RegionSchema } from "./schemas/region";
export type { Report, ReportInput } from "./schemas/report";
export { ReportSchema } from "./schemas/report";
export type { UnitInput } from "./schemas/unit";
export { CreditCodeSchema, UnitSchema } from "./schemas/unit";

// text
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
