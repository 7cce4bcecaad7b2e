import type { RegionLevel } from "../region/types";

/**
 * The provenance of the `shiliu/cn-regions` catalog.
 *
 * @category region
 */
export interface CnRegionsSource {
  /** The npm package the catalog was generated from. */
  readonly package: string;
  /** Its exact version. */
  readonly version: string;
  /** Its source repository. */
  readonly repository: string;
  /** The licence the package declares. */
  readonly licence: string;
  /** The official list the package reproduces. */
  readonly list: string;
  /** Who publishes that list. */
  readonly publisher: string;
  /** The date the list describes (`YYYY-MM-DD`). */
  readonly asOf: string;
  /** The date the list was published (`YYYY-MM-DD`). */
  readonly publishedOn: string;
  /** Where the list is published. */
  readonly url: string;
  /** How many rows of each level the catalog holds. */
  readonly counts: {
    readonly [L in Extract<RegionLevel, "province" | "prefecture" | "county">]: number;
  };
}
