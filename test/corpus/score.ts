/**
 * Scores `extractQuantities` against the hand-annotated articles in `articles/`: each `.txt` is
 * an article as published, each `.json` beside it holds its URL, every figure a careful reader
 * finds (in order of appearance) and the number-like words that are not figures (traps).
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ExtractedQuantity } from "../../src/text/extract-quantities";

const ARTICLES = resolve(import.meta.dirname, "articles");

export interface AnnotatedFigure {
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly comparator: string;
  readonly upper?: number;
  readonly precision?: number;
  readonly label?: string;
}

export interface Trap {
  readonly text: string;
  readonly kind: string;
}

export interface Article {
  readonly name: string;
  readonly url: string;
  readonly place: string;
  readonly script: string;
  readonly text: string;
  readonly figures: readonly AnnotatedFigure[];
  readonly traps: readonly Trap[];
}

/** Every annotated article, by file name. */
export function loadCorpus(): Article[] {
  return readdirSync(ARTICLES)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".json".length);
      const annotation = JSON.parse(readFileSync(resolve(ARTICLES, file), "utf8"));
      const text = readFileSync(resolve(ARTICLES, `${name}.txt`), "utf8");
      return { name, text, ...annotation } as Article;
    });
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where each annotated figure is: searched in order, each after the one before. */
export function locateFigures(article: Article): Span[] {
  let cursor = 0;
  return article.figures.map((figure) => {
    let start = article.text.indexOf(figure.text, cursor);
    // 200 个 is not the tail of 1200 个.
    while (start > 0 && /[0-9.]/.test(article.text.charAt(start - 1))) {
      start = article.text.indexOf(figure.text, start + 1);
    }
    if (start === -1) {
      throw new Error(`${article.name}: annotated figure ${figure.text} not found after ${cursor}`);
    }
    cursor = start + 1;
    return { start, end: start + figure.text.length };
  });
}

/** Every occurrence of every trap. */
export function locateTraps(article: Article): Span[] {
  const spans: Span[] = [];
  for (const trap of article.traps) {
    let from = article.text.indexOf(trap.text);
    if (from === -1) throw new Error(`${article.name}: trap ${trap.text} not found`);
    while (from !== -1) {
      spans.push({ start: from, end: from + trap.text.length });
      from = article.text.indexOf(trap.text, from + 1);
    }
  }
  return spans;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function sameNumber(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

/** One disagreement, for the report of a failing run. */
export interface Miss {
  readonly article: string;
  readonly kind: "missed" | "inexact" | "false" | "trap" | "label" | "precision";
  readonly detail: string;
}

export interface Score {
  readonly annotated: number;
  readonly extracted: number;
  readonly found: number;
  readonly exact: number;
  readonly labelAgreeing: number;
  readonly precisionAgreeing: number;
  readonly exactSpans: number;
  readonly falseFigures: number;
  readonly trapHits: number;
  readonly misses: readonly Miss[];
}

/** Recall, precision, exact match and label agreement of `extract` on `articles`. */
export function score(
  articles: readonly Article[],
  extract: (text: string) => readonly ExtractedQuantity[],
): Score {
  let annotated = 0;
  let extracted = 0;
  let found = 0;
  let exact = 0;
  let labelAgreeing = 0;
  let precisionAgreeing = 0;
  let exactSpans = 0;
  let falseFigures = 0;
  let trapHits = 0;
  const misses: Miss[] = [];
  for (const article of articles) {
    const spans = locateFigures(article);
    const traps = locateTraps(article);
    const results = extract(article.text);
    const used = new Set<number>();
    annotated += spans.length;
    extracted += results.length;
    article.figures.forEach((figure, index) => {
      const span = spans[index] as Span;
      const at = results.findIndex((result, k) => !used.has(k) && overlaps(result, span));
      if (at === -1) {
        misses.push({ article: article.name, kind: "missed", detail: figure.text });
        return;
      }
      used.add(at);
      found++;
      const result = results[at] as ExtractedQuantity;
      const q = result.quantity as ExtractedQuantity["quantity"] & {
        readonly upper?: number;
        readonly precision?: number;
      };
      if (result.start === span.start && result.end === span.end) exactSpans++;
      if (
        sameNumber(q.value, figure.value) &&
        q.unit === figure.unit &&
        q.comparator === figure.comparator &&
        sameNumber(q.upper, figure.upper)
      ) {
        exact++;
      } else {
        misses.push({
          article: article.name,
          kind: "inexact",
          detail: `${figure.text}: read ${JSON.stringify(q)}, annotated ${figure.value} ${figure.unit} ${figure.comparator}${figure.upper === undefined ? "" : `–${figure.upper}`}`,
        });
      }
      if (sameNumber(q.precision ?? 1, figure.precision ?? 1)) precisionAgreeing++;
      else {
        misses.push({
          article: article.name,
          kind: "precision",
          detail: `${figure.text}: read ${q.precision}, annotated ${figure.precision}`,
        });
      }
      if (result.label === figure.label) labelAgreeing++;
      else {
        misses.push({
          article: article.name,
          kind: "label",
          detail: `${figure.text}: read ${result.label}, annotated ${figure.label}`,
        });
      }
    });
    results.forEach((result, k) => {
      if (used.has(k)) return;
      falseFigures++;
      misses.push({ article: article.name, kind: "false", detail: result.text });
      if (traps.some((trap) => overlaps(trap, result))) {
        trapHits++;
        misses.push({ article: article.name, kind: "trap", detail: result.text });
      }
    });
  }
  return {
    annotated,
    extracted,
    found,
    exact,
    labelAgreeing,
    precisionAgreeing,
    exactSpans,
    falseFigures,
    trapHits,
    misses,
  };
}
