import type { Region } from "../../region/types";
import type { CampaignInput } from "../../schemas/campaign";
import type { CampaignKind } from "../../schemas/labels/campaign";
import { campaignComponents, type FoundComponent } from "./campaign-components";
import { roundTargets } from "./campaign-targets";
import { campaignKindOf, carryingVerbs, issuingVerbs, planHeads } from "./campaign-words";
import { foldVariants } from "./fold-variants";
import type { QuotedSpan } from "./quoted-spans";
import type { TextView } from "./text-view";

// The numerals of a counted name are 一二三四五六七八九十两百千万; the patterns are regular expression
// literals, so bundlers drop them with the module.
/** A counted name (三项计划, 五项行动, 七大行动): numerals, a measure word, a few words, a kind word. */
const COUNTED =
  /[一二三四五六七八九十两百千万]+[项个大类条](?:[^\s，。、；：！？“”「」《》]{0,3}?)(?:行动|计划|工程|举措)/g;
/** A name made of two counted halves (四抓四促, 十进十促, 千场万人), or N times one round number (九个一百). */
const ALTERNATION =
  /^(?:[一二三四五六七八九十两百千万]+[^一二三四五六七八九十两百千万][一二三四五六七八九十两百千万]+[^一二三四五六七八九十两百千万]|[一二三四五六七八九十两百千万]+个一?[百千万])$/;
/** A name that opens with a count (三项…, 四进). */
const COUNTED_NAME = /^[一二三四五六七八九十两百千万]+[项个大类条进]/;
/** What ends the object of a verb. */
const CLAUSE_END = /[，,。；;！？!?\n：:]/;
const LONGEST_OBJECT = 60;

/** A book title (《…》), read up to this length. */
const TITLE = /《([^《》\n]{2,80})》/g;

/** Who carries out the campaigns: the reporting region, when known. @internal */
export interface CampaignContext {
  /** The article, for quotes in the caller's own words. */
  readonly view: TextView;
  readonly regionCode: string;
  readonly region: Region | undefined;
  /** Where the article's words end (page furniture after it is not read). */
  readonly bodyEnd: number;
}

interface Found {
  readonly name: string;
  readonly kind: CampaignKind;
  readonly start: number;
  readonly end: number;
  /** Read from what a verb carries out (深入实施青少年“筑基”工程): it names the quoted names inside it. */
  readonly carried: boolean;
}

/**
 * The campaigns an article names (行动/计划/工程/方案): a quoted counted name or one of two counted
 * halves (“三项计划”, “九个一百”, “四抓四促”), a quoted name with its kind word after it (“民族团结+”行动),
 * an unquoted counted name (五项行动, 三项计划), what a carrying verb carries out when it ends in a kind
 * word and holds a quoted name (深入实施青少年“筑基”工程; 活动 only for a counted name or a series that
 * 包括 others), a plan's title (《…实施方案》) and what an issuing verb issues (制定下发…工作任务安排).
 * With their components where the text lists them and the targets of a round-number campaign.
 *
 * @internal
 */
export function draftCampaigns(
  text: string,
  spans: readonly QuotedSpan[],
  context: CampaignContext,
): readonly CampaignInput[] {
  const folded = foldVariants(text);
  const limit = context.bodyEnd;
  // The carrying and issuing verbs, longest first, so 制定下发 is read once and not again as 下发.
  const CARRYING = new RegExp(carryingVerbs.join("|"), "g");
  const ISSUING = new RegExp(issuingVerbs.join("|"), "g");
  const found: Found[] = [];
  const add = (
    name: string,
    kind: CampaignKind | undefined,
    start: number,
    end: number,
    carried = false,
  ) => {
    const trimmed = name.trim();
    if (kind === undefined || trimmed.length < 2 || start >= limit) return;
    found.push({ name: trimmed, kind, start, end, carried });
  };
  const inQuote = new Set<number>();
  for (const span of spans) {
    if (span.start >= limit) break;
    for (let i = span.start; i < span.end; i++) inQuote.add(i);
    const inner = folded.slice(span.start + 1, span.end - 1);
    const after = folded.slice(span.end, span.end + 8);
    const before = folded.slice(Math.max(0, span.start - 4), span.start);
    const headAfter = ["行动", "计划", "工程", "创建活动", "系列活动", "活动"].find((w) =>
      after.startsWith(w),
    );
    if (inner.includes("、")) continue;
    if (COUNTED_NAME.test(inner) && campaignKindOf(inner) !== undefined) {
      add(span.inner, campaignKindOf(inner), span.start, span.end);
    } else if (ALTERNATION.test(inner)) {
      const carried =
        headAfter !== undefined ||
        /^[^，。；！？]{0,4}(?:开展|推进|实施|活动)/.test(after) ||
        carryingVerbs.some((verb) => before.endsWith(verb));
      if (carried)
        add(
          span.inner,
          headAfter === undefined ? "framework" : campaignKindOf(headAfter),
          span.start,
          span.end,
        );
    } else if (
      headAfter !== undefined &&
      (COUNTED_NAME.test(inner) || !headAfter.endsWith("活动"))
    ) {
      add(span.inner, campaignKindOf(headAfter), span.start, span.end + headAfter.length);
    }
  }
  for (const match of folded.slice(0, limit).matchAll(COUNTED)) {
    if (!inQuote.has(match.index))
      add(
        text.slice(match.index, match.index + match[0].length),
        campaignKindOf(match[0]),
        match.index,
        match.index + match[0].length,
      );
  }
  for (const match of folded.slice(0, limit).matchAll(CARRYING)) {
    const object = objectAfter(text, folded, match.index + match[0].length);
    if (object === undefined || object.words.includes("、")) continue;
    const words = folded.slice(object.start, object.end);
    const kind = campaignKindOf(words.replace(/[”」]$/, ""));
    const quoted = quotedIn(words);
    if (kind === undefined || quoted === "" || /^[“「][^”」]*[”」][^”」]{0,4}$/.test(words))
      continue;
    const sentence = folded.slice(object.end, object.end + 40).split(/[。！？\n]/)[0] ?? "";
    const counted = COUNTED_NAME.test(quoted) || ALTERNATION.test(quoted);
    if (kind === "activity_series" && !counted && !sentence.includes("包括")) continue;
    add(object.words, kind, object.start, object.end, true);
  }
  for (const match of text.slice(0, limit).matchAll(TITLE)) {
    const title = match[1] as string;
    if (planHeads.some((head) => foldVariants(title).endsWith(head)))
      add(title, "plan", match.index, match.index + match[0].length);
  }
  for (const match of folded.slice(0, limit).matchAll(ISSUING)) {
    const object = objectAfter(text, folded, match.index + match[0].length);
    if (object === undefined) continue;
    const words = folded.slice(object.start, object.end);
    const rest = words.replace(/《[^》]*》/g, "").replace(/[和、及与]/g, "");
    if (rest.length < 6 || !planHeads.some((head) => words.endsWith(head))) continue;
    add(object.words, "plan", object.start, object.end);
  }
  return assemble(found, text, folded, context);
}

