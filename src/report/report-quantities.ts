import { formatMessage } from "../core/labels";
import type { Locale } from "../core/locale";
import type { Indicator } from "../metric/types";
import type { Activity } from "../schemas/activity";
import type { Brand, Carrier } from "../schemas/brand";
import type { Campaign } from "../schemas/campaign";
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
 * The record a figure or quote belongs to, kept as the records themselves so that it is named
 * (formatted for a message) only when a rule reports it.
 *
 * @internal
 */
export type FigureOwner =
  | { readonly kind: "brand"; readonly brand: Brand; readonly carrier: Carrier }
  | {
      readonly kind: "component";
      readonly campaign: Campaign;
      readonly component: Component;
      readonly carrier?: Carrier;
    }
  | { readonly kind: "campaign"; readonly campaign: Campaign }
  | { readonly kind: "activity"; readonly activity: Activity }
  | { readonly kind: "observation"; readonly observation: Observation };

type Component = Campaign["components"][number];
type Observation = Report["observations"][number];

/**
 * One figure of a report: the quantity, where it is, what it stands for, the record it belongs
 * to and the indicator it measures, when it has one.
 *
 * @internal
 */
export interface ReportQuantity {
  /** The figure, with the words it was read from when it has them (`quantity.quote`). */
  readonly quantity: ReportedQuantity;
  readonly path: readonly (string | number)[];
  readonly role: QuantityRole;
  readonly owner: FigureOwner;
  readonly indicatorId: string | undefined;
}

/**
 * Names a component of a campaign for a message: 行动“五项行动”（five-actions）的分项“铸魂行动”.
 *
 * @internal
 */
export function describeComponent(campaign: string, component: string, locale: Locale): string {
  return formatMessage(componentOf, locale, { campaign, component });
}

function campaignName(campaign: Campaign, locale: Locale): string {
  return describeRecord("campaign", campaign.name, campaign.id, locale);
}

/**
 * Names the record a figure belongs to: 活动“云交流”（a1）, 工作品牌“石榴红”（pomegranate）的阵地“文化长廊”,
 * or an observation by its indicator's name when `indicators` knows it.
 *
 * @internal
 */
export function describeOwner(
  owner: FigureOwner,
  locale: Locale,
  indicators?: ReadonlyMap<string, Indicator>,
): string {
  switch (owner.kind) {
    case "brand": {
      const brand = describeRecord("brand", owner.brand.name, owner.brand.id, locale);
      return formatMessage(carrierOf, locale, { brand, carrier: owner.carrier.name });
    }
    case "component": {
      const campaign = campaignName(owner.campaign, locale);
      const component = describeComponent(campaign, owner.component.name, locale);
      if (owner.carrier === undefined) return component;
      return formatMessage(carrierOf, locale, { brand: component, carrier: owner.carrier.name });
    }
    case "campaign":
      return campaignName(owner.campaign, locale);
    case "activity":
      return describeRecord("activity", owner.activity.name, owner.activity.id, locale);
    case "observation": {
      const { observation } = owner;
      const name =
        indicators === undefined
          ? undefined
          : indicatorName(indicators, observation.indicatorId, locale);
      return describeObservation(observation, locale, name);
    }
  }
}

/** Every figure of one report, found once however many rules ask. */
const found = new WeakMap<Report, readonly ReportQuantity[]>();

/**
 * Every figure of a report, in report order: carriers' counts (under brands and under campaign
 * components), targets and actuals, activities' figures, observations' figures. A frozen report
 * (as the schema returns it) cannot change, so its list is built once however many rules ask.
 *
 * @internal
 */
export function quantitiesOf(report: Report): readonly ReportQuantity[] {
  const frozen = Object.isFrozen(report);
  const known = frozen ? found.get(report) : undefined;
  if (known !== undefined) return known;
  const figures: ReportQuantity[] = [];
  const add = (
    quantity: ReportedQuantity | undefined,
    path: readonly (string | number)[],
    role: QuantityRole,
    owner: FigureOwner,
    indicatorId?: string,
  ): void => {
    if (quantity !== undefined) figures.push({ quantity, path, role, owner, indicatorId });
  };
  report.brands.forEach((brand, index) => {
    brand.carriers.forEach((carrier, c) => {
      add(carrier.count, ["brands", index, "carriers", c, "count"], "carrier_count", {
        kind: "brand",
        brand,
        carrier,
      });
    });
  });
  report.campaigns.forEach((campaign, index) => {
    const owner: FigureOwner = { kind: "campaign", campaign };
    campaign.components.forEach((component, c) => {
      const at = ["campaigns", index, "components", c] as const;
      component.carriers.forEach((carrier, k) => {
        add(carrier.count, [...at, "carriers", k, "count"], "carrier_count", {
          kind: "component",
          campaign,
          component,
          carrier,
        });
      });
      component.targets.forEach((target, t) => {
        const { indicatorId } = target;
        add(target.target, [...at, "targets", t, "target"], "target", owner, indicatorId);
        add(target.actual, [...at, "targets", t, "actual"], "actual", owner, indicatorId);
      });
    });
  });
  const { activities, observations } = report;
  for (let index = 0; index < activities.length; index++) {
    const activity = activities[index] as Activity;
    if (
      activity.participants === undefined &&
      activity.onlineViewers === undefined &&
      activity.pageViews === undefined
    ) {
      continue;
    }
    const owner: FigureOwner = { kind: "activity", activity };
    add(activity.participants, ["activities", index, "participants"], "participants", owner);
    add(activity.onlineViewers, ["activities", index, "onlineViewers"], "viewers", owner);
    add(activity.pageViews, ["activities", index, "pageViews"], "page_views", owner);
  }
  for (let index = 0; index < observations.length; index++) {
    const observation = observations[index] as Observation;
    const owner: FigureOwner = { kind: "observation", observation };
    const { indicatorId } = observation;
    add(observation.value, ["observations", index, "value"], "observation", owner, indicatorId);
    add(
      observation.numerator,
      ["observations", index, "numerator"],
      "numerator",
      owner,
      indicatorId,
    );
    add(
      observation.denominator,
      ["observations", index, "denominator"],
      "denominator",
      owner,
      indicatorId,
    );
  }
  if (frozen) found.set(report, figures);
  return figures;
}
