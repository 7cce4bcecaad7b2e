import { describeValue } from "../core/describe-value";
import { formatMessage } from "../core/labels";
import type { Locale } from "../core/locale";
import { resolveLocale } from "../core/locale";
import type { Failure, Success } from "../core/result";
import type { ShiliuIssue } from "../core/shiliu-error";
import { parseRegionCode } from "./parse-region-code";
import {
  codeStartsWithin,
  isDefect,
  type ParsedRegionCode,
  readRegionCode,
} from "./region-code-structure";
import { type RegionIndexIssueReason, regionIndexMessages } from "./region-index-messages";
import { regionLevelLabels } from "./region-level-labels";
import type { FindByNameOptions, Region, RegionIndex, RegionLevel } from "./types";

/**
 * Options of {@link createRegionIndex} and {@link safeCreateRegionIndex}.
 *
 * @category region
 */
export interface RegionIndexOptions {
  /**
   * How names are compared: applied to every stored name and alias and to every query of
   * {@link RegionIndex.findByName}. Pass `toSimplified` from `shiliu/script` so 綏江縣 finds
   * 绥江县. Names are trimmed first either way; without a strategy they must match exactly.
   */
  readonly normalizeName?: (name: string) => string;
  /** The language of issue messages; defaults to `"zh-CN"`. */
  readonly locale?: Locale;
}

/**
 * The failure of {@link safeCreateRegionIndex}: every problem found, each located by its path
 * (`["regions", 3, "code"]`).
 *
 * @category region
 */
export interface RegionIndexFailure extends Failure<"invalid_region_index"> {
  /** Every problem, in input order. */
  readonly issues: readonly ShiliuIssue[];
}

/**
 * What {@link safeCreateRegionIndex} returns: the index, or every problem found.
 *
 * @category region
 */
export type RegionIndexResult = Success<RegionIndex> | RegionIndexFailure;

const LEVELS: ReadonlySet<string> = new Set([
  "province",
  "prefecture",
  "county",
  "township",
  "village",
]);
const NO_REGIONS: readonly Region[] = Object.freeze([]);

/**
 * One region as the index holds it. Its place in the tree is filled in by one pass over the
 * regions in code order, so nothing else needs a map of its own.
 */
interface Node {
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
  parent: Node | undefined;
  children: Region[] | undefined;
  /** This region's place in {@link RegionIndex.regions}; its descendants follow up to `end`. */
  start: number;
  end: number;
}

/**
 * Builds a checked {@link RegionIndex} from a list of regions, or reports every problem.
 *
 * Each region's parent is the nearest region present whose code is an ancestor of its own, so
 * 省直辖县级 仙桃市 429004 sits under 湖北省 420000 and a municipal district 110101 under
 * 北京市 110000 when the placeholders 429000 and 110100 are absent. A declared `parentCode`
 * must be that region. Rejected: a code {@link parseRegionCode} refuses, a duplicate code (in
 * any padding), an empty name or alias, a level the code contradicts, a `parentCode` that is
 * invalid, absent from the list, not an ancestor by code, or skips a present nearer ancestor.
 * Padded codes (`150105000000`) are stored in canonical form (`150105`). Regions with no
 * present ancestor are roots. Lookups by code are O(1); `findByName` is O(matches) and
 * `descendants` O(result).
 *
 * @param regions - The regions, in any order.
 * @param options - `normalizeName` strategy and `locale` of the issue messages.
 * @returns The index, or a failure whose `issues` locate every problem.
 * @category region
 * @example
 * ```ts
 * const result = safeCreateRegionIndex([
 *   { code: "150000", name: "内蒙古自治区", level: "province" },
 *   { code: "150105", name: "赛罕区", level: "county" },
 *   { code: "150105", name: "赛罕区", level: "county" },
 * ]);
 * result.ok //=> false
 * if (!result.ok) result.issues
 * //=> [{ path: ["regions", 2, "code"], message: "重复的区划代码 150105（与 regions[1] 相同）", reason: "duplicate_code" }]
 * ```
 */
