import { formatMessage } from "../../core/labels";
import type { Locale } from "../../core/locale";
import { unitOf } from "../../quantity/unit-of";
import type { ActivityInput } from "../../schemas/activity";
import type { ReportedQuantityInput } from "../../schemas/quantity";
import type { ExtractedQuantity } from "../../text/extract-quantities";
import { parseChineseDate } from "../../text/parse-chinese-date";
import { cleanName, type EventName, eventNames } from "./activity-names";
import { eventNounOf, holdingVerbs, hybridWords, onlineWords } from "./activity-words";
import { draftMessages } from "./draft-messages";
import { figureQuote } from "./figure-quote";
import { foldVariants } from "./fold-variants";
import { matchIndicator } from "./match-indicator";
import { mentionsWithin, type RegionMention } from "./region-mentions";
import { reported } from "./reported";
import type { TextView } from "./text-view";
import type { DraftNote } from "./types";

/** A day (4月26日, 2023年4月26日) or a month (4月, 4月初) written in a sentence. */
const WHEN = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号]|[初中底末]|上旬|中旬|下旬)?/g;
/** What ends a sentence. */
const SENTENCE_END = /[。！？!?\n]/;
/** What ends the words a verb holds, outside quotation marks and book titles. */
const CLAUSE_END = /[，,。；;！？!?\n：:]/;
/** The words a verb holds are read at most this far: each verb costs a bounded read. */
const LONGEST_OBJECT = 320;
const LONGEST_SENTENCE = 400;
/** A figure of a class of events at the end of the words held (宣讲活动20余场次, 主题党日活动500余次). */
const COUNTED = /[0-9一二三四五六七八九十百千万]+[余多]?(?:场次|场|次|项|期|个|批)$/;
/** A photo caption: a short line that names what it shows, ending in 供图 (or 摄, 图). */
const CAPTION = /^(.{4,60}?)[。.]?\s*(?:供图|供圖|摄|攝|（图）|\(图\))$/;
/** How many of the last names a caption's name is compared with. */
const RECENT = 50;
/** A result said of an event named as its subject (…集中展演活动取得良好反响). */
const RESULT = /(?:取得|受到|赢得|获得)(?:良好|热烈|广泛|一致)/;

/**
 * The activities of a draft, the figures they took, and notes.
 *
 * @internal
 */
export interface DraftActivities {
  readonly activities: readonly ActivityInput[];
  readonly taken: ReadonlySet<ExtractedQuantity>;
  readonly notes: readonly DraftNote[];
}

/** What activities are read with. @internal */
export interface ActivityContext {
  readonly reportCode: string;
  readonly year: number | undefined;
  readonly bodyEnd: number;
  /** Names already read as campaigns (a series is not also one event). */
  readonly campaignNames: ReadonlySet<string>;
  readonly locale: Locale;
}

/**
 * The activities (活动) of an article: what a holding verb (举办, 举行, 召开, 开展, 组织开展, 承办)
 * holds when it names events (`eventNames`: a name ending in an event noun, or each item of a list
 * A、B等…活动), a photo caption that names one (…艺术节活动。供图), and an event named as the subject
 * of its result (…集中展演活动取得良好反响). Dated by a day or month of its sentence (4月26日, 9月初),
 * else undated; held in the reporting region and every county its name holds;
 * online for 云交流, 线上, 网络, both for 线上线下, else offline with a note. A sentence that names one
 * event gives it the figures of its sentence: participants (a count of people), online viewers and
 * page views, matched by label. A class of events with its count (宣讲活动20余场次) is not one.
 *
 * @internal
 */
