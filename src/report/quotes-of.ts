import type { Report } from "../schemas/report";

/**
 * A quote of a report and where it stands.
 *
 * @internal
 */
export interface ReportQuote {
  readonly quote: string;
  readonly path: readonly (string | number)[];
  /** The observation that quotes it. */
  readonly index: number;
}

/**
 * Every quote a report gives for its figures: each observation's `source.quote`.
 *
 * @internal
 */
export function quotesOf(report: Report): ReportQuote[] {
  const quotes: ReportQuote[] = [];
  report.observations.forEach((observation, index) => {
    const quote = observation.source?.quote;
    if (quote === undefined) return;
    quotes.push({ quote, path: ["observations", index, "source", "quote"], index });
  });
  return quotes;
}