export function safeCreateRegionIndex(
  regions: readonly Region[],
  options: RegionIndexOptions = {},
): RegionIndexResult {
  const locale = resolveLocale(options.locale);
  const issues: ShiliuIssue[] = [];
  const report = (
    path: readonly (string | number)[],
    reason: RegionIndexIssueReason,
    params: Readonly<Record<string, string | number>> = {},
  ): void => {
    issues.push({
      path: ["regions", ...path],
      message: formatMessage(regionIndexMessages[reason], locale, params),
      reason,
    });
  };
  const codeMessage = (code: unknown): string => {
    const parsed = parseRegionCode(code as string, { locale });
    return parsed.ok ? "" : parsed.message;
  };

  if (!Array.isArray(regions)) {
    issues.push({
      path: ["regions"],
      message: formatMessage(regionIndexMessages.invalid_region, locale),
      reason: "invalid_region",
    });
    return indexFailure(issues);
  }

  const byCode = newCodeTable();
  const nodes: Node[] = [];
  const count = regions.length;
  for (let at = 0; at < count; at++) {
    // Holes of a sparse array are skipped, as forEach skips them.
    if (!(at in regions)) continue;
    const region: unknown = regions[at];
    if (typeof region !== "object" || region === null) {
      report([at], "invalid_region");
      continue;
    }
    const { code, name, level, parentCode, aliases } = region as Partial<Record<string, unknown>>;
    let ok = true;
    if (typeof name !== "string" || name.trim() === "") {
      report([at, "name"], "invalid_name");
      ok = false;
    }
    if (aliases !== undefined) {
      if (!Array.isArray(aliases)) {
        report([at, "aliases"], "invalid_alias");
        ok = false;
      } else {
        aliases.forEach((alias: unknown, j) => {
          if (typeof alias !== "string" || alias.trim() === "") {
            report([at, "aliases", j], "invalid_alias");
            ok = false;
          }
        });
      }
    }
    const levelKnown = typeof level === "string" && LEVELS.has(level);
    if (!levelKnown) {
      report([at, "level"], "invalid_level", { level: describeValue(level) });
      ok = false;
    }
    const structure = readRegionCode(code);
    if (isDefect(structure)) {
      report([at, "code"], "invalid_code", { detail: codeMessage(code) });
      continue;
    }
    if (levelKnown && structure.level !== level) {
      report([at, "level"], "level_mismatch", {
        level: regionLevelLabels[level as RegionLevel][locale],
        code: structure.code,
        expected: regionLevelLabels[structure.level][locale],
      });
      ok = false;
    }
    let declared: string | undefined;
    if (parentCode !== undefined) {
      const parent = readRegionCode(parentCode);
      if (isDefect(parent)) {
        report([at, "parentCode"], "invalid_parent_code", { detail: codeMessage(parentCode) });
        ok = false;
      } else if (parent.code === structure.code || !codeStartsWithin(structure.code, parent)) {
        report([at, "parentCode"], "parent_not_ancestor", {
          parent: parent.code,
          code: structure.code,
        });
        ok = false;
      } else {
        declared = parent.code;
      }
    }
    nodes.push({
      region: region as Region,
      code: structure.code,
      within: withinPrefix(structure),
      at,
      ok,
      declared,
      parent: undefined,
      children: undefined,
      start: 0,
      end: 0,
    });
  }

  // In code order (a stable sort, so equal codes stay in input order) duplicates are
  // neighbours: the first takes the code, even with problems of its own, so later duplicates
  // are reported and it still counts as present when its descendants look for their parent.
  // Already-sorted input, the usual case, costs one comparison per region.
  nodes.sort(byNodeCode);
  let kept = 0;
  for (const node of nodes) {
    const first = kept > 0 ? (nodes[kept - 1] as Node) : undefined;
    if (first !== undefined && first.code === node.code) {
      report([node.at, "code"], "duplicate_code", { code: node.code, first: first.at });
      continue;
    }
    if (node.ok) node.region = canonical(node.region, node.code, node.declared);
    store(byCode, node);
    nodes[kept++] = node;
  }
  nodes.length = kept;

  placeInTree(nodes);
  for (const node of nodes) {
    const { declared } = node;
    if (declared === undefined) continue;
    if (lookUp(byCode, declared) === undefined) {
      report([node.at, "parentCode"], "unknown_parent", { parent: declared });
    } else if (node.parent !== undefined && node.parent.code !== declared) {
      report([node.at, "parentCode"], "parent_not_nearest", {
        parent: declared,
        nearest: node.parent.code,
      });
    }
  }

  if (issues.length > 0) {
    issues.sort((a, b) => (a.path[1] as number) - (b.path[1] as number));
    return indexFailure(issues);
  }
  return { ok: true, value: buildIndex(byCode, nodes, options.normalizeName) };
}

function indexFailure(issues: readonly ShiliuIssue[]): RegionIndexFailure {
  const shown = issues
    .slice(0, 3)
    .map((issue) => issue.message)
    .join("; ");
  const more = issues.length > 3 ? ` (+${issues.length - 3})` : "";
  return { ok: false, reason: "invalid_region_index", message: `${shown}${more}`, issues };
}

