/**
 * The township level of the national catalogue (乡、镇、街道 of the 2023 statistical division
 * codes), in an entry of its own: about 41,000 rows that apps bundle only when they import it.
 *
 * @packageDocumentation
 * @module shiliu/cn-regions/townships
 */

export { cnTownships } from "./cn-townships";
export type { CnTownshipsSource } from "./cn-townships-source";
export { cnTownshipsSource } from "./data.generated";
