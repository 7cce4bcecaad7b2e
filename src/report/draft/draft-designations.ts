import { formatMessage } from "../../core/labels";
import type { Locale } from "../../core/locale";
import type { Region } from "../../region/types";
import type { DesignationInput } from "../../schemas/designation";
import type { DesignationLevel } from "../../schemas/labels/designation";
import {
  conferringVerbs,
  type DesignationWord,
  designationWords,
  levelWords,
} from "./designation-words";
import { draftMessages } from "./draft-messages";
import { foldVariants } from "./fold-variants";
import { mentionsWithin, type RegionMention } from "./region-mentions";
import type { DraftNote } from "./types";

/** Characters that end a title or a subject. */
const BOUNDARY = /[，,。；;：:、“”"《》（）()—\n！？!? 　]/;
/** A title is at most this long (第十批全国民族团结进步示范区 is 14). */
const LONGEST_TITLE = 30;
/** How far back the year of an honour is looked for. */
const LONGEST_SENTENCE = 200;
/** A person's name after 模范: two or three characters, then the end of the name. */
const PERSON = /^([\u4e00-\u9fff]{2,3})(?=[的、，,。；;同和])/;
const UNITY = /民族团结/;
const YEAR = /(\d{4})年/g;

const regionLevel: Readonly<Record<string, DesignationLevel | undefined>> = {
  province: "provincial",
  prefecture: "prefectural",
  county: "county",
};

interface Occurrence {
  readonly entry: DesignationWord;
  readonly start: number;
  readonly end: number;
}

/**
 * The honours an article reports (被评为/命名为/获评 … 示范区/示范单位/模范集体, 全国…模范集体——昆区教育局,
 * 自治区…模范李翠兰), with the level their title opens with (全国/国家, 省/自治区, 市/州/盟, 县/区/旗, or
 * a region's name). A title with no verb conferring it, no recipient after a dash and no person
 * after it (创建全国民族团结进步示范区工作方案, 省级示范单位4个) is a goal or a count, not an honour.
 * A recipient the sentence leaves out is the reporting region, with a note.
 *
 * @internal
 */
export function draftDesignations(
  text: string,
  mentions: readonly RegionMention[],
  reportRegion: Region | undefined,
  reportCode: string,
  locale: Locale,
): { readonly designations: readonly DesignationInput[]; readonly notes: readonly DraftNote[] } {
  const designations: DesignationInput[] = [];
  const notes: DraftNote[] = [];
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  const folded = foldVariants(text);
  for (const { entry, start, end } of occurrences(folded)) {
    const opened = openingOf(folded, titleStart(folded, start), start, byStart);
    if (opened === undefined) continue;
    const { from, level } = opened;
    const title = text.slice(from, end);
    const verb = verbEndingAt(folded, from);
    const after = text.slice(end, end + 4);
    const person = entry.person === true ? PERSON.exec(text.slice(end, end + 5))?.[1] : undefined;
    let recipient: DesignationInput["recipient"] | undefined;
    if (verb !== undefined) {
      const subjectEnd = from - verb.length;
      const subjectStart = clauseStart(text, subjectEnd);
      const subject = text.slice(subjectStart, subjectEnd).trim();
      if (subject.length === 0) {
        if (reportRegion === undefined) continue;
        recipient = { type: "region", name: reportRegion.name, regionCode: reportRegion.code };
        notes.push({
          code: "recipient_assumed",
          start: from - verb.length,
          end,
          quote: text.slice(from - verb.length, end),
          message: formatMessage(draftMessages.recipient_assumed, locale, {
            title,
            name: reportRegion.name,
          }),
        });
      } else recipient = recipientNamed(subject, subjectStart, mentions, reportCode);
    } else if (after.startsWith("—") || after.startsWith("-")) {
      const nameStart = end + (after.startsWith("——") ? 2 : 1);
      const nameEnd = clauseEnd(text, nameStart);
      const name = text.slice(nameStart, nameEnd).trim();
      if (name.length === 0) continue;
      recipient = recipientNamed(name, nameStart, mentions, reportCode);
    } else if (person !== undefined && UNITY.test(folded.slice(from, end))) {
      recipient = { type: "person", name: person, regionCode: reportCode };
    }
    if (recipient === undefined) continue;
    const year = yearBefore(text, from);
    designations.push({
      id: `designation_${designations.length + 1}`,
      title,
      kind: entry.kind,
      level,
      recipient,
      ...(year === undefined ? {} : { year }),
    });
  }
  return { designations, notes };
}

function occurrences(text: string): Occurrence[] {
  const found: Occurrence[] = [];
  for (const entry of designationWords) {
    for (let at = text.indexOf(entry.word); at !== -1; at = text.indexOf(entry.word, at + 1)) {
      found.push({ entry, start: at, end: at + entry.word.length });
    }
  }
  // At one end the longer word wins (模范集体 over 模范); an occurrence inside another is dropped.
  found.sort((a, b) => a.end - b.end || a.start - b.start);
  const kept: Occurrence[] = [];
  for (const occurrence of found) {
    const last = kept[kept.length - 1];
    if (last !== undefined && occurrence.start < last.end) {
      if (occurrence.end === last.end && occurrence.start < last.start)
        kept[kept.length - 1] = occurrence;
      else if (occurrence.end > last.end && occurrence.start <= last.start) {
        kept[kept.length - 1] = occurrence;
      } else if (occurrence.end > last.end) kept.push(occurrence);
      continue;
    }
    kept.push(occurrence);
  }
  return kept;
}

function titleStart(text: string, wordStart: number): number {
  const limit = Math.max(0, wordStart - LONGEST_TITLE);
  for (let at = wordStart; at > limit; at--) {
    if (BOUNDARY.test(text.charAt(at - 1))) return at;
    if (verbEndingAt(text, at) !== undefined) return at;
  }
  return limit;
}

function verbEndingAt(text: string, at: number): string | undefined {
  return conferringVerbs.find((verb) => text.startsWith(verb, at - verb.length));
}

function clauseStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && end - at < LONGEST_TITLE && !BOUNDARY.test(text.charAt(at - 1))) at--;
  return at;
}

