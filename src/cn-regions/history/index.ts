/**
 * The national code history (county level and above, 1981–2024): what a code named in a year,
 * where an old code's area is now, and the approvals of each change, in an entry of its own so
 * apps that do not need it do not bundle it.
 *
 * @packageDocumentation
 * @module shiliu/cn-regions/history
 */

export type {
  RegionApproval,
  RegionChange,
  RegionChangeKind,
  RegionCodeName,
  RegionHistory,
  RegionHistoryFailure,
  RegionHistoryFailureReason,
  RegionHistoryRecord,
  RegionHistoryResult,
  RegionNameAt,
  RegionResolution,
  RegionSuccession,
} from "../../region/region-history";
export { createRetiredRegionCodeRule } from "../../report/rules/retired-region-code";
export { cnRegionHistory } from "./cn-region-history";
export type { CnRegionHistorySource } from "./cn-region-history-source";
export { cnRegionHistorySource } from "./data.generated";
export {
  type FindRegionsByNameAtOptions,
  findRegionsByNameAt,
} from "./find-regions-by-name-at";
export { type RegionNameAtOptions, regionNameAt } from "./region-name-at";
export { type ResolveRegionCodeOptions, resolveRegionCode } from "./resolve-region-code";
export { retiredRegionCodeRule } from "./retired-region-code-rule";
