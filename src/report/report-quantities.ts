import { formatMessage } from "../core/labels";
import type { Locale } from "../core/locale";
import type { Quantity } from "../quantity/types";
import type { Report } from "../schemas/report";
import { describeObservation, describeRecord } from "./describe";

const carrierOf = {
  "zh-CN": "{brand}的阵地“{carrier}”",
  "zh-TW": "{brand}的陣地「{carrier}」",
  en: 'carrier "{carrier}" of {brand}',
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
  readonly quantity: Quantity;
  readonly path: readonly (string | number)[];
  readonly role: QuantityRole;
  readonly record: string;
  readonly indicatorId?: string;
}

/**
 * Every figure of a report, in report order, each collection read once.
 *
 * @internal
 */
export function* quantitiesOf(report: Report, locale: Locale): Generator<ReportQuantity> {
  for (const [index, brand] of report.brands.entries()) {
    for (const [at, carrier] of brand.carriers.entries()) {
      if (carrier.count === undefined) continue;
      yield {
        quantity: carrier.count,
        path: ["brands", index, "carriers", at, "count"],
        role: "carrier_count",
        record: formatMessage(carrierOf, locale, {
          brand: describeRecord("brand", brand.name, brand.id, locale),
          carrier: carrier.name,
        }),
      };
    }
  }
  for (const [index, campaign] of report.campaigns.entries()) {
    const record = describeRecord("campaign", campaign.name, campaign.id, locale);
    for (const [c, component] of campaign.components.entries()) {
      for (const [t, target] of component.targets.entries()) {
        const at = ["campaigns", index, "components", c, "targets", t];
        const indicator =
          target.indicatorId === undefined ? {} : { indicatorId: target.indicatorId };
        yield {
          quantity: target.target,
          path: [...at, "target"],
          role: "target",
          record,
          ...indicator,
        };
        if (target.actual === undefined) continue;
        yield {
          quantity: target.actual,
          path: [...at, "actual"],
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
    const record = describeObservation(observation, locale);
    const { indicatorId } = observation;
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
