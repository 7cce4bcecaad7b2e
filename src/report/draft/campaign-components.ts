import { foldVariants } from "./fold-variants";

/** The value of each numeral of a counted name (三项 → 3), up to 十. */
const DIGITS = "一二三四五六七八九十";
/** A counted name's numeral and the kind word it ends with (五项行动 → 5, 行动). */
const COUNTED = /^([一二三四五六七八九十两])[项个大类条].*?(行动|计划|工程|举措)$/;
/** A name of two counted halves: the verb of each half (四抓四促 → 抓, 促). */
const HALVES = /^([一二三四五六七八九十])(\S)\1(\S)$/;
/** A component is looked for this far before its campaign's name, within its paragraph. */
const LOOK_BACK = 300;
/** The headings of a framework are looked for this far after its name. */
const HEADINGS_REACH = 6000;
/** A run-in heading of a two-halves framework is at most this long (抓组织领导 促高位推进). */
const LONGEST_HEADING = 24;

/**
 * A component of a campaign, and the words that name it in the text (so a component named on
 * its own, “铸魂”行动, is not taken for a campaign of its own).
 *
 * @internal
 */
export interface FoundComponent {
  readonly name: string;
  readonly words: readonly string[];
}

/**
 * The components of a campaign where the text lists them:
 * - a counted name (五项行动, 三项计划) after a quoted list of as many (“铸魂、富民、融通、和谐、稳定”五项行动:
 *   铸魂行动 …), or after as many quoted names ending in its kind word in its paragraph
 *   (“旅游促进…计划”“各族青少年交流计划”“各族群众互嵌式发展计划”…“三项计划”);
 * - a name of two counted halves (四抓四促): the headings after it that open with the first verb
 *   and hold the second (抓组织领导 促高位推进).
 *
 * @internal
 */
export function campaignComponents(
  name: string,
  text: string,
  folded: string,
  start: number,
  end: number,
  bodyEnd: number,
): FoundComponent[] {
  const key = foldVariants(name).replace(/^[“「]|[”」]$/g, "");
  const counted = COUNTED.exec(key);
  if (counted !== null) {
    const count = DIGITS.indexOf(counted[1] as string) + 1 || 2;
    const head = counted[2] as string;
    return listBefore(text, folded, start, count, head);
  }
  const halves = HALVES.exec(key);
  if (halves !== null) {
    const count = DIGITS.indexOf(halves[1] as string) + 1;
    return headingsAfter(
      text,
      folded,
      end,
      bodyEnd,
      halves[2] as string,
      halves[3] as string,
      count,
    );
  }
  return [];
}

function listBefore(
  text: string,
  folded: string,
  start: number,
  count: number,
  head: string,
): FoundComponent[] {
  const opening = start > 0 && /[“「]/.test(folded.charAt(start - 1)) ? start - 1 : start;
  if (/[”」]/.test(folded.charAt(opening - 1))) {
    const open = Math.max(folded.lastIndexOf("“", opening), folded.lastIndexOf("「", opening));
    const items = text.slice(open + 1, opening - 1).split("、");
    if (open !== -1 && items.length === count && items.every((item) => item.length > 0))
      return items.map((item) => ({ name: `${item}${head}`, words: [foldVariants(item)] }));
  }
  const from = Math.max(0, start - LOOK_BACK, folded.lastIndexOf("\n", start) + 1);
  const quoted = [...folded.slice(from, start).matchAll(/[“「]([^”」“「]{2,40})[”」]/g)]
    .map((match) => match[1] as string)
    .filter(
      (inner) =>
        inner.endsWith(head) &&
        foldVariants(inner) !== foldVariants(text.slice(start, start + inner.length)),
    );
  if (quoted.length < count) return [];
  return quoted.slice(quoted.length - count).map((inner) => ({ name: inner, words: [inner] }));
}

function headingsAfter(
  text: string,
  folded: string,
  end: number,
  bodyEnd: number,
  first: string,
  second: string,
  count: number,
): FoundComponent[] {
  const found: FoundComponent[] = [];
  let start = folded.indexOf("\n", end) + 1;
  const stopAt = Math.min(bodyEnd, end + HEADINGS_REACH);
  while (start > 0 && start < stopAt && found.length < count) {
    const next = folded.indexOf("\n", start);
    const stop = next === -1 ? folded.length : next;
    const line = folded.slice(start, stop).trim();
    if (line.length <= LONGEST_HEADING && line.startsWith(first) && line.includes(second, 1)) {
      const words = text.slice(start, stop).trim();
      found.push({ name: words, words: [line] });
    }
    if (next === -1) break;
    start = next + 1;
  }
  return found;
}
