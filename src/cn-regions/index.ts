// shiliu/cn-regions: the national region catalog, kept out of the main entry so apps that do
// not need it do not bundle it.

/**
 * The national region catalogue (province, prefecture and county levels of the 2023 statistical
 * division codes), in an entry of its own so apps that do not need it do not bundle it.
 *
 * @packageDocumentation
 * @module shiliu/cn-regions
 */

export { cnRegions } from "./cn-regions";
export type { CnRegionsSource } from "./cn-regions-source";
export { createCnRegionIndex } from "./create-cn-region-index";
export { cnRegionsSource } from "./data.generated";