function clauseEnd(text: string, start: number): number {
  let at = start;
  while (
    at < text.length &&
    at - start < LONGEST_TITLE &&
    !/[，,。；;、\n！？!?]/.test(text.charAt(at))
  )
    at++;
  return at;
}

/**
 * Where the title opens and its level: at the clause's start when a level word or a region's name
 * opens it, else at the first level word of two or more characters (全国, 自治区, 省级) or region name
 * inside the clause (宣传全国民族团结进步模范集体 opens at 全国).
 */
function openingOf(
  text: string,
  clause: number,
  wordStart: number,
  byStart: ReadonlyMap<number, RegionMention>,
): { readonly from: number; readonly level: DesignationLevel } | undefined {
  for (let at = clause; at < wordStart; at++) {
    for (const [word, level] of levelWords) {
      if ((at === clause || word.length > 1) && text.startsWith(word, at))
        return { from: at, level };
    }
    const region = byStart.get(at)?.regions[0];
    const level = region === undefined ? undefined : regionLevel[region.level];
    if (level !== undefined) return { from: at, level };
  }
  return undefined;
}

function recipientNamed(
  name: string,
  start: number,
  mentions: readonly RegionMention[],
  reportCode: string,
): DesignationInput["recipient"] {
  const inside = mentionsWithin(mentions, start, start + name.length);
  const last = inside[inside.length - 1];
  const whole = last !== undefined && last.start === start && last.end === start + name.length;
  const code = last?.regions.length === 1 ? (last.regions[0]?.code ?? reportCode) : reportCode;
  return { type: whole ? "region" : "unit", name: name.slice(0, 200), regionCode: code };
}

function yearBefore(text: string, at: number): number | undefined {
  // Look back one sentence at most, and never further than a long sentence runs: linear time.
  const floor = Math.max(0, at - LONGEST_SENTENCE);
  let sentenceStart = at;
  while (sentenceStart > floor && !/[。\n]/.test(text.charAt(sentenceStart - 1))) sentenceStart--;
  let year: number | undefined;
  for (const match of text.slice(sentenceStart, at).matchAll(YEAR)) year = Number(match[1]);
  return year !== undefined && year >= 1949 && year <= 2200 ? year : undefined;
}
