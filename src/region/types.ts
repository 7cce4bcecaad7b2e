/**
 * The administrative level of a region: 省级, 地级, 县级, 乡级 (乡镇/街道) or 村级 (村/社区).
 *
 * @category region
 */
export type RegionLevel = "province" | "prefecture" | "county" | "township" | "village";

/**
 * An administrative region (行政区划) identified by its statistical code.
 *
 * @category region
 */
export interface Region {
  /** 6-digit GB/T 2260 code, 9-digit township or 12-digit village statistical code. */
  readonly code: string;
  /** The official name, such as 赛罕区. */
  readonly name: string;
  readonly level: RegionLevel;
  /** The code of the region it belongs to; absent for a province. */
  readonly parentCode?: string;
  /** Other names people use for it, such as 昆区 for 昆都仑区. */
  readonly aliases?: readonly string[];
}

/**
 * Options of {@link RegionIndex.findByName}.
 *
 * @category region
 */
export interface FindByNameOptions {
  /** Only regions at or below this code. */
  readonly within?: string;
}

/**
 * A checked, immutable tree of regions with constant-time lookups.
 *
 * @category region
 */
export interface RegionIndex {
  /** How many regions the index holds. */
  readonly size: number;
  /** The region with this code, if present. */
  get(code: string): Region | undefined;
  /** The nearest present ancestor of the region with this code. */
  parent(code: string): Region | undefined;
  /** The regions whose nearest present ancestor is this one. */
  children(code: string): readonly Region[];
  /** Every present ancestor, nearest first. */
  ancestors(code: string): readonly Region[];
  /** Every region below this one, at any depth. */
  descendants(code: string): readonly Region[];
  /** Every region whose name or alias matches `name`; several regions may share a name. */
  findByName(name: string, options?: FindByNameOptions): readonly Region[];
  /** Every region, parents before their children. */
  regions(): readonly Region[];
}
