// What a case study is: one seed article, the report it becomes, where each figure came from,
// and which metrics the article lets us compute.
import type { AboutKind, Comparator, ReportedQuantity, ReportInput } from "../../src/index";

/** A number in the article that is not a reported figure, and why. */
export interface NotAFigure {
  /** The text as it stands in the article, such as `九个一百` or `第七版`. */
  readonly text: string;
  /** Why it is not one of the report's figures. */
  readonly reason: string;
}

/** Where a metric finds one of its operands. */
export type Operand =
  /** The value of the report's one observation of this indicator. */
  | { readonly indicatorId: string }
  /** How many regions of this level the report lists under a region. */
  | { readonly regionsUnder: string; readonly level: "township" | "village" };

/** A metric computed from a case's report through the library's public formulas. */
export type CaseMetric =
  /** A rate reported as a percentage (知晓率达99%), shown as the fraction it stands for. */
  | { readonly kind: "rate"; readonly label: string; readonly indicatorId: string }
  /**
   * Last year's figure from this year's and its growth rate (previousFromGrowth): the growth
   * rate is the observation of `growth_rate` whose `growthOf` is the indicator.
   */
  | { readonly kind: "previous"; readonly label: string; readonly indicatorId: string }
  /** The sum of several counts (addQuantities), keeping their qualifiers. */
  | { readonly kind: "total"; readonly label: string; readonly indicatorIds: readonly string[] }
  /** The share of a whole that a part covers (coverage). */
  | {
      readonly kind: "coverage";
      readonly label: string;
      readonly covered: Operand;
      readonly total: Operand;
    }
  /**
   * The completion of every target of a campaign that reports an actual (completionRate).
   * `sameCount` lists measure words that count the same thing here, such as 篇 and 期 of
   * media reports; any other difference of units is refused.
   */
  | {
      readonly kind: "completion";
      readonly label: string;
      readonly campaignId: string;
      readonly sameCount?: readonly (readonly [string, string])[];
    }
  /** Two operands that must agree, such as 17个街道 and the 17 streets the region has. */
  | {
      readonly kind: "agrees";
      readonly label: string;
      readonly left: Operand;
      readonly right: Operand;
    };

/** One seed article written as a report, with what to check and compute. */
export interface CaseStudy {
  /** The article's file name without `.txt`, such as `saihan-2023`. */
  readonly slug: string;
  /** A short name: region and year, such as `赛罕区 2023`. */
  readonly name: string;
  /** The article text's path from the repository root. */
  readonly article: string;
  /**
   * The text that opens and the text that closes the article proper: what lies outside
   * (site navigation, related links) is not the article's and holds no figure of the report.
   */
  readonly body: { readonly start: string; readonly end: string };
  /** The report the article becomes, as it would be submitted. */
  readonly report: ReportInput;
  /** Numbers in the article body that are not figures: names, ordinals, dates. */
  readonly notFigures: readonly NotAFigure[];
  /** The metrics the article's figures allow. */
  readonly metrics: readonly CaseMetric[];
}

/** A figure of the report with the words of the article it was read from, such as `近4000人`. */
export function quoted(
  quote: string,
  value: number,
  unit: string,
  comparator: Comparator = "eq",
): ReportedQuantity {
  return { value, unit, comparator, quote };
}

/**
 * Makes the `observe` helper of a district's case: an observation of that district's figure with
 * its quote on the figure, and the record it is about when the article ties it to one. Figures of `provisionalPeriod` ("今年", published before the year ended) are the
 * year so far, so their status is provisional (`P`); every other period, and every period when
 * none is given, is final (`A`).
 */
export function districtObserver(regionCode: string, provisionalPeriod?: string) {
  return (
    indicatorId: string,
    period: string,
    value: { readonly value: number; readonly unit: string; readonly comparator: Comparator },
    quote: string,
    about?: { readonly kind: AboutKind; readonly id: string },
  ) => ({
    indicatorId,
    regionCode,
    period,
    value: { ...value, quote },
    status: period === provisionalPeriod ? ("P" as const) : ("A" as const),
    ...(about === undefined ? {} : { about }),
  });
}
