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
  /** The level, which must agree with the code. */
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
  /** Only regions at or below this code, judged by code (`370400` keeps 枣庄 市中区 370402). */
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
  /** The region with this code, if present; padded codes (`150105000000`) find their canonical form. */
  get(code: string): Region | undefined;
  /**
   * The nearest present ancestor of the region with this code (仙桃市 429004 → 湖北省 420000).
   * For a valid code the index does not hold, the nearest present region above it.
   */
  parent(code: string): Region | undefined;
  /** The regions whose nearest present ancestor is this one, by code; empty for an absent code. */
  children(code: string): readonly Region[];
  /** Every present ancestor, nearest first; for an absent valid code, those above it. */
  ancestors(code: string): readonly Region[];
  /** Every region below this one, at any depth, parents before children; empty for an absent code. */
  descendants(code: string): readonly Region[];
  /**
   * Every region whose name or alias matches `name` (after the index's `normalizeName`), in
   * {@link RegionIndex.regions} order; several regions may share a name (市中区 370103, 370402…).
   */
  findByName(name: string, options?: FindByNameOptions): readonly Region[];
  /** Every region, parents before their children (pre-order, siblings by code). */
  regions(): readonly Region[];
}