function quotedIn(words: string): string {
  return /[“「]([^”」]*)[”」]/.exec(foldVariants(words))?.[1] ?? "";
}

function objectAfter(
  text: string,
  folded: string,
  from: number,
): { readonly words: string; readonly start: number; readonly end: number } | undefined {
  let start = from;
  if (folded.startsWith("了", start)) start++;
  let end = start;
  const limit = Math.min(text.length, start + LONGEST_OBJECT);
  while (end < limit && !CLAUSE_END.test(text.charAt(end))) end++;
  if (end === limit && end < text.length) return undefined;
  const words = text.slice(start, end).trim();
  return words.length < 2 ? undefined : { words, start, end };
}

const ISSUER_LEVELS: Readonly<Record<string, CampaignInput["issuer"]["level"]>> = {
  province: "provincial",
  prefecture: "prefectural",
  county: "county",
  township: "township",
  village: "township",
};

function assemble(
  found: readonly Found[],
  text: string,
  folded: string,
  context: CampaignContext,
): CampaignInput[] {
  // A quoted name inside what a verb carries out (青少年“筑基”工程) is named by the whole: sweep
  // the carried spans in order beside the others.
  const carried = found.filter((campaign) => campaign.carried).sort((a, b) => a.start - b.start);
  const others = found.filter((campaign) => !campaign.carried).sort((a, b) => a.start - b.start);
  const kept: Found[] = [...carried];
  let outer = 0;
  let reach = -1;
  for (const campaign of others) {
    while (outer < carried.length && (carried[outer]?.start ?? 0) <= campaign.start) {
      reach = Math.max(reach, carried[outer]?.end ?? 0);
      outer++;
    }
    if (campaign.end > reach) kept.push(campaign);
  }
  const ordered = kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const byName = new Map<string, Found>();
  for (const campaign of ordered) {
    const key = foldVariants(campaign.name);
    if (!byName.has(key)) byName.set(key, campaign);
  }
  const named = [...byName.values()];
  const parts = new Map(
    named.map((campaign) => [campaign, componentsOf(campaign, text, folded, context.bodyEnd)]),
  );
  const componentWords = new Set<string>();
  for (const components of parts.values())
    for (const component of components)
      for (const word of component.words) componentWords.add(word);
  const { region } = context;
  const issuer: CampaignInput["issuer"] = {
    level: region === undefined ? "county" : (ISSUER_LEVELS[region.level] ?? "county"),
    ...(region === undefined ? {} : { regionCode: region.code }),
    ...(region === undefined ? {} : { name: region.name }),
  };
  return named
    .filter((campaign) => !componentWords.has(foldVariants(campaign.name)))
    .map((campaign, i) => {
      const components = [
        ...(parts.get(campaign) ?? []).map(({ name }) => ({ name })),
        ...roundTargets(
          foldVariants(campaign.name),
          context.view,
          folded,
          campaign.end,
          context.bodyEnd,
        ),
      ];
      return {
        id: `campaign_${i + 1}`,
        name: campaign.name.slice(0, 200),
        kind: campaign.kind,
        issuer,
        ...(context.regionCode === "" ? {} : { regionCode: context.regionCode }),
        ...(components.length === 0 ? {} : { components }),
      };
    });
}

/** The components of a campaign, read where the text lists them: at the first mention of its name that does. */
function componentsOf(
  campaign: Found,
  text: string,
  folded: string,
  bodyEnd: number,
): readonly FoundComponent[] {
  const name = foldVariants(campaign.name);
  for (
    let at = folded.indexOf(name);
    at !== -1 && at < bodyEnd;
    at = folded.indexOf(name, at + name.length)
  ) {
    const components = campaignComponents(name, text, folded, at, at + name.length, bodyEnd);
    if (components.length > 0) return components;
  }
  return campaignComponents(name, text, folded, campaign.start, campaign.end, bodyEnd);
}