/** The region with its code and declared parent code (already checked) in canonical form. */
function canonical(region: Region, code: string, parentCode: string | undefined): Region {
  if (region.code === code && region.parentCode === parentCode) return region;
  return parentCode === undefined ? { ...region, code } : { ...region, code, parentCode };
}

/** The prefix that every code at or below this one starts with, and no other code does. */
function withinPrefix(structure: ParsedRegionCode): string {
  switch (structure.level) {
    case "province":
      return structure.code.slice(0, 2);
    case "prefecture":
      return structure.code.slice(0, 4);
    default:
      return structure.code;
  }
}

/**
 * Nodes by canonical code. The 9- and 12-digit codes, over half a million in a national list,
 * are grouped by their first six digits: filling thousands of small maps is several times
 * faster than one large one, and a lookup is still two map reads.
 */
interface CodeTable {
  readonly short: Map<string, Node>;
  readonly long: Map<string, Map<string, Node>>;
}

function newCodeTable(): CodeTable {
  return { short: new Map(), long: new Map() };
}

function store(table: CodeTable, node: Node): void {
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
function lookUp(table: CodeTable, code: string): Node | undefined {
  return code.length === 6 ? table.short.get(code) : table.long.get(code.slice(0, 6))?.get(code);
}

function byNodeCode(a: Node, b: Node): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * Links each node, given in code order, to its nearest present ancestor. In code order every
 * subtree is one contiguous run that starts with its root, so code order is the pre-order of
 * the tree (siblings by code), and the regions still open on a stack are exactly the present
 * ancestors of the next one.
 */
function placeInTree(nodes: readonly Node[]): void {
  const open: Node[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    let top = open[open.length - 1];
    while (top !== undefined && !node.code.startsWith(top.within)) {
      top.end = i;
      open.pop();
      top = open[open.length - 1];
    }
    node.start = i;
    node.parent = top;
    if (top !== undefined) {
      if (top.children === undefined) top.children = [node.region];
      else top.children.push(node.region);
    }
    open.push(node);
  }
  for (const node of open) node.end = nodes.length;
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

function nearestPresent(structure: ParsedRegionCode, byCode: CodeTable): Node | undefined {
  for (const code of ancestorCodes(structure)) {
    const node = lookUp(byCode, code);
    if (node !== undefined) return node;
  }
  return undefined;
}

function buildIndex(
  byCode: CodeTable,
  nodes: readonly Node[],
  normalizeName: ((name: string) => string) | undefined,
): RegionIndex {
  const ordered: Region[] = new Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    ordered[i] = node.region;
    if (node.children !== undefined) Object.freeze(node.children);
  }
  Object.freeze(ordered);

  const keyOf = (name: string): string =>
    normalizeName === undefined ? name.trim() : normalizeName(name.trim());
  const byName = new Map<string, Region[]>();
  const addName = (key: string, region: Region): void => {
    const matches = byName.get(key);
    if (matches === undefined) byName.set(key, [region]);
    // Regions arrive in order, so a name repeated by an alias of the same region is the last match.
    else if (matches[matches.length - 1] !== region) matches.push(region);
  };
  for (const region of ordered) {
    addName(keyOf(region.name), region);
    // forEach, like the check of the input, passes over the holes of a sparse alias list.
    region.aliases?.forEach((alias) => {
      addName(keyOf(alias), region);
    });
  }
  for (const matches of byName.values()) Object.freeze(matches);

  const find = (code: string): Node | undefined => {
    const direct = typeof code === "string" ? lookUp(byCode, code) : undefined;
    if (direct !== undefined) return direct;
    const read = readRegionCode(code);
    return isDefect(read) || read.code === code ? undefined : lookUp(byCode, read.code);
  };
  /** The node of the code, or for an absent valid code the nearest present one above it. */
  const parentNode = (code: string): Node | undefined => {
    const node = find(code);
    if (node !== undefined) return node.parent;
    const read = readRegionCode(code);
    return isDefect(read) ? undefined : nearestPresent(read, byCode);
  };

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
    descendants(code) {
      const node = find(code);
      return node === undefined ? NO_REGIONS : ordered.slice(node.start + 1, node.end);
    },
    findByName(name, findOptions: FindByNameOptions = {}) {
      if (typeof name !== "string") return NO_REGIONS;
      const matches = byName.get(keyOf(name)) ?? NO_REGIONS;
      if (findOptions.within === undefined) return matches;
      const within = readRegionCode(findOptions.within);
      if (isDefect(within)) return NO_REGIONS;
      return matches.filter((region) => codeStartsWithin(region.code, within));
    },
    regions: () => ordered,
  };
}
