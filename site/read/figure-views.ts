// The two views of the figures found: the article with each figure marked in place, and the
// table beside it. Each figure is a <mark> carrying the library's quantity as data attributes.
import type { ExtractedQuantity, Locale } from "shiliu";
import { h } from "../shared/element";
import { describeFigure, quantityFields } from "./describe-figure";

/** The article text as nodes, each figure wrapped in its <mark>. */
export function markedText(
  text: string,
  figures: readonly ExtractedQuantity[],
  locale: Locale,
): DocumentFragment {
  const nodes = document.createDocumentFragment();
  let at = 0;
  figures.forEach((figure, index) => {
    if (figure.start < at) return; // overlapping spans: the first one read wins
    nodes.append(text.slice(at, figure.start));
    const described = describeFigure(figure, locale);
    const mark = h(
      "mark",
      {
        id: `figure-${index + 1}`,
        tabindex: 0,
        "data-index": index + 1,
        "data-label": figure.label,
        title: [described.reads, described.qualifier, described.bounds, described.label].join(
          " · ",
        ),
      },
      text.slice(figure.start, figure.end),
    );
    for (const [name, value] of quantityFields(figure.quantity)) mark.dataset[name] = value;
    nodes.append(mark);
    at = figure.end;
  });
  nodes.append(text.slice(at));
  return nodes;
}

/** One table row per figure, in reading order. */
export function figureRows(
  figures: readonly ExtractedQuantity[],
  locale: Locale,
): readonly HTMLTableRowElement[] {
  return figures.map((figure, index) => {
    const described = describeFigure(figure, locale);
    return h(
      "tr",
      { id: `row-${index + 1}`, "data-index": index + 1 },
      h(
        "td",
        { class: "number" },
        h("a", { href: `#figure-${index + 1}`, "data-goto": index + 1 }, index + 1),
      ),
      h("td", { lang: "zh" }, figure.text),
      h("td", { class: "reads" }, described.reads),
      h("td", { class: "number" }, described.value),
      h("td", {}, described.unit),
      h("td", {}, described.qualifier),
      h("td", { class: "bounds" }, described.bounds),
      h("td", { class: "written-to" }, described.writtenTo),
      h("td", {}, described.label),
    );
  });
}