export function draftActivities(
  view: TextView,
  figures: readonly ExtractedQuantity[],
  mentions: readonly RegionMention[],
  context: ActivityContext,
): DraftActivities {
  const { text } = view;
  const folded = foldVariants(text);
  const limit = context.bodyEnd;
  const found: { event: EventName; sentence: readonly [number, number]; single: boolean }[] = [];
  const verbs = new RegExp(holdingVerbs.join("|"), "g");
  for (const match of folded.slice(0, limit).matchAll(verbs)) {
    let start = match.index + match[0].length;
    if (folded.startsWith("了", start)) start++;
    // 组织召开, 组织举办: the second verb holds the event.
    const again = holdingVerbs.find((verb) => folded.startsWith(verb, start));
    if (again !== undefined) start += again.length;
    const clauseEnd = objectEnd(folded, start);
    if (clauseEnd === undefined) continue;
    // A class of events with its count names events only as a list (A、B等活动20余场次).
    const count = COUNTED.exec(folded.slice(start, clauseEnd));
    const end = count === null ? clauseEnd : clauseEnd - count[0].length;
    if (count !== null && !folded.slice(start, end).includes("等")) continue;
    const events = eventNames(text.slice(start, end), folded.slice(start, end), start);
    const sentence = sentenceAround(folded, match.index, end);
    for (const event of events) found.push({ event, sentence, single: events.length === 1 });
  }
  let lineStart = 0;
  while (lineStart < limit) {
    const next = folded.indexOf("\n", lineStart);
    const lineEnd = next === -1 ? folded.length : next;
    const line = text.slice(lineStart, lineEnd).trim();
    const caption = CAPTION.exec(line);
    const name = caption?.[1]?.trim();
    if (name !== undefined && eventNounOf(foldVariants(name)) !== undefined) {
      const at = lineStart + text.slice(lineStart, lineEnd).indexOf(name);
      const event = eventNames(name, foldVariants(name), at)[0];
      if (event !== undefined) found.push({ event, sentence: [at, at], single: false });
    }
    if (next === -1) break;
    lineStart = next + 1;
  }
  for (const match of folded.slice(0, limit).matchAll(new RegExp(RESULT, "g"))) {
    let start = match.index;
    while (start > 0 && !CLAUSE_END.test(folded.charAt(start - 1)) && match.index - start < 80)
      start--;
    const words = text.slice(start, match.index);
    const noun = eventNounOf(foldVariants(words));
    if (noun === undefined || match.index - start < 4) continue;
    const event = cleanName({ name: words.trim(), start, end: start + words.trim().length });
    found.push({ event, sentence: [start, start], single: false });
  }
  return assemble(view, folded, found, figures, mentions, context);
}

function objectEnd(folded: string, start: number): number | undefined {
  let depth = 0;
  const limit = Math.min(folded.length, start + LONGEST_OBJECT);
  for (let i = start; i < limit; i++) {
    const char = folded.charAt(i);
    if (char === "“" || char === "「" || char === "《") depth++;
    else if (char === "”" || char === "」" || char === "》") depth = Math.max(0, depth - 1);
    else if (char === "\n" || (depth === 0 && CLAUSE_END.test(char)))
      return i > start ? i : undefined;
  }
  return limit === folded.length && limit > start ? limit : undefined;
}

function sentenceAround(folded: string, from: number, to: number): readonly [number, number] {
  let start = from;
  while (
    start > 0 &&
    from - start < LONGEST_SENTENCE &&
    !SENTENCE_END.test(folded.charAt(start - 1))
  )
    start--;
  let end = to;
  while (
    end < folded.length &&
    end - to < LONGEST_SENTENCE &&
    !SENTENCE_END.test(folded.charAt(end))
  )
    end++;
  return [start, end];
}

