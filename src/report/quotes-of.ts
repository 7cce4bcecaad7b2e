import type { Report } from "../schemas/report";
import { type FigureOwner, quantitiesOf, type ReportQuantity } from "./report-quantities";

/**
 * A quote of a report and where it stands: the words of a figure (`figure` set) or a statement
 * of a campaign component, with the record it belongs to (named by `describeOwner` when a
 * message needs it).
 *
 * @internal
 */
export interface ReportQuote {
  readonly quote: string;
  readonly path: readonly (string | number)[];
  readonly owner: FigureOwner;
  /** The figure the quote is the words of; absent for a statement. */
  readonly figure?: ReportQuantity;
}

/**
 * Every quote a report gives, in report order: the `quote` of every figure wherever it sits
 * (carriers' counts, targets and actuals, activities' figures, observations' figures), then
 * every statement of every campaign component.
 *
 * @internal
 */
export function quotesOf(report: Report): ReportQuote[] {
  const quotes: ReportQuote[] = [];
  for (const figure of quantitiesOf(report)) {
    const { quote } = figure.quantity;
    if (quote === undefined) continue;
    quotes.push({ quote, path: [...figure.path, "quote"], owner: figure.owner, figure });
  }
  report.campaigns.forEach((campaign, index) => {
    campaign.components.forEach((component, c) => {
      const owner: FigureOwner = { kind: "component", campaign, component };
      component.statements.forEach((statement, s) => {
        const path = ["campaigns", index, "components", c, "statements", s];
        quotes.push({ quote: statement, path, owner });
      });
    });
  });
  return quotes;
}
