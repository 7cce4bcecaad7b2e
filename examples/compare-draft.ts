// Compares the report draftReport reads from a seed article with the case study written by hand
// from the same article: which of the case's figures and records the draft got right, which it
// missed, and what it added. Pure: the caller reads the article and prints the result.
import {
  draftReport,
  type Quantity,
  type RegionIndex,
  type ReportInput,
  standardIndicators,
} from "../src/index";
import { toSimplified } from "../src/script/index";
import type { CaseStudy } from "./cases/case-study";
import { quantitiesOf } from "./check-case";

/** The record kinds compared by name (brands, campaigns …) or title (agreements, designations). */
export const recordKinds = [
  "brands",
  "campaigns",
  "activities",
  "agreements",
  "designations",
] as const;

/** What is compared: the figures, the standard indicators, and each record kind. */
export type ComparedKind = "figures" | "indicators" | (typeof recordKinds)[number];

/** One kind compared: the case's items the draft holds, those it misses, and what it adds. */
export interface Comparison {
  /** The case's items the draft holds too. */
  readonly right: readonly string[];
  /** The case's items the draft does not hold. */
  readonly missed: readonly string[];
  /** The draft's items the case does not hold. */
  readonly added: readonly string[];
}

/** A draft compared with its case, kind by kind. */
export interface DraftComparison {
  readonly slug: string;
  readonly report: ReportInput;
  readonly kinds: { readonly [kind in ComparedKind]: Comparison };
}

/**
 * Two figures are the same when value, unit, comparator and upper end agree (precision is how it
 * was written, not what it says).
 */
export function sameFigure(a: Quantity, b: Quantity): boolean {
  return (
    a.value === b.value && a.unit === b.unit && a.comparator === b.comparator && a.upper === b.upper
  );
}

/**
 * A name as compared: in simplified characters, without quotation marks or book-title marks
 * (which quote a name, they are not part of it), without spaces, and with full-width punctuation
 * folded (，→ ,), so “大地欢歌 魅力昆河” nested as '…' and the same name nested as “…” compare equal.
 */
export function nameKey(name: string): string {
  return toSimplified(name.normalize("NFKC"))
    .replace(/[“”‘’"'「」『』《》〈〉\s]/g, "")
    .trim();
}

function figureText(q: Quantity): string {
  const upper = q.upper === undefined ? "" : `–${q.upper}`;
  return `${q.comparator === "eq" ? "" : `${q.comparator} `}${q.value}${upper}${q.unit ?? ""}`;
}

function namesOf(report: ReportInput, kind: (typeof recordKinds)[number]): string[] {
  const records = (report[kind] ?? []) as readonly { name?: string; title?: string }[];
  return records.map((record) => record.title ?? record.name ?? "");
}

function compareNames(wanted: readonly string[], drafted: readonly string[]): Comparison {
  const draftedKeys = new Set(drafted.map(nameKey));
  const wantedKeys = new Set(wanted.map(nameKey));
  return {
    right: wanted.filter((name) => draftedKeys.has(nameKey(name))),
    missed: wanted.filter((name) => !draftedKeys.has(nameKey(name))),
    added: drafted.filter((name) => !wantedKeys.has(nameKey(name))),
  };
}

function compareFigures(wanted: readonly Quantity[], drafted: readonly Quantity[]): Comparison {
  return {
    right: wanted.filter((q) => drafted.some((d) => sameFigure(d, q))).map(figureText),
    missed: wanted.filter((q) => !drafted.some((d) => sameFigure(d, q))).map(figureText),
    added: drafted.filter((d) => !wanted.some((q) => sameFigure(d, q))).map(figureText),
  };
}

function compareIndicators(study: CaseStudy, report: ReportInput): Comparison {
  const standard = (study.report.observations ?? []).filter(
    (o) => o.value !== undefined && Object.hasOwn(standardIndicators, o.indicatorId),
  );
  const drafted = (report.observations ?? []).filter(
    (o) => o.value !== undefined && Object.hasOwn(standardIndicators, o.indicatorId),
  );
  const same = (a: (typeof standard)[number], b: (typeof drafted)[number]) =>
    a.indicatorId === b.indicatorId && sameFigure(a.value as Quantity, b.value as Quantity);
  const text = (o: (typeof standard)[number]) =>
    `${o.indicatorId} ${figureText(o.value as Quantity)}`;
  return {
    right: standard.filter((o) => drafted.some((d) => same(o, d))).map(text),
    missed: standard.filter((o) => !drafted.some((d) => same(o, d))).map(text),
    added: drafted
      .filter((d) => standard.every((o) => !same(o, d)))
      .filter((d) => standard.some((o) => sameFigure(o.value as Quantity, d.value as Quantity)))
      .map(text),
  };
}

/**
 * Drafts the case's article and compares the draft with the case. Figures count against every
 * quantity of the case (observations, carriers, targets, activities); indicators against the
 * case's observations of a standard indicator (an added one is a figure the draft gives another
 * standard indicator); records by name or title (`nameKey`).
 */
export function compareDraft(
  study: CaseStudy,
  article: string,
  regionIndex: RegionIndex,
): DraftComparison {
  const { report } = draftReport(article, { regionIndex });
  const drafted = quantitiesOf(report).map(([, q]) => q);
  const wanted = quantitiesOf(study.report).map(([, q]) => q);
  const records = Object.fromEntries(
    recordKinds.map((kind) => [
      kind,
      compareNames(namesOf(study.report, kind), namesOf(report, kind)),
    ]),
  ) as { readonly [kind in (typeof recordKinds)[number]]: Comparison };
  return {
    slug: study.slug,
    report,
    kinds: {
      figures: compareFigures(wanted, drafted),
      indicators: compareIndicators(study, report),
      ...records,
    },
  };
}

/** The share of the case's items the draft holds, over several comparisons: `[right, of]`. */
export function shareOf(
  comparisons: readonly DraftComparison[],
  kind: ComparedKind,
): readonly [right: number, of: number] {
  let right = 0;
  let of = 0;
  for (const comparison of comparisons) {
    right += comparison.kinds[kind].right.length;
    of += comparison.kinds[kind].right.length + comparison.kinds[kind].missed.length;
  }
  return [right, of];
}