function assemble(
  view: TextView,
  folded: string,
  found: readonly { event: EventName; sentence: readonly [number, number]; single: boolean }[],
  figures: readonly ExtractedQuantity[],
  mentions: readonly RegionMention[],
  context: ActivityContext,
): DraftActivities {
  const activities: ActivityInput[] = [];
  const taken = new Set<ExtractedQuantity>();
  const notes: DraftNote[] = [];
  const names = new Set<string>();
  const recent: string[] = [];
  for (const { event, sentence, single } of found) {
    const key = foldVariants(event.name).replace(/[“”「」]/g, "");
    // A caption repeats a name read from the text (专题文艺演出 after …专题文艺演出): looked for among the
    // last names only, so the check stays bounded.
    if (isCampaign(key, context.campaignNames) || names.has(key)) continue;
    if (recent.some((name) => name.endsWith(key))) continue;
    names.add(key);
    recent.push(key);
    if (recent.length > RECENT) recent.shift();
    const [sentenceStart, sentenceEnd] = sentence;
    const regionCodes = new Set(context.reportCode === "" ? [] : [context.reportCode]);
    for (const mention of mentionsWithin(mentions, event.start, event.end)) {
      const [region] = mention.regions;
      if (mention.regions.length !== 1 || region === undefined) continue;
      if (region.level !== "province" && region.level !== "prefecture")
        regionCodes.add(region.code);
    }
    const words = folded.slice(sentenceStart, Math.max(sentenceEnd, event.end));
    const modality = modalityOf(`${words}${foldVariants(event.name)}`);
    if (modality === undefined) {
      notes.push({
        code: "modality_assumed",
        start: event.start,
        end: event.end,
        quote: event.name,
        message: formatMessage(draftMessages.modality_assumed, context.locale, {
          name: event.name,
        }),
      });
    }
    const when = whenOf(folded.slice(sentenceStart, event.start), context);
    const counts = single
      ? countsOf(view.input, figures, view.origin(sentenceStart), view.origin(sentenceEnd), taken)
      : {};
    activities.push({
      id: `activity_${activities.length + 1}`,
      name: event.name.slice(0, 500),
      ...when,
      regionCodes: regionCodes.size === 0 ? [context.reportCode] : [...regionCodes],
      modality: modality ?? "offline",
      ...counts,
    });
  }
  return { activities, taken, notes };
}

interface Counts {
  participants?: ReportedQuantityInput;
  onlineViewers?: ReportedQuantityInput;
  pageViews?: ReportedQuantityInput;
}

/** Whether an event's name is a campaign's, or a campaign's name and its kind (九个一百创建活动). */
function isCampaign(key: string, campaigns: ReadonlySet<string>): boolean {
  return campaigns.has(key) || campaigns.has(key.replace(/(?:创建活动|系列活动|活动|行动)$/, ""));
}

/** The day or month the words before an event give it, else the report's period. */
function whenOf(before: string, context: ActivityContext): { date?: string; period?: string } {
  let last: RegExpExecArray | undefined;
  for (const match of before.matchAll(WHEN)) last = match;
  if (last !== undefined) {
    const year = last[1] === undefined ? context.year : Number(last[1]);
    if (last[3] !== undefined) {
      const date = parseChineseDate(last[0], year === undefined ? {} : { year });
      if (date !== undefined) return { date };
    } else if (year !== undefined && Number(last[2]) >= 1 && Number(last[2]) <= 12) {
      return { period: `${year}-${String(last[2]).padStart(2, "0")}` };
    }
  }
  return {};
}

function modalityOf(words: string): ActivityInput["modality"] | undefined {
  if (hybridWords.some((word) => words.includes(word))) return "hybrid";
  if (onlineWords.some((word) => words.includes(word))) return "online";
  return undefined;
}

function countsOf(
  input: string,
  figures: readonly ExtractedQuantity[],
  start: number,
  end: number,
  taken: Set<ExtractedQuantity>,
): Counts {
  const counts: Counts = {};
  let low = 0;
  let high = figures.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((figures[middle]?.start ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < figures.length; i++) {
    const figure = figures[i] as ExtractedQuantity;
    if (figure.start >= end) break;
    if (figure.end > end) continue;
    const { quantity } = figure;
    const indicator = matchIndicator(figure.label, quantity.unit);
    const field =
      indicator === "online_viewers"
        ? "onlineViewers"
        : indicator === "page_views"
          ? "pageViews"
          : quantity.unit !== undefined && unitOf(quantity.unit).kind === "people"
            ? "participants"
            : undefined;
    if (field === undefined || counts[field] !== undefined) continue;
    counts[field] = reported(quantity, figureQuote(input, figure));
    taken.add(figure);
  }
  return counts;
}
