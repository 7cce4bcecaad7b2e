import { formatMessage } from "../../core/labels";
import type { Locale } from "../../core/locale";
import type { Quantity } from "../../quantity/types";
import { unitOf } from "../../quantity/unit-of";
import type { ActivityInput } from "../../schemas/activity";
import type { ExtractedQuantity } from "../../text/extract-quantities";
import { parseChineseDate } from "../../text/parse-chinese-date";
import { holdingVerbs, hybridWords, onlineWords } from "./activity-words";
import { draftMessages } from "./draft-messages";
import { foldVariants } from "./fold-variants";
import { matchIndicator } from "./match-indicator";
import { mentionsWithin, type RegionMention } from "./region-mentions";
import type { TextView } from "./text-view";
import type { DraftNote } from "./types";

/** A day written in a sentence (4月26日, 2023年4月26日). */
const DAY = /(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]/g;
/** What ends a sentence. */
const SENTENCE_END = /[。！？!?\n]/;
/** What ends an activity's name after its verb. */
const NAME_END = /[，,。；;！？!?\n]/;
const LONGEST_NAME = 200;
/** A sentence read for an event ends here at the latest, so each date costs a bounded read. */
const LONGEST_SENTENCE = 400;

/**
 * The activities of a draft, the figures they took (each also an observation, which quotes it), and notes.
 *
 * @internal
 */
export interface DraftActivities {
  readonly activities: readonly ActivityInput[];
  readonly taken: ReadonlySet<ExtractedQuantity>;
  readonly notes: readonly DraftNote[];
}

/**
 * The dated events of an article: a sentence that opens with a day (4月26日，举办…) and holds an event
 * verb (举办, 举行, 召开, 开展, 组织), named by the words after the verb up to the clause's end, held
 * in the reporting region and every region its name holds; online when its sentence says 云交流,
 * 线上 or 直播, both for 线上线下, else offline with a note. The figures of its sentence become its
 * participants (a count of people), online viewers and page views, matched by label.
 *
 * @internal
 */
export function draftActivities(
  view: TextView,
  figures: readonly ExtractedQuantity[],
  mentions: readonly RegionMention[],
  reportCode: string,
  year: number | undefined,
  locale: Locale,
): DraftActivities {
  const { text } = view;
  const folded = foldVariants(text);
  const activities: ActivityInput[] = [];
  const taken = new Set<ExtractedQuantity>();
  const notes: DraftNote[] = [];
  for (const match of text.matchAll(DAY)) {
    const date = parseChineseDate(match[0], year === undefined ? {} : { year });
    if (date === undefined) continue;
    const after = match.index + match[0].length;
    const sentenceEnd = endOf(text, after, SENTENCE_END, after + LONGEST_SENTENCE);
    const sentence = folded.slice(after, sentenceEnd);
    const verb = firstVerb(sentence);
    if (verb === undefined) continue;
    let nameStart = after + verb.at + verb.word.length;
    if (folded.startsWith("了", nameStart)) nameStart++;
    const nameEnd = endOf(text, nameStart, NAME_END, nameStart + LONGEST_NAME);
    const name = text.slice(nameStart, nameEnd).trim();
    if (name.length === 0) continue;
    const regionCodes = new Set(reportCode === "" ? [] : [reportCode]);
    for (const mention of mentionsWithin(mentions, nameStart, nameEnd)) {
      const [region] = mention.regions;
      if (mention.regions.length !== 1 || region === undefined) continue;
      if (region.level !== "province" && region.level !== "prefecture")
        regionCodes.add(region.code);
    }
    const modality = modalityOf(sentence);
    if (modality === undefined) {
      notes.push({
        code: "modality_assumed",
        start: nameStart,
        end: nameEnd,
        quote: name,
        message: formatMessage(draftMessages.modality_assumed, locale, { name }),
      });
    }
    const counts = countsOf(figures, view.origin(after), view.origin(sentenceEnd), taken);
    activities.push({
      id: `activity_${activities.length + 1}`,
      name: name.slice(0, 500),
      date,
      regionCodes: regionCodes.size === 0 ? [reportCode] : [...regionCodes],
      modality: modality ?? "offline",
      ...counts,
    });
  }
  return { activities, taken, notes };
}

function endOf(text: string, from: number, pattern: RegExp, limit: number): number {
  let at = from;
  while (at < text.length && at < limit && !pattern.test(text.charAt(at))) at++;
  return at;
}

function firstVerb(sentence: string): { readonly word: string; readonly at: number } | undefined {
  let best: { readonly word: string; readonly at: number } | undefined;
  for (const word of holdingVerbs) {
    const at = sentence.indexOf(word);
    if (at !== -1 && (best === undefined || at < best.at)) best = { word, at };
  }
  return best;
}

function modalityOf(sentence: string): ActivityInput["modality"] | undefined {
  if (hybridWords.some((word) => sentence.includes(word))) return "hybrid";
  if (onlineWords.some((word) => sentence.includes(word))) return "online";
  return undefined;
}

function countsOf(
  figures: readonly ExtractedQuantity[],
  start: number,
  end: number,
  taken: Set<ExtractedQuantity>,
): { participants?: Quantity; onlineViewers?: Quantity; pageViews?: Quantity } {
  const counts: { participants?: Quantity; onlineViewers?: Quantity; pageViews?: Quantity } = {};
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
    counts[field] = quantity;
    taken.add(figure);
  }
  return counts;
}
