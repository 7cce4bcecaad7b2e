// The report as the reader gave it, with the place a diagnostic points at marked.
import type { JsonLocation } from "./json-locations";

/** Shows `text` in `view`, the span of `at` (from its key, when it has one) marked and in sight. */
export function showJson(view: HTMLElement, text: string, at?: JsonLocation): void {
  if (at === undefined) {
    view.textContent = text;
    return;
  }
  const start = at.keyStart ?? at.start;
  const mark = document.createElement("mark");
  mark.className = "at-path";
  mark.textContent = text.slice(start, at.end);
  view.replaceChildren(text.slice(0, start), mark, text.slice(at.end));
  mark.scrollIntoView({ block: "center" });
}
