// The one reviewed public face of shiliu: every export is named and explicit.

export type { LabelTable, LocalizedText } from "./core/labels";
export { labelOf } from "./core/labels";
export type { Locale } from "./core/locale";
export { defaultLocale, isLocale, locales } from "./core/locale";
export type { Failure, Result, Success } from "./core/result";
export { roundHalfUp } from "./core/round-half-up";
export type { ShiliuErrorCode, ShiliuIssue } from "./core/shiliu-error";
export { ShiliuError } from "./core/shiliu-error";

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
