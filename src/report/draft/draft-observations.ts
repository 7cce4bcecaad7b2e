import { formatMessage } from "../../core/labels";
import type { Locale } from "../../core/locale";
import { standardIndicators } from "../../metric/standard-indicators";
import type { Quantity } from "../../quantity/types";
import { unitOf } from "../../quantity/unit-of";
import type { IndicatorInput } from "../../schemas/indicator";
import type { ObservationInput } from "../../schemas/observation";
import type { ExtractedQuantity } from "../../text/extract-quantities";
import { draftMessages } from "./draft-messages";
import { labelStart } from "./figure-quote";
import { matchIndicator } from "./match-indicator";
import type { DraftNote } from "./types";

/**
 * The observations of a draft, the custom indicators they need, and the notes about them.
 *
 * @internal
 */
export interface DraftObservations {
  readonly observations: readonly ObservationInput[];
  readonly indicators: readonly IndicatorInput[];
  readonly notes: readonly DraftNote[];
}

/** A growth rate opening the next sentence is at most this far from its figure. */
const NEXT_SENTENCE_REACH = 12;
/** How far around a figure its words are read, and what ends them. */
const WORDS_REACH = 24;
const WORD_END = /[，,。；;、：:！？!?\n（(]/;
/** Words that end a clause: a growth rate belongs to the figure of its own clause only. */
const CLAUSE_END = /[。；;！？!?\n]/;

/**
 * One observation per figure, its indicator matched by label, or a proposed custom indicator (one
 * per label and unit) with a note. A growth rate right after a figure of its clause is the growth
 * of that figure's indicator (地区生产总值363.1亿元、增速6.7%).
 *
 * @internal
 */
export function draftObservations(
  text: string,
  figures: readonly ExtractedQuantity[],
  regionCode: string,
  period: string,
  locale: Locale,
  taken: ReadonlySet<ExtractedQuantity>,
): DraftObservations {
  const observations: ObservationInput[] = [];
  const indicators: IndicatorInput[] = [];
  const custom = new Map<string, string>();
  const notes: DraftNote[] = [];
  let previous: { readonly id: string; readonly end: number; readonly label?: string } | undefined;
  const seen = new Map<string, { readonly quote: string; readonly value: Quantity }>();
  const propose = (name: string, unit: string | undefined, fresh: boolean): string => {
    const key = `${name}\u0000${unit ?? ""}`;
    const known = fresh ? undefined : custom.get(key);
    if (known !== undefined) return known;
    const id = `draft_indicator_${indicators.length + 1}`;
    custom.set(key, id);
    indicators.push(customIndicator(id, name, unit));
    return id;
  };
  for (const figure of figures) {
    // A figure a record holds (a carrier's count, an activity's audience) is quoted there.
    if (taken.has(figure)) continue;
    const { quantity } = figure;
    const quoteStart = labelStart(text, figure);
    const quote = text.slice(quoteStart, figure.end);
    const name = figure.label ?? figure.text;
    const located = { start: quoteStart, end: figure.end, quote };
    let id: string =
      matchIndicator(figure.label, quantity.unit) ??
      matchIndicator(wordsAfter(text, figure), quantity.unit) ??
      matchIndicator(wordsAround(text, figure, previous), quantity.unit) ??
      propose(name, quantity.unit, false);
    const growthOf =
      id === "growth_rate" &&
      previous !== undefined &&
      previous.id !== "growth_rate" &&
      growsFrom(text.slice(previous.end, figure.start))
        ? previous.id
        : undefined;
    const slot = `${id}\u0000${growthOf ?? ""}`;
    const earlier = seen.get(slot);
    if (earlier !== undefined && earlier.quote === quote && sameFigure(earlier.value, quantity)) {
      // The same words with the same figure again (a page that repeats a paragraph): one observation.
      notes.push({
        code: "figure_repeated",
        ...located,
        message: formatMessage(draftMessages.figure_repeated, locale, { quote }),
      });
      // The growth rate after a repeated figure is that figure's, repeated too.
      previous = {
        id,
        end: figure.end,
        ...(figure.label === undefined ? {} : { label: figure.label }),
      };
      continue;
    }
    // One observation per indicator, region and period: another figure of a taken indicator (省级示范单位4个,
    // 市级示范单位11个) is proposed an indicator of its own.
    if (earlier !== undefined) id = propose(name, quantity.unit, true);
    if (!isStandard(id)) {
      notes.push({
        code: "indicator_proposed",
        ...located,
        message: formatMessage(draftMessages.indicator_proposed, locale, { label: name }),
      });
    }
    seen.set(`${id}\u0000${growthOf ?? ""}`, { quote, value: quantity });
    observations.push({
      indicatorId: id,
      ...(growthOf === undefined ? {} : { growthOf }),
      regionCode,
      period,
      value: { ...quantity, quote },
    });
    previous = {
      id,
      end: figure.end,
      ...(figure.label === undefined ? {} : { label: figure.label }),
    };
  }
  return { observations, indicators, notes };
}

/** What a figure counts when that follows it (96家新时代文明实践中心). */
function wordsAfter(text: string, figure: ExtractedQuantity): string {
  let end = figure.end;
  const limit = Math.min(text.length, figure.end + WORDS_REACH);
  while (end < limit && !WORD_END.test(text.charAt(end))) end++;
  return text.slice(figure.end, end);
}

/**
 * The words a figure is read by when neither its label nor what follows it names an indicator:
 * the label of the figure before when the two share it (少数民族43个、4.3万余人), else its clause up
 * to it (网格员培训专题培训班17期).
 */
function wordsAround(
  text: string,
  figure: ExtractedQuantity,
  previous: { readonly end: number; readonly label?: string } | undefined,
): string | undefined {
  if (
    previous?.label !== undefined &&
    figure.label === undefined &&
    /^[、，,]$/.test(text.slice(previous.end, figure.start))
  )
    return previous.label;
  let start = figure.start;
  const reach = Math.max(0, figure.start - WORDS_REACH);
  while (start > reach && !WORD_END.test(text.charAt(start - 1))) start--;
  return text.slice(start, figure.start);
}

/**
 * Whether a growth rate is of the figure before it, given the words between: the same clause
 * (地区生产总值363.1亿元、增速6.7%), or the next sentence when it opens with the rate and nothing else
 * stands between (全年接待游客120万人次。同比增长15%).
 */
function growsFrom(between: string): boolean {
  if (!CLAUSE_END.test(between)) return true;
  return (
    between.length <= NEXT_SENTENCE_REACH &&
    /^[^。；;！？!?\n]*[。；;][^。；;！？!?\n]*$/.test(between)
  );
}

function customIndicator(id: string, name: string, unit: string | undefined): IndicatorInput {
  const kind = unit === undefined ? "count" : unitOf(unit).kind;
  if (kind === "ratio") {
    return { id, name: { "zh-CN": name }, kind: "ratio", unit: unit ?? "%", aggregation: "none" };
  }
  const amount = kind === "amount";
  return {
    id,
    name: { "zh-CN": name },
    kind: amount ? "amount" : "count",
    ...(unit === undefined ? {} : { unit }),
    aggregation: "sum",
  };
}

function sameFigure(a: Quantity, b: Quantity): boolean {
  return (
    a.value === b.value && a.unit === b.unit && a.comparator === b.comparator && a.upper === b.upper
  );
}

function isStandard(id: string): boolean {
  return Object.hasOwn(standardIndicators, id);
}
