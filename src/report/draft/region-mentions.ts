import type { Region, RegionIndex } from "../../region/types";

/**
 * The last character of a region's name at each level of GB/T 2260 and the township list
 * (省/自治区, 市/州/盟, 区/县/旗, 乡/镇/街道), simplified and traditional: a name is looked up only
 * where one of them ends it, so plain words are never asked of the index.
 */
const LEVEL_ENDINGS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "省",
  "市",
  "区",
  "區",
  "县",
  "縣",
  "旗",
  "州",
  "盟",
  "镇",
  "鎮",
  "乡",
  "鄉",
  "道",
]);

/** The longest region name of the catalogue (巴音郭楞蒙古自治州 is 9; village names run longer). */
const LONGEST_NAME = 16;
/** The shortest: 2 characters (沙区 is not one, but 渝中区 is 3; 雄县 is 2). */
const SHORTEST_NAME = 2;

/**
 * A name of a region in the text.
 *
 * @internal
 */
export interface RegionMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** Every region the name may stand for (one, or several for 市中区). */
  readonly regions: readonly Region[];
}

/**
 * Every region name of `text` the index knows, longest name first at each ending, in text order.
 * At most `LONGEST_NAME` look-ups per level ending: linear in the text.
 *
 * @internal
 */
export function regionMentions(text: string, index: RegionIndex): RegionMention[] {
  const found: RegionMention[] = [];
  for (let end = SHORTEST_NAME; end <= text.length; end++) {
    if (!LEVEL_ENDINGS.has(text.charAt(end - 1))) continue;
    const from = Math.max(0, end - LONGEST_NAME);
    for (let start = from; start <= end - SHORTEST_NAME; start++) {
      const name = text.slice(start, end);
      if (/[\s，。、：；！？,.:;!?“”"《》()（）]/.test(name)) continue;
      const regions = index.findByName(name);
      if (regions.length === 0) continue;
      found.push({ name, start, end, regions });
      break;
    }
  }
  return found;
}

/**
 * The one region a mention stands for: itself when unique, else the candidate that lies within a
 * region the text names unambiguously (济南 … 市中区 → 370103), else none.
 *
 * @internal
 */
export function settleMention(
  mention: RegionMention,
  mentions: readonly RegionMention[],
  index: RegionIndex,
): Region | undefined {
  const [only] = mention.regions;
  if (mention.regions.length === 1) return only;
  const named = new Set<string>();
  for (const other of mentions) {
    const [region] = other.regions;
    if (other.regions.length === 1 && region !== undefined) named.add(region.code);
  }
  const within = mention.regions.filter((region) =>
    index.ancestors(region.code).some((ancestor) => named.has(ancestor.code)),
  );
  return within.length === 1 ? within[0] : undefined;
}

/**
 * The mentions that lie inside `[start, end)`, found by binary search (mentions are in order of
 * their end), so a reader asking once per record stays linear in the text.
 *
 * @internal
 */
export function mentionsWithin(
  mentions: readonly RegionMention[],
  start: number,
  end: number,
): RegionMention[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((mentions[middle]?.end ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  const found: RegionMention[] = [];
  for (let i = low; i < mentions.length; i++) {
    const mention = mentions[i] as RegionMention;
    if (mention.end > end) break;
    if (mention.start >= start) found.push(mention);
  }
  return found;
}
