// The one reviewed public face of shiliu: every export is named and explicit.

export type { LabelTable, LocalizedText } from "./core/labels";
export { labelOf } from "./core/labels";
export type { Locale } from "./core/locale";
export { defaultLocale, isLocale, locales } from "./core/locale";
export type { Failure, Result, Success } from "./core/result";
export { roundHalfUp } from "./core/round-half-up";
export type { ShiliuErrorCode, ShiliuIssue } from "./core/shiliu-error";
export { ShiliuError } from "./core/shiliu-error";
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
