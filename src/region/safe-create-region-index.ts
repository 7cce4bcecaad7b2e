import { describeValue } from "../core/describe-value";
import { formatMessage } from "../core/labels";
import type { Locale } from "../core/locale";
import { resolveLocale } from "../core/locale";
import type { Failure, Success } from "../core/result";
import type { ShiliuIssue } from "../core/shiliu-error";
import { ShiliuError } from "../core/shiliu-error";
import { addRegionAliases } from "./add-region-aliases";
import { buildRegionIndex } from "./build-region-index";
import { parseRegionCode } from "./parse-region-code";
import { codeStartsWithin, isDefect, readRegionCode } from "./region-code-structure";
import {
  lookUpNode,
  newCodeTable,
  type RegionNode,
  storeNode,
  withinPrefix,
} from "./region-code-table";
import { type RegionIndexIssueReason, regionIndexMessages } from "./region-index-messages";
import { regionLevelLabels } from "./region-level-labels";
import type { Region, RegionIndex, RegionLevel } from "./types";

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
  /**
   * More names for regions of the list, by code: `{ "150203": ["昆区"] }` lets 昆区 find
   * 昆都仑区 without repeating its row. They are added to the region's own `aliases`; a code
   * the list does not hold, or an alias that is not a non-empty string, is an issue at
   * `["aliases", code]`.
   */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /** The language of issue and lookup messages; defaults to `"zh-CN"`. */
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
 * @throws {@link ShiliuError} `INVALID_ARGUMENT` when `normalizeName` is given and is not a function.
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
  if (options.normalizeName !== undefined && typeof options.normalizeName !== "function") {
    throw new ShiliuError("INVALID_ARGUMENT", [
      {
        path: ["normalizeName"],
        message: formatMessage(regionIndexMessages.invalid_normalize_name, locale, {
          value: describeValue(options.normalizeName, locale),
        }),
        reason: "invalid_normalize_name",
      },
    ]);
  }
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
  const nodes: RegionNode[] = [];
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
      report([at, "level"], "invalid_level", { level: describeValue(level, locale) });
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
    const first = kept > 0 ? (nodes[kept - 1] as RegionNode) : undefined;
    if (first !== undefined && first.code === node.code) {
      report([node.at, "code"], "duplicate_code", { code: node.code, first: first.at });
      continue;
    }
    if (node.ok) node.region = canonical(node.region, node.code, node.declared);
    storeNode(byCode, node);
    nodes[kept++] = node;
  }
  nodes.length = kept;

  placeInTree(nodes);
  for (const node of nodes) {
    const { declared } = node;
    if (declared === undefined) continue;
    if (lookUpNode(byCode, declared) === undefined) {
      report([node.at, "parentCode"], "unknown_parent", { parent: declared });
    } else if (node.parent !== undefined && node.parent.code !== declared) {
      report([node.at, "parentCode"], "parent_not_nearest", {
        parent: declared,
        nearest: node.parent.code,
      });
    }
  }

  issues.sort((a, b) => (a.path[1] as number) - (b.path[1] as number));
  addRegionAliases(byCode, options.aliases, (path, reason, params) => {
    issues.push({
      path: ["aliases", ...path],
      message: formatMessage(regionIndexMessages[reason], locale, params),
      reason,
    });
  });
  if (issues.length > 0) return indexFailure(issues);
  return { ok: true, value: buildRegionIndex(byCode, nodes, options.normalizeName, locale) };
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

function byNodeCode(a: RegionNode, b: RegionNode): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * Links each node, given in code order, to its nearest present ancestor. In code order every
 * subtree is one contiguous run that starts with its root, so code order is the pre-order of
 * the tree (siblings by code), and the regions still open on a stack are exactly the present
 * ancestors of the next one.
 */
function placeInTree(nodes: readonly RegionNode[]): void {
  const open: RegionNode[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as RegionNode;
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
