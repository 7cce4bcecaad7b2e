import { formatMessage } from "../core/labels";
import type { Locale } from "../core/locale";
import type { Failure, Success } from "../core/result";
import type { ShiliuIssue } from "../core/shiliu-error";
import { parseRegionCode } from "./parse-region-code";
import {
  codeStartsWithin,
  isDefect,
  type RegionCodeStructure,
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

interface Entry {
  readonly region: Region;
  readonly structure: RegionCodeStructure;
  readonly at: number;
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
  const locale = options.locale ?? "zh-CN";
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

  if (!Array.isArray(regions)) {
    issues.push({
      path: ["regions"],
      message: formatMessage(regionIndexMessages.invalid_region, locale),
      reason: "invalid_region",
    });
    return indexFailure(issues);
  }

  const byCode = new Map<string, Entry>();
  const declaredParents: (RegionCodeStructure | undefined)[] = [];
  regions.forEach((region: unknown, at) => {
    declaredParents[at] = undefined;
    if (typeof region !== "object" || region === null) {
      report([at], "invalid_region");
      return;
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
      report([at, "level"], "invalid_level", { level: String(level) });
      ok = false;
    }
    const parsed = parseRegionCode(code as string, { locale });
    if (!parsed.ok) {
      report([at, "code"], "invalid_code", { detail: parsed.message });
      return;
    }
    const structure = parsed.value;
    if (levelKnown && structure.level !== level) {
      report([at, "level"], "level_mismatch", {
        level: regionLevelLabels[level as RegionLevel][locale],
        code: structure.code,
        expected: regionLevelLabels[structure.level][locale],
      });
      ok = false;
    }
    if (parentCode !== undefined) {
      const parent = parseRegionCode(parentCode as string, { locale });
      if (!parent.ok) {
        report([at, "parentCode"], "invalid_parent_code", { detail: parent.message });
        ok = false;
      } else if (
        parent.value.code === structure.code ||
        !codeStartsWithin(structure.code, parent.value)
      ) {
        report([at, "parentCode"], "parent_not_ancestor", {
          parent: parent.value.code,
          code: structure.code,
        });
        ok = false;
      } else {
        declaredParents[at] = parent.value;
      }
    }
    const first = byCode.get(structure.code);
    if (first !== undefined) {
      report([at, "code"], "duplicate_code", { code: structure.code, first: first.at });
      return;
    }
    if (!ok) {
      // Keep the code taken so later duplicates are still reported, but build nothing.
      byCode.set(structure.code, { region: region as Region, structure, at });
      return;
    }
    byCode.set(structure.code, { region: canonical(region as Region, structure), structure, at });
  });

  const parentOf = new Map<string, Region | undefined>();
  for (const entry of byCode.values()) {
    const nearest = nearestPresent(entry.structure, byCode);
    parentOf.set(entry.structure.code, nearest?.region);
    const declared = declaredParents[entry.at];
    if (declared === undefined) continue;
    if (!byCode.has(declared.code)) {
      report([entry.at, "parentCode"], "unknown_parent", { parent: declared.code });
    } else if (nearest !== undefined && nearest.structure.code !== declared.code) {
      report([entry.at, "parentCode"], "parent_not_nearest", {
        parent: declared.code,
        nearest: nearest.structure.code,
      });
    }
  }

  if (issues.length > 0) {
    issues.sort((a, b) => (a.path[1] as number) - (b.path[1] as number));
    return indexFailure(issues);
  }
  return { ok: true, value: buildIndex(byCode, parentOf, options.normalizeName) };
}

function indexFailure(issues: readonly ShiliuIssue[]): RegionIndexFailure {
  const shown = issues
    .slice(0, 3)
    .map((issue) => issue.message)
    .join("; ");
  const more = issues.length > 3 ? ` (+${issues.length - 3})` : "";
  return { ok: false, reason: "invalid_region_index", message: `${shown}${more}`, issues };
}

function canonical(region: Region, structure: RegionCodeStructure): Region {
  const parent = region.parentCode === undefined ? undefined : readRegionCode(region.parentCode);
  const parentCode = parent === undefined || isDefect(parent) ? region.parentCode : parent.code;
  if (region.code === structure.code && region.parentCode === parentCode) return region;
  return parentCode === undefined
    ? { ...region, code: structure.code }
    : { ...region, code: structure.code, parentCode };
}

/** The ancestor codes of a structure, nearest first. */
function ancestorCodes(structure: RegionCodeStructure): string[] {
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

function nearestPresent(
  structure: RegionCodeStructure,
  byCode: ReadonlyMap<string, Entry>,
): Entry | undefined {
  for (const code of ancestorCodes(structure)) {
    const entry = byCode.get(code);
    if (entry !== undefined) return entry;
  }
  return undefined;
}

function byCodeOrder(a: Region, b: Region): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function buildIndex(
  byCode: ReadonlyMap<string, Entry>,
  parentOf: ReadonlyMap<string, Region | undefined>,
  normalizeName: ((name: string) => string) | undefined,
): RegionIndex {
  const childrenOf = new Map<string, Region[]>();
  const roots: Region[] = [];
  for (const { region } of byCode.values()) {
    const parent = parentOf.get(region.code);
    if (parent === undefined) {
      roots.push(region);
      continue;
    }
    const siblings = childrenOf.get(parent.code);
    if (siblings === undefined) childrenOf.set(parent.code, [region]);
    else siblings.push(region);
  }
  roots.sort(byCodeOrder);
  for (const children of childrenOf.values()) Object.freeze(children.sort(byCodeOrder));

  // Pre-order: every subtree is one contiguous run, so descendants are a slice.
  const ordered: Region[] = [];
  const position = new Map<string, number>();
  const subtreeEnd = new Map<string, number>();
  const stack: { readonly region: Region; readonly leaving: boolean }[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    stack.push({ region: roots[i] as Region, leaving: false });
  }
  while (stack.length > 0) {
    const { region, leaving } = stack.pop() as { region: Region; leaving: boolean };
    if (leaving) {
      subtreeEnd.set(region.code, ordered.length);
      continue;
    }
    position.set(region.code, ordered.length);
    ordered.push(region);
    stack.push({ region, leaving: true });
    const children = childrenOf.get(region.code) ?? NO_REGIONS;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ region: children[i] as Region, leaving: false });
    }
  }
  Object.freeze(ordered);

  const keyOf = (name: string): string =>
    normalizeName === undefined ? name.trim() : normalizeName(name.trim());
  const byName = new Map<string, Region[]>();
  for (const region of ordered) {
    const keys = new Set([keyOf(region.name), ...(region.aliases ?? []).map(keyOf)]);
    for (const key of keys) {
      const matches = byName.get(key);
      if (matches === undefined) byName.set(key, [region]);
      else matches.push(region);
    }
  }
  for (const matches of byName.values()) Object.freeze(matches);

  const find = (code: string): Region | undefined => {
    const direct = byCode.get(code);
    if (direct !== undefined) return direct.region;
    const read = readRegionCode(code);
    return isDefect(read) || read.code === code ? undefined : byCode.get(read.code)?.region;
  };
  const parent = (code: string): Region | undefined => {
    const region = find(code);
    if (region !== undefined) return parentOf.get(region.code);
    const read = readRegionCode(code);
    return isDefect(read) ? undefined : nearestPresent(read, byCode)?.region;
  };

  return {
    size: ordered.length,
    get: find,
    parent,
    children(code) {
      const region = find(code);
      return region === undefined ? NO_REGIONS : (childrenOf.get(region.code) ?? NO_REGIONS);
    },
    ancestors(code) {
      const found: Region[] = [];
      for (let next = parent(code); next !== undefined; next = parentOf.get(next.code)) {
        found.push(next);
      }
      return found;
    },
    descendants(code) {
      const region = find(code);
      if (region === undefined) return NO_REGIONS;
      const start = position.get(region.code) ?? 0;
      return ordered.slice(start + 1, subtreeEnd.get(region.code) ?? start + 1);
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
