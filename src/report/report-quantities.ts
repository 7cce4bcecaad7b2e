import { formatMessage } from "../core/labels";
import type { Locale } from "../core/locale";
import type { Indicator } from "../metric/types";
import type { Carrier } from "../schemas/brand";
import type { ReportedQuantity } from "../schemas/quantity";
import type { Report } from "../schemas/report";
import { describeObservation, describeRecord } from "./describe";
import { indicatorName } from "./figures";

const carrierOf = {
  "zh-CN": "{brand}的阵地“{carrier}”",
  "zh-TW": "{brand}的陣地「{carrier}」",
  en: 'carrier "{carrier}" of {brand}',
};

const componentOf = {
  "zh-CN": "{campaign}的分项“{component}”",
  "zh-TW": "{campaign}的分項「{component}」",
  en: 'component "{component}" of {campaign}',
};

/**
 * What a figure of a report stands for, which decides the units it may have: an activity's
 * participants or online viewers are people, its page views visits, a carrier's count a count of
 * things; a target and its actual, and an observation's figures, are in their indicator's unit.
 *
 * @internal
 */
export type QuantityRole =
  | "participants"
  | "viewers"
  | "page_views"
  | "carrier_count"
  | "target"
  | "actual"
  | "observation"
  | "numerator"
  | "denominator";

/**
 * One figure of a report: the quantity, where it is, what it stands for, the record it belongs
 * to (named for a message) and the indicator it measures, when it has one.
 *
 * @internal
 */
export interface ReportQuantity {
  /** The figure, with the words it was read from when it has them (`quantity.quote`). */
  readonly quantity: ReportedQuantity;
  readonly path: readonly (string | number)[];
  readonly role: QuantityRole;
  readonly record: string;
  readonly indicatorId?: string;
}

/**
 * Names a component of a campaign for a message: 行动“五项行动”（five-actions）的分项“铸魂行动”.
 *
 * @internal
 */
export function describeComponent(campaign: string, component: string, locale: Locale): string {
  return formatMessage(componentOf, locale, { campaign, component });
}

function* carrierCounts(
  carriers: readonly Carrier[],
  owner: string,
  at: readonly (string | number)[],
  locale: Locale,
): Generator<ReportQuantity> {
  for (const [index, carrier] of carriers.entries()) {
    if (carrier.count === undefined) continue;
    yield {
      quantity: carrier.count,
      path: [...at, index, "count"],
      role: "carrier_count",
      record: formatMessage(carrierOf, locale, { brand: owner, carrier: carrier.name }),
    };
  }
}

/**
 * Every figure of a report, in report order, each collection read once: carriers' counts (under
 * brands and under campaign components), targets and actuals, activities' figures, observations'
 * figures. With `indicators`, an observation is named by its indicator's name, not its id.
 *
 * @internal
 */
export function* quantitiesOf(
  report: Report,
  locale: Locale,
  indicators?: ReadonlyMap<string, Indicator>,
): Generator<ReportQuantity> {
  for (const [index, brand] of report.brands.entries()) {
    const owner = describeRecord("brand", brand.name, brand.id, locale);
    yield* carrierCounts(brand.carriers, owner, ["brands", index, "carriers"], locale);
  }
  for (const [index, campaign] of report.campaigns.entries()) {
    const record = describeRecord("campaign", campaign.name, campaign.id, locale);
    for (const [c, component] of campaign.components.entries()) {
      const at = ["campaigns", index, "components", c];
      const owner = describeComponent(record, component.name, locale);
      yield* carrierCounts(component.carriers, owner, [...at, "carriers"], locale);
      for (const [t, target] of component.targets.entries()) {
        const place = [...at, "targets", t];
        const indicator =
          target.indicatorId === undefined ? {} : { indicatorId: target.indicatorId };
        yield {
          quantity: target.target,
          path: [...place, "target"],
          role: "target",
          record,
          ...indicator,
        };
        if (target.actual === undefined) continue;
        yield {
          quantity: target.actual,
          path: [...place, "actual"],
          role: "actual",
          record,
          ...indicator,
        };
      }
    }
  }
  for (const [index, activity] of report.activities.entries()) {
    const record = describeRecord("activity", activity.name, activity.id, locale);
    const at = ["activities", index];
    if (activity.participants !== undefined) {
      yield {
        quantity: activity.participants,
        path: [...at, "participants"],
        role: "participants",
        record,
      };
    }
    if (activity.onlineViewers !== undefined) {
      yield {
        quantity: activity.onlineViewers,
        path: [...at, "onlineViewers"],
        role: "viewers",
        record,
      };
    }
    if (activity.pageViews !== undefined) {
      yield {
        quantity: activity.pageViews,
        path: [...at, "pageViews"],
        role: "page_views",
        record,
      };
    }
  }
  for (const [index, observation] of report.observations.entries()) {
    const { indicatorId } = observation;
    const name =
      indicators === undefined ? undefined : indicatorName(indicators, indicatorId, locale);
    const record = describeObservation(observation, locale, name);
    const at = ["observations", index];
    if (observation.value !== undefined) {
      yield {
        quantity: observation.value,
        path: [...at, "value"],
        role: "observation",
        record,
        indicatorId,
      };
    }
    if (observation.numerator !== undefined) {
      yield {
        quantity: observation.numerator,
        path: [...at, "numerator"],
        role: "numerator",
        record,
        indicatorId,
      };
    }
    if (observation.denominator !== undefined) {
      yield {
        quantity: observation.denominator,
        path: [...at, "denominator"],
        role: "denominator",
        record,
        indicatorId,
      };
    }
  }
}
