import type { Failure, Success } from "../core/result";

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
 * Options of {@link RegionIndex.findByName} and {@link RegionIndex.findOneByName}.
 *
 * @category region
 */
export interface FindByNameOptions {
  /** Only regions at or below this code, judged by code (`370400` keeps 枣庄 市中区 370402). */
  readonly within?: string;
  /**
   * When no region has the name whole, match the names that start with it: 黄南 finds
   * 黄南藏族自治州, and a name ending in a level word matches the names that start with the
   * rest and end with that word (黄南州 → 黄南藏族自治州, 西双版纳州 → 西双版纳傣族自治州).
   * A whole-name match always wins. Defaults to `false`.
   */
  readonly prefix?: boolean;
}

/**
 * Options of {@link RegionIndex.descendants} and {@link RegionIndex.count}.
 *
 * @category region
 */
export interface DescendantsOptions {
  /** Only regions of this level: `"township"` for the streets and towns of a county. */
  readonly level?: RegionLevel;
}

/**
 * Why {@link RegionIndex.findOneByName} found no single region: none has the name, or several do.
 *
 * @category region
 */
export type RegionNameFailureReason = "not_found" | "ambiguous";

/**
 * The failure of {@link RegionIndex.findOneByName}, with every candidate when the name is ambiguous.
 *
 * @category region
 */
export interface RegionNameFailure extends Failure<RegionNameFailureReason> {
  /** The regions the name matches, in {@link RegionIndex.regions} order; empty when not found. */
  readonly candidates: readonly Region[];
}

/**
 * What {@link RegionIndex.findOneByName} returns: the one region, or why there is not one.
 *
 * @category region
 */
export type RegionNameResult = Success<Region> | RegionNameFailure;

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
  /**
   * Every region below this one, at any depth, parents before children; empty for an absent
   * code. With `level`, only those of that level (the streets of 市中区), found in
   * O(log n + result) without visiting the others.
   */
  descendants(code: string, options?: DescendantsOptions): readonly Region[];
  /** How many regions {@link RegionIndex.descendants} would return, in O(log n). */
  count(code: string, options?: DescendantsOptions): number;
  /**
   * Every region whose name, alias or official short name (肃南县 for 肃南裕固族自治县) matches
   * `name` (after the index's `normalizeName`), in {@link RegionIndex.regions} order; several
   * regions may share a name (市中区 370103, 370402…). `within` is a range search, not a
   * filter of every match: 城关镇 within one county costs O(log matches).
   */
  findByName(name: string, options?: FindByNameOptions): readonly Region[];
  /**
   * The one region {@link RegionIndex.findByName} finds, or `not_found`, or `ambiguous` with
   * every candidate: the way to ask for a region by a name that may be short or shared.
   */
  findOneByName(name: string, options?: FindByNameOptions): RegionNameResult;
  /** Every region, parents before their children (pre-order, siblings by code). */
  regions(): readonly Region[];
}
