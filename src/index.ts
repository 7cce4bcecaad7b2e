// The one reviewed public face of shiliu: every export is named and explicit.

export type { LabelTable, LocalizedText } from "./core/labels";
export { labelOf } from "./core/labels";
export type { Locale } from "./core/locale";
export { defaultLocale, isLocale, locales } from "./core/locale";
export type { Failure, Result, Success } from "./core/result";
export { roundHalfUp } from "./core/round-half-up";
export type { ShiliuErrorCode, ShiliuIssue } from "./core/shiliu-error";
export { ShiliuError } from "./core/shiliu-error";

// text
// Quantity and Comparator belong to quantity/; they are exported here because parseQuantity and
// extractQuantities return them.
export type { Comparator, Quantity } from "./quantity/types";
export type { ExtractedQuantity } from "./text/extract-quantities";
export { extractQuantities } from "./text/extract-quantities";
export { normalizeText } from "./text/normalize-text";
export type { ParseChineseDateOptions } from "./text/parse-chinese-date";
export { parseChineseDate } from "./text/parse-chinese-date";
export { parseChineseNumber } from "./text/parse-chinese-number";
export { parseQuantity } from "./text/parse-quantity";
