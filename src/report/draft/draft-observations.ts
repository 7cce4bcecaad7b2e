import { formatMessage } from "../../core/labels";
import type { Locale } from "../../core/locale";
import { unitOf } from "../../quantity/unit-of";
import type { IndicatorInput } from "../../schemas/indicator";
import type { ObservationInput } from "../../schemas/observation";
import type { ExtractedQuantity } from "../../text/extract-quantities";
import { draftMessages } from "./draft-messages";
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

/** How far before a figure its label may start: the label reader's own reach. */
const LABEL_REACH = 40;
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
): DraftObservations {
  const observations: ObservationInput[] = [];
  const indicators: IndicatorInput[] = [];
  const custom = new Map<string, string>();
  const notes: DraftNote[] = [];
  let previous: { readonly id: string; readonly end: number } | undefined;
  for (const figure of figures) {
    const { quantity } = figure;
    const quoteStart = labelStart(text, figure);
    const quote = text.slice(quoteStart, figure.end);
    let id: string | undefined = matchIndicator(figure.label, quantity.unit);
    if (id === undefined) {
      const name = figure.label ?? figure.text;
      const key = `${name}\u0000${quantity.unit ?? ""}`;
      id = custom.get(key);
      if (id === undefined) {
        id = `draft_indicator_${custom.size + 1}`;
        custom.set(key, id);
        indicators.push(customIndicator(id, name, quantity.unit));
      }
      notes.push({
        code: "indicator_proposed",
        start: quoteStart,
        end: figure.end,
        quote,
        message: formatMessage(draftMessages.indicator_proposed, locale, { label: name }),
      });
    }
    const growthOf =
      id === "growth_rate" &&
      previous !== undefined &&
      previous.id !== "growth_rate" &&
      !CLAUSE_END.test(text.slice(previous.end, figure.start))
        ? previous.id
        : undefined;
    observations.push({
      indicatorId: id,
      ...(growthOf === undefined ? {} : { growthOf }),
      regionCode,
      period,
      value: quantity,
      source: { quote },
    });
    previous = { id, end: figure.end };
  }
  return { observations, indicators, notes };
}

/** Where the figure's quote starts: at its label when the label stands just before it. */
function labelStart(text: string, figure: ExtractedQuantity): number {
  const { label } = figure;
  if (label === undefined) return figure.start;
  const from = Math.max(0, figure.start - LABEL_REACH);
  const at = text.lastIndexOf(label, figure.start);
  if (at < from) return figure.start;
  const between = text.slice(at + label.length, figure.start);
  return /[，。；、,;：:\n]/.test(between) ? figure.start : at;
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
