// The card that shows one chosen figure in full beside the article: everything its row says.
import type { ExtractedQuantity, Locale } from "shiliu";
import { h } from "../shared/element";
import { say } from "../shared/words";
import { describeFigure } from "./describe-figure";
import { readWords } from "./words";

/** A definition list of the figure: as written, reads as, value, unit, qualifier, bounds … */
export function figureDetail(
  figure: ExtractedQuantity,
  index: number,
  locale: Locale,
): HTMLElement {
  const described = describeFigure(figure, locale);
  const entries: readonly (readonly [string, string])[] = [
    ["columnText", figure.text],
    ["columnReads", described.reads],
    ["columnValue", described.value],
    ["columnUnit", described.unit],
    ["columnQualifier", described.qualifier],
    ["columnBounds", described.bounds],
    ["columnWrittenTo", described.writtenTo],
    ["columnLabel", described.label],
  ];
  return h(
    "dl",
    { class: "figure-detail", "data-index": index },
    ...entries.flatMap(([key, value]) => [
      h("dt", {}, say(readWords, key, locale)),
      h("dd", { "data-field": key }, value),
    ]),
  );
}
