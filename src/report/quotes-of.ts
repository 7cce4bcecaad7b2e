import type { Locale } from "../core/locale";
import type { Indicator } from "../metric/types";
import type { Report } from "../schemas/report";
import { describeRecord } from "./describe";
import { describeComponent, quantitiesOf, type ReportQuantity } from "./report-quantities";

/**
 * A quote of a report and where it stands: the words of a figure (`figure` set) or a statement
 * of a campaign component, with the record it belongs to named for a message.
 *
 * @internal
 */
export interface ReportQuote {
  readonly quote: string;
  readonly path: readonly (string | number)[];
  readonly record: string;
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
export function quotesOf(
  report: Report,
  locale: Locale,
  indicators?: ReadonlyMap<string, Indicator>,
): ReportQuote[] {
  const quotes: ReportQuote[] = [];
  for (const figure of quantitiesOf(report, locale, indicators)) {
    const { quote } = figure.quantity;
    if (quote === undefined) continue;
    quotes.push({ quote, path: [...figure.path, "quote"], record: figure.record, figure });
  }
  for (const [index, campaign] of report.campaigns.entries()) {
    const record = describeRecord("campaign", campaign.name, campaign.id, locale);
    for (const [c, component] of campaign.components.entries()) {
      const owner = describeComponent(record, component.name, locale);
      for (const [s, statement] of component.statements.entries()) {
        const path = ["campaigns", index, "components", c, "statements", s];
        quotes.push({ quote: statement, path, record: owner });
      }
    }
  }
  return quotes;
}
