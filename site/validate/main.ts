// validate.html: paste, drop or choose a report; see every diagnostic validateReport finds, each
// with a link to its place in the report; load the national catalogue to check region codes.
import { type RegionIndex, validateReport } from "shiliu";
import { cases } from "../../examples/cases/index";
import { byId, h } from "../shared/element";
import { startPageFrame } from "../shared/page-frame";
import { loadCatalogue } from "./catalogue";
import { type CatalogueNote, diagnosticItems, summary } from "./findings";
import { jsonErrorOffset } from "./json-error-offset";
import { type JsonLocation, jsonLocations, locate } from "./json-locations";
import { showJson } from "./json-view";
import { validateWords } from "./words";

const catalogueSrc = "assets/cn-regions.js";

const input = byId("report-input", HTMLTextAreaElement);
const caseMenu = byId("case", HTMLSelectElement);
const fileInput = byId("file", HTMLInputElement);
const catalogueButton = byId("catalogue", HTMLButtonElement);
const catalogueState = byId("catalogue-state", HTMLElement);
const summaryBox = byId("summary", HTMLElement);
const list = byId("diagnostics", HTMLOListElement);
const jsonView = byId("json-view", HTMLElement);

let regionIndex: RegionIndex | undefined;
let catalogueText: (() => string) | undefined;
let shown:
  | {
      text: string;
      locations: ReadonlyMap<string, JsonLocation>;
      paths: readonly (readonly (string | number)[])[];
    }
  | undefined;

for (const study of cases) caseMenu.append(h("option", { value: study.slug }, study.name));

const frame = startPageFrame({
  words: validateWords,
  hasInput: () => input.value !== "",
  onFragment(fragment) {
    const report = fragment.values.get("report");
    const chosen = cases.find((study) => study.slug === fragment.values.get("case"));
    if (report !== undefined) input.value = report;
    else if (chosen !== undefined) input.value = JSON.stringify(chosen.report, null, 2);
    caseMenu.value = report === undefined && chosen !== undefined ? chosen.slug : "";
    // The case studies name regions of the national catalogue, so they are checked against it.
    if (fragment.values.get("catalogue") === "national" || caseMenu.value !== "")
      void useCatalogue();
    else render();
  },
  onLocale: () => render(),
  // An unchanged case study travels as its name, anything else as the whole report.
  shareFields: () => ({
    ...(caseMenu.value === "" ? { report: input.value } : { case: caseMenu.value }),
    catalogue: regionIndex === undefined ? undefined : "national",
  }),
});

function catalogueNote(): CatalogueNote {
  return { text: catalogueText?.() ?? frame.say("catalogueAbsent") };
}

/** Validates the text in the box and shows the findings, then stamps the time it took. */
function render(): void {
  show();
  // When the findings were on screen, in milliseconds since the page began to load.
  document.documentElement.dataset.diagnostics = String(list.childElementCount);
  document.documentElement.dataset.validatedAt = performance.now().toFixed(1);
}

function show(): void {
  const text = input.value;
  const locale = frame.locale();
  catalogueState.textContent = catalogueNote().text;
  if (text.trim() === "") {
    summaryBox.replaceChildren(h("p", { class: "empty" }, frame.say("empty")));
    list.replaceChildren();
    jsonView.textContent = "";
    shown = undefined;
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    summaryBox.replaceChildren(h("p", { class: "input-error" }, frame.say("notJson", { reason })));
    list.replaceChildren();
    const offset = jsonErrorOffset(text);
    showJson(
      jsonView,
      text,
      offset === undefined ? undefined : { start: offset, end: Math.min(offset + 1, text.length) },
    );
    shown = undefined;
    return;
  }
  const result = validateReport(
    value,
    regionIndex === undefined ? { locale } : { locale, regionIndex },
  );
  summaryBox.replaceChildren(summary(value, result, catalogueNote(), locale));
  list.replaceChildren(...diagnosticItems(result.diagnostics, locale));
  shown = { text, locations: jsonLocations(text), paths: result.diagnostics.map((d) => d.path) };
  showJson(jsonView, text);
}

async function useCatalogue(): Promise<void> {
  if (regionIndex !== undefined) {
    render();
    return;
  }
  catalogueButton.disabled = true;
  catalogueText = () => frame.say("catalogueLoading");
  render();
  try {
    const loaded = await loadCatalogue(catalogueSrc);
    regionIndex = loaded.index;
    catalogueText = () =>
      frame.say("catalogueLoaded", {
        count: loaded.count,
        list: loaded.source.list,
        asOf: loaded.source.asOf,
      });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    catalogueText = () => frame.say("catalogueFailed", { reason });
    catalogueButton.disabled = false;
  }
  render();
}

let pending: number | undefined;
const validateSoon = () => {
  window.clearTimeout(pending);
  pending = window.setTimeout(() => {
    render();
    frame.remember();
  }, 300);
};
input.addEventListener("input", () => {
  caseMenu.value = "";
  validateSoon();
});
byId("validate", HTMLButtonElement).addEventListener("click", () => {
  window.clearTimeout(pending);
  render();
  frame.remember();
});
caseMenu.addEventListener("change", () => {
  const chosen = cases.find((study) => study.slug === caseMenu.value);
  if (chosen === undefined) return;
  input.value = JSON.stringify(chosen.report, null, 2);
  void useCatalogue().then(() => frame.remember());
});
catalogueButton.addEventListener("click", () => {
  void useCatalogue().then(() => {
    if (input.value !== "") frame.remember();
  });
});

async function readFile(file: File): Promise<void> {
  try {
    input.value = await file.text();
    caseMenu.value = "";
    render();
    frame.remember();
  } catch {
    frame.notify(frame.say("fileFailed", { name: file.name }));
  }
}
fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file !== undefined) void readFile(file);
  fileInput.value = "";
});
const dropZone = byId("input-section", HTMLElement);
dropZone.addEventListener("dragover", (event) => {
  event.preventDefault();
  dropZone.classList.add("drop-target");
});
dropZone.addEventListener("dragleave", () => dropZone.classList.remove("drop-target"));
dropZone.addEventListener("drop", (event) => {
  event.preventDefault();
  dropZone.classList.remove("drop-target");
  const file = event.dataTransfer?.files[0];
  if (file !== undefined) void readFile(file);
});

// A diagnostic's path shows its place in the report.
list.addEventListener("click", (event) => {
  const link = (event.target as Element).closest("[data-path-link]");
  if (link === null || shown === undefined) return;
  event.preventDefault();
  const index = Number(link.getAttribute("data-path-link"));
  const path = shown.paths[index - 1];
  if (path === undefined) return;
  for (const item of list.querySelectorAll(".selected")) item.classList.remove("selected");
  link.closest("li")?.classList.add("selected");
  showJson(jsonView, shown.text, locate(shown.locations, path));
});
