import type { RegionMention } from "./region-mentions";

/**
 * Where the headline of an article is.
 *
 * @internal
 */
export interface Headline {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A breadcrumb of the site's navigation (当前位置：首页 >> 基层统战 >> 吴忠市). */
const BREADCRUMB = /当前位置|當前位置|您的位置|您现在的位置|[>»›]/;
/** A headline is one line; a line longer than this is a paragraph of the body. */
const LONGEST_HEADLINE = 80;

/**
 * The headline: the first short line that names a region and says more than its name (pages open
 * with site navigation, so the first line is not always the title), else the first short line,
 * else nothing.
 *
 * @internal
 */
export function findHeadline(
  text: string,
  mentions: readonly RegionMention[],
): Headline | undefined {
  let first: Headline | undefined;
  let mention = 0;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line.length > 0 && line.length <= LONGEST_HEADLINE) {
      const headline = { text: line, start: start + lead, end: start + lead + line.length };
      first ??= headline;
      while (mention < mentions.length && (mentions[mention]?.start ?? 0) < headline.start) {
        mention++;
      }
      const next = mentions[mention];
      // A line that is only a region's name is the site's navigation (吴忠市 above the title).
      const onlyName = next?.start === headline.start && next.end === headline.end;
      const navigation = onlyName || BREADCRUMB.test(line);
      if (next !== undefined && next.end <= headline.end && !navigation) return headline;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return first;
}
