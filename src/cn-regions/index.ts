// shiliu/cn-regions: the national region catalog, kept out of the main entry so apps that do
// not need it do not bundle it.

export { cnRegions } from "./cn-regions";
export type { CnRegionsSource } from "./cn-regions-source";
export { createCnRegionIndex } from "./create-cn-region-index";
export { cnRegionsSource } from "./data.generated";
