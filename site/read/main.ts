// read.html: paste an article, see every figure marked in place and listed in a table; ask for a
// draft report and see it validated (the draft script and the national catalogue load on demand).
import { type ExtractedQuantity, extractQuantities } from "shiliu";
import { byId } from "../shared/element";
import { startPageFrame } from "../shared/page-frame";
import { figureDetail } from "./figure-detail";
import { figureRows, markedText } from "./figure-views";
import { loadDraft } from "./load-draft";
import { readWords } from "./words";

const input = byId("text-input", HTMLTextAreaElement);
const marked = byId("marked", HTMLElement);
const rows = byId("figure-rows", HTMLTableSectionElement);
const found = byId("found", HTMLElement);
const detail = byId("figure-detail", HTMLElement);
const draftSection = byId("draft-section", HTMLElement);
const draftState = byId("draft-state", HTMLElement);
const draftButton = byId("draft", HTMLButtonElement);

/** The figures shown, and the one chosen (1-based), if any. */
let shown: readonly ExtractedQuantity[] = [];
let chosen: number | undefined;

const frame = startPageFrame({
  words: readWords,
  hasInput: () => input.value !== "",
  onFragment(fragment) {
    const text = fragment.values.get("text");
    if (text !== undefined) input.value = text;
    render();
  },
  onLocale: () => {
    render();
    if (!draftSection.hidden) void draft();
  },
  shareFields: () => ({ text: input.value }),
});

/** Reads the figures of the text in the box and shows them. */
function render(): void {
  const text = input.value;
  const figures = text === "" ? [] : extractQuantities(text);
  const locale = frame.locale();
  marked.replaceChildren(markedText(text, figures, locale));
  marked.classList.toggle("empty", text === "");
  if (text === "") marked.textContent = frame.say("empty");
  rows.replaceChildren(...figureRows(figures, locale));
  const sameText =
    shown.length === figures.length && shown.every((f, i) => f.text === figures[i]?.text);
  shown = figures;
  if (chosen !== undefined && sameText) select(chosen, "none");
  else {
    chosen = undefined;
    detail.replaceChildren();
  }
  found.textContent =
    text === ""
      ? ""
      : figures.length === 0
        ? frame.say("none")
        : frame.say("found", { count: figures.length });
  // When the figures were on screen, in milliseconds since the page began to load.
  document.documentElement.dataset.figures = String(figures.length);
  document.documentElement.dataset.highlightedAt = performance.now().toFixed(1);
}

let pending: number | undefined;
input.addEventListener("input", () => {
  window.clearTimeout(pending);
  pending = window.setTimeout(() => {
    render();
    frame.remember();
  }, 150);
});
byId("read", HTMLButtonElement).addEventListener("click", () => {
  window.clearTimeout(pending);
  render();
  frame.remember();
});
byId("clear", HTMLButtonElement).addEventListener("click", () => {
  input.value = "";
  render();
  history.replaceState(null, "", `#locale=${frame.locale()}`);
  input.focus();
});

// A figure and its row point at each other.
marked.addEventListener("click", (event) => {
  const mark = (event.target as Element).closest("mark");
  if (mark === null) return;
  select(Number(mark.getAttribute("data-index")), "row");
});
marked.addEventListener("keydown", (event) => {
  const mark = (event.target as Element).closest("mark");
  if (mark === null || (event.key !== "Enter" && event.key !== " ")) return;
  event.preventDefault();
  select(Number(mark.getAttribute("data-index")), "row");
});
rows.addEventListener("click", (event) => {
  const link = (event.target as Element).closest("[data-goto]");
  if (link === null) return;
  event.preventDefault();
  select(Number(link.getAttribute("data-goto")), "mark");
});

function select(index: number, scrollTo: "row" | "mark" | "none"): void {
  for (const element of document.querySelectorAll(".selected"))
    element.classList.remove("selected");
  const mark = document.getElementById(`figure-${index}`);
  const row = document.getElementById(`row-${index}`);
  mark?.classList.add("selected");
  row?.classList.add("selected");
  const figure = shown[index - 1];
  chosen = figure === undefined ? undefined : index;
  detail.replaceChildren(figure === undefined ? "" : figureDetail(figure, index, frame.locale()));
  const target = scrollTo === "row" ? row : scrollTo === "mark" ? mark : null;
  target?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  if (scrollTo === "mark") mark?.focus({ preventScroll: true });
}

/** Drafts a report from the article and shows it validated, loading what it needs first. */
async function draft(): Promise<void> {
  const text = input.value;
  if (text.trim() === "") {
    draftSection.hidden = false;
    draftState.textContent = frame.say("draftEmpty");
    return;
  }
  draftButton.disabled = true;
  draftSection.hidden = false;
  draftState.textContent = frame.say("draftLoading");
  try {
    const script = await loadDraft("assets/draft.js");
    const shown = await script.showDraft(
      {
        summary: byId("draft-summary", HTMLElement),
        notes: byId("draft-notes", HTMLOListElement),
        diagnostics: byId("draft-diagnostics", HTMLOListElement),
        json: byId("draft-json", HTMLElement),
      },
      text,
      frame.locale(),
      "assets/cn-regions.js",
    );
    draftState.textContent = frame.say("drafted", {
      notes: shown.notes,
      diagnostics: shown.diagnostics,
    });
    document.documentElement.dataset.draftNotes = String(shown.notes);
    document.documentElement.dataset.draftDiagnostics = String(shown.diagnostics);
    document.documentElement.dataset.draftedAt = performance.now().toFixed(1);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    draftState.textContent = frame.say("draftFailed", { reason });
  } finally {
    draftButton.disabled = false;
  }
}
draftButton.addEventListener("click", () => void draft());
