import { formatMessage } from "../../core/labels";
import type { Locale } from "../../core/locale";
import type { RegionIndex } from "../../region/types";
import { draftMessages } from "./draft-messages";
import type { Headline } from "./headline";
import { type RegionMention, settleMention } from "./region-mentions";
import type { DraftNote } from "./types";

/**
 * The reporting region and the notes about it.
 *
 * @internal
 */
export interface ReportingRegion {
  /** The code, or `""` when none could be read. */
  readonly code: string;
  readonly notes: readonly DraftNote[];
}

const levelDepth = { province: 0, prefecture: 1, county: 2, township: 3, village: 4 } as const;

/**
 * The region the article reports on: the most specific region its headline names, else the region
 * its text names most often (first named on a tie). A name several regions share is settled by a
 * region named alongside it; otherwise the first candidate is taken and a note lists them all.
 *
 * @internal
 */
export function reportingRegion(
  mentions: readonly RegionMention[],
  headline: Headline | undefined,
  index: RegionIndex | undefined,
  locale: Locale,
): ReportingRegion {
  const inHeadline =
    headline === undefined
      ? []
      : mentions.filter((m) => m.start >= headline.start && m.end <= headline.end);
  const chosen = inHeadline.length > 0 ? mostSpecific(inHeadline) : mostFrequent(mentions);
  if (chosen === undefined) {
    return {
      code: "",
      notes: [
        {
          code: "region_missing",
          start: headline?.start ?? 0,
          end: headline?.end ?? 0,
          quote: headline?.text ?? "",
          message: formatMessage(draftMessages.region_missing, locale),
        },
      ],
    };
  }
  const settled = index === undefined ? undefined : settleMention(chosen, mentions, index);
  if (settled !== undefined && chosen.regions.length === 1)
    return { code: settled.code, notes: [] };
  const code = settled?.code ?? chosen.regions[0]?.code ?? "";
  const candidates = chosen.regions.map((region) => region.code);
  const separator = locale === "en" ? ", " : "、";
  return {
    code,
    notes: [
      {
        code: "region_ambiguous",
        start: chosen.start,
        end: chosen.end,
        quote: chosen.name,
        message: formatMessage(draftMessages.region_ambiguous, locale, {
          name: chosen.name,
          candidates: chosen.regions.map((r) => `${r.code} ${r.name}`).join(separator),
          chosen: code,
        }),
        candidates,
      },
    ],
  };
}

function mostSpecific(mentions: readonly RegionMention[]): RegionMention | undefined {
  let best: RegionMention | undefined;
  let depth = -1;
  for (const mention of mentions) {
    const level = mention.regions[0]?.level;
    const d = level === undefined ? -1 : levelDepth[level];
    if (d > depth) {
      best = mention;
      depth = d;
    }
  }
  return best;
}

function mostFrequent(mentions: readonly RegionMention[]): RegionMention | undefined {
  const counts = new Map<string, number>();
  let best: RegionMention | undefined;
  let most = 0;
  for (const mention of mentions) {
    const count = (counts.get(mention.name) ?? 0) + 1;
    counts.set(mention.name, count);
    if (count > most) {
      best = mention.name === best?.name ? best : mention;
      most = count;
    }
  }
  // The first mention of the most frequent name, so its note points where the name first appears.
  return best === undefined ? undefined : mentions.find((m) => m.name === best.name);
}
