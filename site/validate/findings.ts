// The findings of validateReport as the page shows them: a summary (verdict, counts, what was
// checked) and one element per diagnostic carrying its code, severity and path.
import {
  builtInReportRules,
  type Diagnostic,
  type Locale,
  type ValidateReportResult,
} from "shiliu";
import { h } from "../shared/element";
import { say } from "../shared/words";
import { pointerOf } from "./json-locations";
import { validateWords } from "./words";

/** The path as a reader writes it: `activities[3].date`. */
export function pathText(path: readonly (string | number)[], locale: Locale): string {
  if (path.length === 0) return say(validateWords, "root", locale);
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join("");
}

/** One list item per diagnostic, in the order validateReport gave them. */
export function diagnosticItems(
  diagnostics: readonly Diagnostic[],
  locale: Locale,
): readonly HTMLLIElement[] {
  return diagnostics.map((diagnostic, index) =>
    h(
      "li",
      {
        id: `diagnostic-${index + 1}`,
        "data-code": diagnostic.code,
        "data-severity": diagnostic.severity,
        "data-path": pointerOf(diagnostic.path),
      },
      h("span", { class: "severity" }, say(validateWords, diagnostic.severity, locale)),
      h("code", { class: "code" }, diagnostic.code),
      h(
        "a",
        { class: "path", href: "#", "data-path-link": index + 1 },
        pathText(diagnostic.path, locale),
      ),
      h("p", { class: "message" }, diagnostic.message),
    ),
  );
}

/** What the regions were checked against, in words. */
export interface CatalogueNote {
  readonly text: string;
}

/** The summary: verdict, counts of errors and warnings, records and rules checked. */
export function summary(
  input: unknown,
  result: ValidateReportResult,
  catalogue: CatalogueNote,
  locale: Locale,
): HTMLElement {
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = result.diagnostics.length - errors;
  const records =
    typeof input === "object" && input !== null && !Array.isArray(input)
      ? Object.entries(input).filter((entry): entry is [string, unknown[]] =>
          Array.isArray(entry[1]),
        )
      : [];
  return h(
    "div",
    {
      class: `summary ${result.ok ? "valid" : "invalid"}`,
      "data-ok": String(result.ok),
      "data-errors": errors,
      "data-warnings": warnings,
    },
    h("p", { class: "verdict" }, say(validateWords, result.ok ? "valid" : "invalid", locale)),
    h("p", { class: "counts" }, say(validateWords, "counts", locale, { errors, warnings })),
    h(
      "div",
      { class: "checked" },
      h(
        "p",
        {},
        say(validateWords, "checkedRecords", locale),
        records.length === 0
          ? say(validateWords, "noRecords", locale)
          : records.map(([key, list]) => `${key} ${list.length}`).join(" · "),
      ),
      h(
        "details",
        { class: "rules" },
        h(
          "summary",
          {},
          say(validateWords, "checkedRules", locale),
          String(builtInReportRules.length),
        ),
        h(
          "ul",
          {},
          ...builtInReportRules.map((rule) =>
            h("li", {}, h("code", { class: "code" }, rule.code), rule.description[locale]),
          ),
        ),
      ),
      h("p", { class: "catalogue-state" }, catalogue.text),
    ),
  );
}
