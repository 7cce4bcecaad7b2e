/**
 * The regions of an index by canonical code, and their place in the tree.
 *
 * @internal
 */
import type { ParsedRegionCode } from "./region-code-structure";
import type { Region } from "./types";

/**
 * One region as the index holds it. Its place in the tree is filled in by one pass over the
 * regions in code order, so nothing else needs a map of its own.
 */
export interface RegionNode {
  /** The region as given, then in canonical form once it is known to be stored. */
  region: Region;
  /** The canonical code. */
  readonly code: string;
  /** The prefix shared by this code and every code below it (`15` for 150000, `1501` for 150100). */
  readonly within: string;
  /** The position in the input, for issue paths. */
  readonly at: number;
  /** Whether the region passed every check of its own, so it may be stored. */
  readonly ok: boolean;
  /** The canonical `parentCode` the input declares, checked once every code is known. */
  readonly declared: string | undefined;
  parent: RegionNode | undefined;
  children: Region[] | undefined;
  /** This region's place in `regions()`; its descendants follow up to `end`. */
  start: number;
  end: number;
}

/**
 * Nodes by canonical code. The 9- and 12-digit codes, over half a million in a national list,
 * are grouped by their first six digits: filling thousands of small maps is several times
 * faster than one large one, and a lookup is still two map reads.
 */
export interface RegionCodeTable {
  readonly short: Map<string, RegionNode>;
  readonly long: Map<string, Map<string, RegionNode>>;
}

export function newCodeTable(): RegionCodeTable {
  return { short: new Map(), long: new Map() };
}

export function storeNode(table: RegionCodeTable, node: RegionNode): void {
  const { code } = node;
  if (code.length === 6) {
    table.short.set(code, node);
    return;
  }
  const prefix = code.slice(0, 6);
  let group = table.long.get(prefix);
  if (group === undefined) {
    group = new Map();
    table.long.set(prefix, group);
  }
  group.set(code, node);
}

/** The node of a canonical code; any other string finds nothing. */
export function lookUpNode(table: RegionCodeTable, code: string): RegionNode | undefined {
  return code.length === 6 ? table.short.get(code) : table.long.get(code.slice(0, 6))?.get(code);
}

/** The prefix that every code at or below this one starts with, and no other code does. */
export function withinPrefix(structure: ParsedRegionCode): string {
  switch (structure.level) {
    case "province":
      return structure.code.slice(0, 2);
    case "prefecture":
      return structure.code.slice(0, 4);
    default:
      return structure.code;
  }
}

/** The ancestor codes of a structure, nearest first. */
function ancestorCodes(structure: ParsedRegionCode): string[] {
  const codes: string[] = [];
  const { level } = structure;
  if (level === "village" && structure.townshipCode !== undefined)
    codes.push(structure.townshipCode);
  if ((level === "village" || level === "township") && structure.countyCode !== undefined) {
    codes.push(structure.countyCode);
  }
  if (level !== "province" && level !== "prefecture" && structure.prefectureCode !== undefined) {
    codes.push(structure.prefectureCode);
  }
  if (level !== "province") codes.push(structure.provinceCode);
  return codes;
}

/** The nearest present region above a code the table does not hold. */
export function nearestPresent(
  structure: ParsedRegionCode,
  table: RegionCodeTable,
): RegionNode | undefined {
  for (const code of ancestorCodes(structure)) {
    const node = lookUpNode(table, code);
    if (node !== undefined) return node;
  }
  return undefined;
}

/**
 * The first index of a sorted run of `count` items at which `before(i)` is false: a binary
 * search, so a range of codes or positions is found in O(log n).
 */
export function lowerBound(count: number, before: (i: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
