import { formatMessage } from "../../core/labels";
import type { Locale } from "../../core/locale";
import type { AgreementInput } from "../../schemas/agreement";
import type { AgreementKind } from "../../schemas/labels/agreement";
import { parseChineseDate } from "../../text/parse-chinese-date";
import {
  agreementEndings,
  agreementKindWords,
  onlineSigning,
  signingVerbs,
} from "./agreement-words";
import { draftMessages } from "./draft-messages";
import { foldVariants } from "./fold-variants";
import { mentionsWithin, type RegionMention } from "./region-mentions";
import type { DraftNote } from "./types";

/** What ends the clause a subject stands in. */
const CLAUSE = /[，,。；;：:\n！？!?]/;
/** Words that separate the parties of a subject (A、B与C). */
const PARTY_SEPARATOR = /[、与和同及]/;
/** Adverbs between the parties and the verb (共同签订, 分别签署) and the aspect particle after it. */
const ADVERB = /(共同|一起|分别|正式|现场)+$/;
/** A day written in a sentence (4月26日, 2023年4月26日). */
const DAY = /(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]/g;
/** An enumerator opens a new item of a list (一是, 二是 …): a date before it is another item's. */
const ENUMERATOR = /[一二三四五六七八九十]是/g;
const LONGEST_SUBJECT = 60;
/** How far back the day of a signing is looked for. */
const LONGEST_ITEM = 400;
/** What may open a clause before its subject: an enumerator (三是) or a date (9月27日). */
const LEADING = /^(?:[一二三四五六七八九十]是|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?)+/;

/**
 * The agreements an article reports signed: 签订/签署/签约 followed by one or more titles (《…》,
 * “…”, or a bare …协议), the parties from the subject of the clause (A、B与C), each resolved to a
 * region when its name holds one, the day from the last date of its item (一是4月26日 … 签订了), and
 * online signing when the verb says so (云签署). What the text does not give stays absent.
 *
 * @internal
 */
export function draftAgreements(
  text: string,
  mentions: readonly RegionMention[],
  reportCode: string,
  year: number | undefined,
  locale: Locale,
): { readonly agreements: readonly AgreementInput[]; readonly notes: readonly DraftNote[] } {
  const folded = foldVariants(text);
  const agreements: AgreementInput[] = [];
  const notes: DraftNote[] = [];
  for (const verb of signingVerbs) {
    for (let at = folded.indexOf(verb); at !== -1; at = folded.indexOf(verb, at + 1)) {
      const titles = titlesAfter(text, folded, at + verb.length);
      if (titles.length === 0) continue;
      const online = onlineSigning.find((word) => folded.startsWith(word, at - word.length));
      const subjectEnd = at - (online?.length ?? 0);
      const parties = partiesOf(text, subjectEnd, mentions, reportCode);
      if (parties.length < 2) continue;
      for (const party of parties) {
        if (party.resolved) continue;
        notes.push({
          code: "party_region_assumed",
          start: party.start,
          end: party.start + party.name.length,
          quote: party.name,
          message: formatMessage(draftMessages.party_region_assumed, locale, { name: party.name }),
        });
      }
      const signedOn = dayBefore(text, at, year);
      for (const title of titles) {
        const kind = kindOf(foldVariants(title));
        agreements.push({
          id: `agreement_${agreements.length + 1}`,
          title,
          kind: kind ?? "cooperation",
          parties: parties.map(({ name, regionCode }) => ({ name, regionCode })),
          ...(signedOn === undefined ? {} : { signedOn }),
          ...(online === undefined ? {} : { signing: "online" as const }),
          commitments: [],
        });
        if (kind === undefined) {
          notes.push({
            code: "agreement_kind_assumed",
            start: at,
            end: at + verb.length,
            quote: text.slice(at, at + verb.length),
            message: formatMessage(draftMessages.agreement_kind_assumed, locale, { title }),
          });
        }
      }
    }
  }
  return { agreements, notes };
}

function titlesAfter(text: string, folded: string, from: number): string[] {
  const titles: string[] = [];
  let at = from;
  if (folded.startsWith("了", at)) at++;
  for (;;) {
    const open = folded.charAt(at);
    const close = open === "《" ? "》" : open === "“" ? "”" : open === '"' ? '"' : undefined;
    if (close === undefined) break;
    const end = folded.indexOf(close, at + 1);
    if (end === -1 || end - at > 100) break;
    const inner = folded.slice(at + 1, end);
    if (!agreementEndings.some((ending) => inner.endsWith(ending))) break;
    titles.push(text.slice(at + 1, end));
    at = end + 1;
    if (folded.startsWith("、", at) || folded.startsWith("和", at)) at++;
  }
  if (titles.length > 0) return titles;
  const bare = /^[^\s，,。；;、“”《》]{0,20}?(协议书|协议|协定|备忘录)/.exec(
    folded.slice(at, at + 24),
  );
  return bare === null ? [] : [text.slice(at, at + bare[0].length)];
}

interface Party {
  readonly name: string;
  readonly start: number;
  readonly regionCode: string;
  readonly resolved: boolean;
}

function partiesOf(
  text: string,
  end: number,
  mentions: readonly RegionMention[],
  reportCode: string,
): Party[] {
  let start = end;
  while (start > 0 && end - start < LONGEST_SUBJECT && !CLAUSE.test(text.charAt(start - 1)))
    start--;
  const opener = LEADING.exec(text.slice(start, end))?.[0].length ?? 0;
  start += opener;
  const subject = text.slice(start, end).replace(ADVERB, "");
  const parties: Party[] = [];
  let from = 0;
  for (let i = 0; i <= subject.length; i++) {
    if (i < subject.length && !PARTY_SEPARATOR.test(foldVariants(subject.charAt(i)))) continue;
    const name = subject.slice(from, i).trim();
    if (name.length > 0) parties.push(partyOf(name, start + from, mentions, reportCode));
    from = i + 1;
  }
  return parties;
}

function partyOf(
  name: string,
  start: number,
  mentions: readonly RegionMention[],
  reportCode: string,
): Party {
  const inside = mentionsWithin(mentions, start, start + name.length).filter(
    (m) => m.regions.length === 1,
  );
  const code = inside[inside.length - 1]?.regions[0]?.code;
  return {
    name: name.slice(0, 200),
    start,
    regionCode: code ?? reportCode,
    resolved: code !== undefined,
  };
}

function kindOf(title: string): AgreementKind | undefined {
  return agreementKindWords.find(([word]) => title.includes(word))?.[1];
}

function dayBefore(text: string, at: number, year: number | undefined): string | undefined {
  // The item's paragraph, read back no further than a long paragraph runs: linear time.
  const floor = Math.max(0, at - LONGEST_ITEM);
  let lineStart = at;
  while (lineStart > floor && text.charAt(lineStart - 1) !== "\n") lineStart--;
  let from = lineStart;
  for (const match of text.slice(lineStart, at).matchAll(ENUMERATOR))
    from = lineStart + match.index;
  let day: string | undefined;
  for (const match of text.slice(from, at).matchAll(DAY)) {
    day = parseChineseDate(match[0], year === undefined ? {} : { year }) ?? day;
  }
  return day;
}
