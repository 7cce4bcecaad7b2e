import { formatMessage } from "../../core/labels";
import type { Locale } from "../../core/locale";
import { draftMessages } from "./draft-messages";
import type { Headline } from "./headline";
import type { DraftNote } from "./types";

/**
 * The period of a draft and the notes about it.
 *
 * @internal
 */
export interface ReportPeriod {
  /** A period key, or `""` when none could be read. */
  readonly key: string;
  /** The year dates without one (4月26日) are read in. */
  readonly year?: number;
  readonly notes: readonly DraftNote[];
}

/**
 * A year as statistics write it, with the part of it that follows: 上半年/下半年 (halves),
 * 第一季度/一季度/1季度 (quarters), 9月 (months). The period keys of `parsePeriod`.
 */
const YEAR_PATTERN =
  /(\d{4})年(?:(上半年)|(下半年)|第?([一二三四1-4])季度|(\d{1,2})月(?!\d{1,2}[日号]))?/g;
const QUARTERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };
/** 今年 (this year) and 本年: the year of publication. */
const THIS_YEAR = /今年|本年/;

interface YearMention {
  readonly key: string;
  readonly year: number;
  readonly start: number;
  readonly end: number;
}

function yearMentions(text: string, from: number, to: number): YearMention[] {
  const found: YearMention[] = [];
  YEAR_PATTERN.lastIndex = from;
  for (let m = YEAR_PATTERN.exec(text); m !== null; m = YEAR_PATTERN.exec(text)) {
    if (m.index >= to) break;
    const year = Number(m[1]);
    const quarter = m[4] === undefined ? undefined : (QUARTERS[m[4]] ?? Number(m[4]));
    const month = m[5] === undefined ? undefined : Number(m[5]);
    let key = String(year);
    if (m[2] !== undefined) key = `${year}-H1`;
    else if (m[3] !== undefined) key = `${year}-H2`;
    else if (quarter !== undefined) key = `${year}-Q${quarter}`;
    else if (month !== undefined && month >= 1 && month <= 12) {
      key = `${year}-${String(month).padStart(2, "0")}`;
    }
    found.push({ key, year, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/**
 * The period of an article: what its headline names (2023年上半年 → `2023-H1`); else the one year
 * its text names (the part of the year when every mention names the same part); else, when the
 * text names several, the latest, with a note; else the publication year (今年), with a note;
 * else nothing, with a note.
 *
 * @internal
 */
export function reportPeriod(
  text: string,
  headline: Headline | undefined,
  publishedOn: string | undefined,
  locale: Locale,
): ReportPeriod {
  if (headline !== undefined) {
    const [named] = yearMentions(text, headline.start, headline.end);
    if (named !== undefined) return { key: named.key, year: named.year, notes: [] };
  }
  const mentions = yearMentions(text, 0, text.length);
  const years = [...new Set(mentions.map((m) => m.year))].sort((a, b) => a - b);
  const [first] = mentions;
  if (first !== undefined && years.length === 1) {
    const same = mentions.every((m) => m.key === first.key);
    return { key: same ? first.key : String(first.year), year: first.year, notes: [] };
  }
  if (first !== undefined) {
    const latest = years[years.length - 1] ?? first.year;
    const at = mentions.find((m) => m.year === latest) ?? first;
    const separator = locale === "en" ? ", " : "、";
    const note: DraftNote = {
      code: "period_ambiguous",
      start: at.start,
      end: at.end,
      quote: text.slice(at.start, at.end),
      message: formatMessage(draftMessages.period_ambiguous, locale, {
        candidates: years.join(separator),
        chosen: String(latest),
      }),
    };
    return { key: String(latest), year: latest, notes: [note] };
  }
  if (publishedOn !== undefined) {
    const year = Number(publishedOn.slice(0, 4));
    const thisYear = THIS_YEAR.exec(text);
    const start = thisYear?.index ?? 0;
    const end = thisYear === null ? 0 : start + thisYear[0].length;
    const note: DraftNote = {
      code: "period_from_publication",
      start,
      end,
      quote: text.slice(start, end),
      message: formatMessage(draftMessages.period_from_publication, locale, { year: String(year) }),
    };
    return { key: String(year), year, notes: [note] };
  }
  const note: DraftNote = {
    code: "period_missing",
    start: 0,
    end: 0,
    quote: "",
    message: formatMessage(draftMessages.period_missing, locale),
  };
  return { key: "", notes: [note] };
}
