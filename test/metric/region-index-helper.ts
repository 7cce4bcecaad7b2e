// A plain Map-based RegionIndex for property tests that generate abstract trees (codes such as
// "r0"), which the real index rejects: rollup only needs the RegionIndex contract.
import type { Region, RegionIndex } from "../../src/region/types";

/** Builds a RegionIndex from regions listed parents first; parentCode names the parent. */
export function createRegionIndex(regions: readonly Region[]): RegionIndex {
  const byCode = new Map<string, Region>();
  const children = new Map<string, Region[]>();
  for (const region of regions) {
    if (byCode.has(region.code)) throw new Error(`duplicate ${region.code}`);
    if (region.parentCode !== undefined && !byCode.has(region.parentCode)) {
      throw new Error(`parent of ${region.code} must come first`);
    }
    byCode.set(region.code, region);
    if (region.parentCode !== undefined) {
      const list = children.get(region.parentCode) ?? [];
      list.push(region);
      children.set(region.parentCode, list);
    }
  }
  const parent = (code: string) => {
    const parentCode = byCode.get(code)?.parentCode;
    return parentCode === undefined ? undefined : byCode.get(parentCode);
  };
  const descendants = (code: string): Region[] =>
    (children.get(code) ?? []).flatMap((child) => [child, ...descendants(child.code)]);
  return {
    size: byCode.size,
    get: (code) => byCode.get(code),
    parent,
    children: (code) => children.get(code) ?? [],
    ancestors: (code) => {
      const found: Region[] = [];
      for (let p = parent(code); p !== undefined; p = parent(p.code)) found.push(p);
      return found;
    },
    descendants,
    count: (code) => descendants(code).length,
    findByName: (name) => regions.filter((r) => r.name === name),
    findOneByName: () => {
      throw new Error("not used by rollup");
    },
    regions: () => regions,
  };
}
