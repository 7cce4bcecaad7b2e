/**
 * The lookups of a checked region index.
 *
 * @internal
 */
import { formatMessage } from "../core/labels";
import type { Locale } from "../core/locale";
import { codeStartsWithin, isDefect, readRegionCode } from "./region-code-structure";
import {
  lookUpNode,
  lowerBound,
  nearestPresent,
  type RegionCodeTable,
  type RegionNode,
  withinPrefix,
} from "./region-code-table";
import { regionNameMessages } from "./region-name-messages";
import { buildRegionNameTable } from "./region-name-table";
import type {
  DescendantsOptions,
  FindByNameOptions,
  Region,
  RegionIndex,
  RegionLevel,
} from "./types";

const NO_REGIONS: readonly Region[] = Object.freeze([]);
/** The most candidates an ambiguity message names; `candidates` holds them all. */
const NAMED_CANDIDATES = 5;

/**
 * The index over nodes that are stored, checked and placed in the tree, in code order.
 * `descendants` by level and `count` search a sorted list of positions per level, and
 * `findByName` with `within` searches the matches by code, so neither visits what it skips.
 */
export function buildRegionIndex(
  byCode: RegionCodeTable,
  nodes: readonly RegionNode[],
  normalizeName: ((name: string) => string) | undefined,
  locale: Locale,
): RegionIndex {
  const ordered: Region[] = new Array(nodes.length);
  const byLevel: Record<RegionLevel, number[]> = {
    province: [],
    prefecture: [],
    county: [],
    township: [],
    village: [],
  };
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as RegionNode;
    ordered[i] = node.region;
    byLevel[node.region.level].push(i);
    if (node.children !== undefined) Object.freeze(node.children);
  }
  Object.freeze(ordered);

  const keyOf = (name: string): string =>
    normalizeName === undefined ? name.trim() : normalizeName(name.trim());
  const names = buildRegionNameTable(ordered, keyOf);

  const find = (code: string): RegionNode | undefined => {
    const direct = typeof code === "string" ? lookUpNode(byCode, code) : undefined;
    if (direct !== undefined) return direct;
    const read = readRegionCode(code);
    return isDefect(read) || read.code === code ? undefined : lookUpNode(byCode, read.code);
  };
  /** The node of the code, or for an absent valid code the nearest present one above it. */
  const parentNode = (code: string): RegionNode | undefined => {
    const node = find(code);
    if (node !== undefined) return node.parent;
    const read = readRegionCode(code);
    return isDefect(read) ? undefined : nearestPresent(read, byCode);
  };
  /** The positions of one level strictly inside a node's subtree: [from, to) of `byLevel`. */
  const levelRange = (
    node: RegionNode,
    level: RegionLevel,
  ): readonly [number[], number, number] => {
    const positions = byLevel[level] ?? [];
    const from = lowerBound(positions.length, (i) => (positions[i] as number) <= node.start);
    const to = lowerBound(positions.length, (i) => (positions[i] as number) < node.end);
    return [positions, from, to];
  };
  const matches = (name: unknown, options: FindByNameOptions): readonly Region[] => {
    if (typeof name !== "string") return NO_REGIONS;
    const key = keyOf(name);
    const exact = names.exact(key);
    const found = exact.length === 0 && options.prefix === true ? names.prefix(key) : exact;
    if (options.within === undefined || found.length === 0) return found;
    const within = readRegionCode(options.within);
    if (isDefect(within)) return NO_REGIONS;
    // Matches are in code order, so those within a code are one run of them.
    const prefix = withinPrefix(within);
    const from = lowerBound(found.length, (i) => (found[i] as Region).code < prefix);
    let to = from;
    while (to < found.length && codeStartsWithin((found[to] as Region).code, within)) to++;
    return from === to ? NO_REGIONS : found.slice(from, to);
  };
  const regionsAt = (positions: readonly number[]): readonly Region[] =>
    positions.length === 0 ? NO_REGIONS : positions.map((position) => ordered[position] as Region);

  return {
    size: ordered.length,
    get: (code) => find(code)?.region,
    parent: (code) => parentNode(code)?.region,
    children(code) {
      return find(code)?.children ?? NO_REGIONS;
    },
    ancestors(code) {
      const found: Region[] = [];
      for (let next = parentNode(code); next !== undefined; next = next.parent) {
        found.push(next.region);
      }
      return found;
    },
    descendants(code, options: DescendantsOptions = {}) {
      const node = find(code);
      if (node === undefined) return NO_REGIONS;
      if (options.level === undefined) return ordered.slice(node.start + 1, node.end);
      const [positions, from, to] = levelRange(node, options.level);
      return regionsAt(positions.slice(from, to));
    },
    count(code, options: DescendantsOptions = {}) {
      const node = find(code);
      if (node === undefined) return 0;
      if (options.level === undefined) return node.end - node.start - 1;
      const [, from, to] = levelRange(node, options.level);
      return to - from;
    },
    findByName(name, options: FindByNameOptions = {}) {
      return matches(name, options);
    },
    findOneByName(name, options: FindByNameOptions = {}) {
      const candidates = matches(name, options);
      const [only] = candidates;
      if (candidates.length === 1 && only !== undefined) return { ok: true, value: only };
      const shown = String(name);
      if (candidates.length === 0) {
        return {
          ok: false,
          reason: "not_found",
          message: formatMessage(regionNameMessages.not_found, locale, { name: shown }),
          candidates: NO_REGIONS,
        };
      }
      const named = candidates
        .slice(0, NAMED_CANDIDATES)
        .map((region) => `${region.code} ${region.name}`)
        .join(locale === "en" ? ", " : "、");
      const more = candidates.length > NAMED_CANDIDATES ? " …" : "";
      return {
        ok: false,
        reason: "ambiguous",
        message: formatMessage(regionNameMessages.ambiguous, locale, {
          name: shown,
          count: candidates.length,
          candidates: named + more,
        }),
        candidates,
      };
    },
    regions: () => ordered,
  };
}
