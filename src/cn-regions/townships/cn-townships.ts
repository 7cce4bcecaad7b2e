import type { Region } from "../../region/types";
import { packedCnTownships } from "./data.generated";
import { decodeCnTownships } from "./decode-cn-townships";

/**
 * The township level (乡级: 乡、镇、街道、苏木 …) of the statistical list the catalogue
 * `cnRegions` reproduces, sorted by code: about 41,000 rows that index together with the
 * catalogue, `createRegionIndex([...cnRegions, ...cnTownships])`, each under its county.
 * Townships of a county-level 功能区 (development zone), which the catalogue leaves out, hang
 * under their prefecture. {@link cnTownshipsSource} names the list and its date.
 *
 * @category region
 * @example
 * ```ts
 * cnTownships.filter((township) => township.code.startsWith("370103")).length //=> 17
 * cnTownships.find((township) => township.code === "370103002")
 * //=> { code: "370103002", name: "大观园街道", level: "township" }
 * ```
 */
export const cnTownships: readonly Region[] = /* @__PURE__ */ decodeCnTownships(packedCnTownships);
