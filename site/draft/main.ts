// The draft of a report, as read.html shows it: draftReport on the article, the draft validated
// by validateReport and shown as validate.html shows a report (summary, diagnostics linked to
// their place in the JSON), with the review notes beside it. A classic script (global
// `shiliuDraft`) that read.html loads only when the reader asks for a draft, so the page stays
// small for everyone who only marks figures.
import { type DraftNote, draftReport, type Locale, validateReport } from "shiliu";
import { h } from "../shared/element";
import { say } from "../shared/words";
import { loadCatalogue } from "../validate/catalogue";
import { diagnosticItems, summary } from "../validate/findings";
import { jsonLocations, locate } from "../validate/json-locations";
import { showJson } from "../validate/json-view";
import { draftWords } from "./words";

/** Where the draft is shown. */
export interface DraftView {
  readonly summary: HTMLElement;
  readonly notes: HTMLOListElement;
  readonly diagnostics: HTMLOListElement;
  readonly json: HTMLElement;
}

/** What was shown: how many notes and diagnostics, and whether the draft validates. */
export interface DraftShown {
  readonly notes: number;
  readonly diagnostics: number;
  readonly ok: boolean;
}

function noteItems(notes: readonly DraftNote[]): readonly HTMLLIElement[] {
  return notes.map((note, index) =>
    h(
      "li",
      { id: `note-${index + 1}`, "data-code": note.code, "data-start": note.start },
      h("code", { class: "code" }, note.code),
      note.quote === "" ? "" : h("q", { lang: "zh" }, note.quote),
      h("p", { class: "message" }, note.message),
    ),
  );
}

/**
 * Drafts a report from `text` with the national catalogue (loaded from `catalogueSrc` on first
 * use; without it when it cannot be loaded), validates it against the same catalogue and shows
 * both in `view`, every message in `locale`.
 */
export async function showDraft(
  view: DraftView,
  text: string,
  locale: Locale,
  catalogueSrc: string,
): Promise<DraftShown> {
  const loaded = await loadCatalogue(catalogueSrc).catch(() => undefined);
  const regionIndex = loaded?.index;
  const catalogue =
    loaded === undefined
      ? say(draftWords, "noCatalogue", locale)
      : say(draftWords, "catalogue", locale, { count: loaded.count, asOf: loaded.source.asOf });
  const { report, notes } = draftReport(
    text,
    regionIndex === undefined ? { locale } : { locale, regionIndex },
  );
  const result = validateReport(
    report,
    regionIndex === undefined ? { locale } : { locale, regionIndex },
  );
  const json = JSON.stringify(report, null, 2);
  view.summary.replaceChildren(summary(report, result, { text: catalogue }, locale));
  view.notes.replaceChildren(...noteItems(notes));
  if (notes.length === 0)
    view.notes.replaceChildren(h("li", { class: "empty" }, say(draftWords, "noNotes", locale)));
  view.diagnostics.replaceChildren(...diagnosticItems(result.diagnostics, locale));
  showJson(view.json, json);
  const locations = jsonLocations(json);
  view.diagnostics.onclick = (event) => {
    const link = (event.target as Element).closest("[data-path-link]");
    const path = result.diagnostics[Number(link?.getAttribute("data-path-link")) - 1]?.path;
    if (link === null || path === undefined) return;
    event.preventDefault();
    showJson(view.json, json, locate(locations, path));
  };
  return { notes: notes.length, diagnostics: result.diagnostics.length, ok: result.ok };
}
