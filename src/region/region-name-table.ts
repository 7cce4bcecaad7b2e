/**
 * The names of an index's regions, for exact and prefix lookups.
 *
 * @internal
 */
import { officialShortName } from "./official-short-name";
import { lowerBound } from "./region-code-table";
import type { Region } from "./types";

/**
 * The words a region name ends with that say its level (省, 市, 自治州 → 州, 县, 旗, 街道 …).
 * A prefix query that ends with one of them matches the names that start with the rest and end
 * with the same word: 黄南州 finds 黄南藏族自治州, 肃南县 finds 肃南裕固族自治县.
 */
const LEVEL_ENDINGS: readonly string[] = [
  "街道",
  "苏木",
  "省",
  "市",
  "州",
  "盟",
  "地区",
  "县",
  "旗",
  "区",
  "镇",
  "乡",
];

const NOTHING: readonly Region[] = Object.freeze([]);

/** Names of an index's regions, answering regions in code order (the order of `regions()`). */
export interface RegionNameTable {
  /** The regions whose name, alias or official short name is `key`. */
  exact(key: string): readonly Region[];
  /**
   * The regions with a name that starts with `key` (or, for a `key` ending in a level word,
   * with the rest of it and ending in the same word).
   */
  prefix(key: string): readonly Region[];
}

/**
 * Indexes every region's name, its aliases and the official short name of an autonomous area
 * ({@link officialShortName} of the normalized name), each under `keyOf` of itself.
 */
export function buildRegionNameTable(
  ordered: readonly Region[],
  keyOf: (name: string) => string,
): RegionNameTable {
  const byName = new Map<string, Region[]>();
  const add = (key: string, region: Region): void => {
    const matches = byName.get(key);
    if (matches === undefined) byName.set(key, [region]);
    // Regions arrive in order, so a name repeated by an alias of the same region is the last one.
    else if (matches[matches.length - 1] !== region) matches.push(region);
  };
  for (const region of ordered) {
    const key = keyOf(region.name);
    add(key, region);
    const short = officialShortName(key);
    if (short !== undefined) add(short, region);
    // forEach, like the check of the input, passes over the holes of a sparse alias list.
    region.aliases?.forEach((alias) => {
      add(keyOf(alias), region);
    });
  }
  for (const matches of byName.values()) Object.freeze(matches);

  // Sorted once, on the first prefix query: most indexes are only ever asked exact names.
  let sortedKeys: string[] | undefined;
  const keysStartingWith = (stem: string): string[] => {
    sortedKeys ??= [...byName.keys()].sort();
    const keys = sortedKeys;
    const found: string[] = [];
    for (let i = lowerBound(keys.length, (j) => (keys[j] as string) < stem); i < keys.length; i++) {
      const key = keys[i] as string;
      if (!key.startsWith(stem)) break;
      found.push(key);
    }
    return found;
  };
  const regionsOf = (keys: readonly string[]): readonly Region[] => {
    if (keys.length === 0) return NOTHING;
    if (keys.length === 1) return byName.get(keys[0] as string) ?? NOTHING;
    const all = new Set<Region>();
    for (const key of keys) for (const region of byName.get(key) ?? NOTHING) all.add(region);
    // Codes are unique in an index, and code order is the order of regions().
    return [...all].sort((a, b) => (a.code < b.code ? -1 : 1));
  };

  return {
    exact: (key) => byName.get(key) ?? NOTHING,
    prefix(key) {
      if (key === "") return NOTHING;
      const starting = keysStartingWith(key);
      if (starting.length > 0) return regionsOf(starting);
      const ending = LEVEL_ENDINGS.find((word) => key.length > word.length && key.endsWith(word));
      if (ending === undefined) return NOTHING;
      const stem = key.slice(0, key.length - ending.length);
      return regionsOf(keysStartingWith(stem).filter((name) => name.endsWith(ending)));
    },
  };
}
