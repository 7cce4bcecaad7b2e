import { eventNounOf, eventsBeforeActivity, genericEventWords } from "./activity-words";
import { foldVariants } from "./fold-variants";

/** What joins the items of a list of events (、 和 及 以及 与), outside quotation marks. */
const JOINERS = ["以及", "、", "和", "及", "与"];
/** What opens a list's head after 等 and says nothing of the events (形式多样的 …). */
const HEAD_OPENERS =
  /^(?:形式多样的|丰富多彩的|多种形式的|多层次、多领域、多样化的|一系列|系列|各类|多种)/;

/**
 * A name of an event read from the words a holding verb holds, and where it is in them.
 *
 * @internal
 */
export interface EventName {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The events named by what a holding verb holds (`words`, its folded form `folded`, at `offset`):
 * - a list ending in 等 and a head (A、B及“C”等形式多样的主题宣传活动): every item is an event, and a
 *   quoted item that names no event noun (“圆聚市中石榴红奋楫扬帆新征程”) is named with the head
 *   (…主题宣传活动);
 * - a list without 等: the items that end in an event noun;
 * - one name that ends in an event noun and is not only generic words (相关活动).
 * A 活动 after an event noun is dropped (艺术节活动 → 艺术节).
 *
 * @internal
 */
export function eventNames(words: string, folded: string, offset: number): EventName[] {
  const cut = topLevel(folded, "等");
  if (cut !== -1) {
    const head = folded.slice(cut + 1).replace(/^为代表的/, "");
    if (folded.startsWith("以") || !eventNounOf(head)) return [];
    const bare = head.replace(HEAD_OPENERS, "");
    // A head of several kinds (文艺展演和宣讲活动) names none of the items.
    const oneKind = !/[、和及与]/.test(bare);
    return items(words, folded, 0, cut, offset).flatMap((item) => {
      const itemFolded = folded.slice(item.start - offset, item.end - offset);
      const inner = unquoted(itemFolded);
      if (oneKind && inner !== itemFolded && eventNounOf(inner) === undefined) {
        return [{ ...item, name: `${item.name}${words.slice(folded.length - bare.length)}` }];
      }
      return [cleanName(item)];
    });
  }
  const listed = items(words, folded, 0, folded.length, offset);
  const named = listed.filter((item) =>
    eventNounOf(unquoted(folded.slice(item.start - offset, item.end - offset))),
  );
  if (listed.length > 1) return named.map(cleanName);
  return named.filter((item) => !generic(foldVariants(item.name))).map(cleanName);
}

/** The name without a 活动 that only repeats the event noun before it (艺术节活动 → 艺术节). @internal */
export function cleanName(item: EventName): EventName {
  const folded = foldVariants(item.name);
  for (const noun of eventsBeforeActivity) {
    if (folded.endsWith(`${noun}活动`))
      return { ...item, name: item.name.slice(0, -2), end: item.end - 2 };
  }
  return item;
}

function unquoted(item: string): string {
  return /^[“「][^“「”」]*[”」]$/.test(item) ? item.slice(1, -1) : item;
}

/** A name of a class of events (相关活动), or a description (群众喜闻乐见的文化活动: 的 outside quotes). */
function generic(name: string): boolean {
  if (name.replace(/[“「《][^”」》]*[”」》]/g, "").includes("的")) return true;
  let rest = name;
  for (const word of genericEventWords) rest = rest.split(word).join("");
  const noun = eventNounOf(rest);
  return rest.length - (noun?.length ?? 0) < 2;
}

/** Index of `mark` in `folded` outside quotation marks and book titles, or -1. */
function topLevel(folded: string, mark: string): number {
  let depth = 0;
  for (let i = 0; i < folded.length; i++) {
    const char = folded.charAt(i);
    if (char === "“" || char === "「" || char === "《") depth++;
    else if (char === "”" || char === "」" || char === "》") depth = Math.max(0, depth - 1);
    else if (depth === 0 && folded.startsWith(mark, i)) return i;
  }
  return -1;
}

/** The items of `folded[from, to)` split at joiners outside quotation marks, and between two quotations. */
function items(
  words: string,
  folded: string,
  from: number,
  to: number,
  offset: number,
): EventName[] {
  const found: EventName[] = [];
  let depth = 0;
  let start = from;
  const push = (end: number) => {
    const raw = words.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed.length >= 2) {
      const lead = raw.indexOf(trimmed);
      found.push({
        name: trimmed,
        start: offset + start + lead,
        end: offset + start + lead + trimmed.length,
      });
    }
  };
  for (let i = from; i < to; i++) {
    const char = folded.charAt(i);
    if (char === "“" || char === "「" || char === "《") {
      if (depth === 0 && i > start && /[”」]$/.test(folded.slice(start, i).trim())) {
        push(i);
        start = i;
      }
      depth++;
    } else if (char === "”" || char === "」" || char === "》") depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const joiner = JOINERS.find((word) => folded.startsWith(word, i));
      const before = folded.slice(start, i).trim();
      const closes = /[”」》]$/.test(before) || eventNounOf(before) !== undefined;
      if (joiner !== undefined && (joiner === "、" || closes)) {
        push(i);
        start = i + joiner.length;
        i += joiner.length - 1;
      }
    }
  }
  push(to);
  return found;
}
