import type { LabelTable } from "../../core/labels";
import type { Locale } from "../../core/locale";
import type { AboutKind } from "../../schemas/labels/observation";
import type { Report } from "../../schemas/report";
import { describeObservation, describeRecord } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import { nestedRecordsOf } from "../nested-records";
import type { ReportRule, ReportRuleContext } from "../report-rule";

const unknownReference = {
  "zh-CN": "{record}引用的{target} {id} 不存在",
  "zh-TW": "{record}引用的{target} {id} 不存在",
  en: "{record} refers to {target} {id}, which does not exist",
};

const leftOutReference = {
  "zh-CN": "{record}引用的{target} {id} 未通过格式检查，无法核对该引用",
  "zh-TW": "{record}引用的{target} {id} 未通過格式檢查，無法核對該引用",
  en: "{record} refers to {target} {id}, which failed its schema, so the reference was not checked",
};

// Where the records of each target live; a carrier or component lives inside brands or campaigns,
// so one of those left out may have held it.
const collectionsOfTarget = {
  unit: ["units"],
  brand: ["brands"],
  campaign: ["campaigns"],
  activity: ["activities"],
  indicator: ["indicators"],
  work_brand: ["brands"],
  carrier: ["brands", "campaigns"],
  component: ["campaigns"],
  agreement: ["agreements"],
  designation: ["designations"],
} as const;

type Target = keyof typeof collectionsOfTarget;

const targetLabels: LabelTable<Target> = {
  unit: { "zh-CN": "单位", "zh-TW": "單位", en: "unit" },
  brand: { "zh-CN": "上级品牌", "zh-TW": "上級品牌", en: "parent brand" },
  campaign: { "zh-CN": "行动", "zh-TW": "行動", en: "campaign" },
  activity: { "zh-CN": "活动", "zh-TW": "活動", en: "activity" },
  indicator: { "zh-CN": "指标", "zh-TW": "指標", en: "indicator" },
  work_brand: { "zh-CN": "工作品牌", "zh-TW": "工作品牌", en: "brand" },
  carrier: { "zh-CN": "阵地", "zh-TW": "陣地", en: "carrier" },
  component: { "zh-CN": "行动分项", "zh-TW": "行動分項", en: "campaign component" },
  agreement: { "zh-CN": "协议", "zh-TW": "協議", en: "agreement" },
  designation: { "zh-CN": "命名表彰", "zh-TW": "命名表彰", en: "designation" },
};

// The target an observation's `about.kind` names (a brand is named as itself, not as a parent).
const aboutTarget: Readonly<Record<AboutKind, Target>> = {
  brand: "work_brand",
  carrier: "carrier",
  campaign: "campaign",
  component: "component",
  activity: "activity",
  agreement: "agreement",
  designation: "designation",
};

/** The ids of the records of each kind an observation can be about. */
function aboutIds(report: Report): Readonly<Record<AboutKind, ReadonlySet<string>>> {
  const nested = nestedRecordsOf(report);
  const idsOf = (kind: "carrier" | "component") =>
    new Set(nested.filter((record) => record.kind === kind).map((record) => record.id));
  return {
    brand: new Set(report.brands.map((record) => record.id)),
    carrier: idsOf("carrier"),
    campaign: new Set(report.campaigns.map((record) => record.id)),
    component: idsOf("component"),
    activity: new Set(report.activities.map((record) => record.id)),
    agreement: new Set(report.agreements.map((record) => record.id)),
    designation: new Set(report.designations.map((record) => record.id)),
  };
}

/** The ids of the records of each kind left out for failing their schema. */
type LeftOutIds = ReadonlyMap<string, ReadonlySet<string>>;

function leftOutIds(leftOut: ReportRuleContext["leftOut"]): LeftOutIds {
  const ids = new Map<string, Set<string>>();
  for (const record of leftOut ?? []) {
    const set = ids.get(record.collection) ?? new Set<string>();
    // A record left out without an id still counts: it may have held a carrier or component.
    set.add(record.id ?? "");
    ids.set(record.collection, set);
  }
  return ids;
}

function referenceChecker(leftOut: LeftOutIds, locale: Locale) {
  return (
    record: string,
    target: Target,
    id: string,
    path: readonly (string | number)[],
  ): Diagnostic => {
    const params = { record, target: targetLabels[target][locale], id };
    const nested = target === "carrier" || target === "component";
    const maybeLeftOut = collectionsOfTarget[target].some((collection) => {
      const ids = leftOut.get(collection);
      return ids !== undefined && (nested ? ids.size > 0 : ids.has(id));
    });
    if (maybeLeftOut) {
      return createDiagnostic("NOT_CHECKED", "warning", path, leftOutReference, locale, params);
    }
    return createDiagnostic("UNKNOWN_REFERENCE", "error", path, unknownReference, locale, params);
  };
}

/**
 * UNKNOWN_REFERENCE: every id a record refers to names a record of the report — a brand's
 * owner unit and parent brand, a campaign's parent, an activity's campaign, an agreement's
 * party units and activity, a unit recipient of a designation, the record an observation is
 * `about` (a brand, carrier, campaign, component, activity, agreement or designation, by id) — and every indicator an
 * observation or target names is defined in the report or known to the validator (standard
 * indicators). A reference to a record left out for failing its schema is not called unknown:
 * a `NOT_CHECKED` warning says it could not be checked.
 *
 * @category report
 * @example
 * ```ts
 * const activity = { id: "a1", name: "云交流", campaignId: "c9", date: "2023-04-26", regionCodes: ["150105"], modality: "online" };
 * const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", activities: [activity] };
 * validateReport(report, { rules: [unknownReferenceRule] }).diagnostics[0]?.message
 * //=> "活动“云交流”（a1）引用的行动 c9 不存在"
 * ```
 */
export const unknownReferenceRule: ReportRule = {
  code: "UNKNOWN_REFERENCE",
  description: {
    "zh-CN": "记录引用的单位、品牌、阵地、行动及其分项、活动、协议、命名表彰和指标都须存在",
    "zh-TW": "記錄引用的單位、品牌、陣地、行動及其分項、活動、協議、命名表彰和指標都須存在",
    en: "the units, brands, carriers, campaigns and components, activities, agreements, designations and indicators records refer to exist",
  },
  check(report, { locale, indicators, leftOut }) {
    const diagnostics: Diagnostic[] = [];
    const reference = referenceChecker(leftOutIds(leftOut), locale);
    const units = new Set<string>(report.units.map((unit) => unit.id));
    const brands = new Set<string>(report.brands.map((brand) => brand.id));
    const campaigns = new Set<string>(report.campaigns.map((campaign) => campaign.id));
    const activities = new Set<string>(report.activities.map((activity) => activity.id));

    report.brands.forEach((brand, index) => {
      const record = describeRecord("brand", brand.name, brand.id, locale);
      if (brand.ownerUnitId !== undefined && !units.has(brand.ownerUnitId)) {
        const path = ["brands", index, "ownerUnitId"];
        diagnostics.push(reference(record, "unit", brand.ownerUnitId, path));
      }
      if (brand.parentBrandId !== undefined && !brands.has(brand.parentBrandId)) {
        const path = ["brands", index, "parentBrandId"];
        diagnostics.push(reference(record, "brand", brand.parentBrandId, path));
      }
    });
    report.campaigns.forEach((campaign, index) => {
      const record = describeRecord("campaign", campaign.name, campaign.id, locale);
      if (campaign.parentId !== undefined && !campaigns.has(campaign.parentId)) {
        const path = ["campaigns", index, "parentId"];
        diagnostics.push(reference(record, "campaign", campaign.parentId, path));
      }
      campaign.components.forEach((component, componentIndex) => {
        component.targets.forEach((target, targetIndex) => {
          if (target.indicatorId === undefined || indicators.has(target.indicatorId)) return;
          const path = [
            "campaigns",
            index,
            "components",
            componentIndex,
            "targets",
            targetIndex,
            "indicatorId",
          ];
          diagnostics.push(reference(record, "indicator", target.indicatorId, path));
        });
      });
    });
    report.activities.forEach((activity, index) => {
      if (activity.campaignId === undefined || campaigns.has(activity.campaignId)) return;
      const record = describeRecord("activity", activity.name, activity.id, locale);
      const path = ["activities", index, "campaignId"];
      diagnostics.push(reference(record, "campaign", activity.campaignId, path));
    });
    report.agreements.forEach((agreement, index) => {
      const record = describeRecord("agreement", agreement.title, agreement.id, locale);
      agreement.parties.forEach((party, partyIndex) => {
        if (party.unitId === undefined || units.has(party.unitId)) return;
        const path = ["agreements", index, "parties", partyIndex, "unitId"];
        diagnostics.push(reference(record, "unit", party.unitId, path));
      });
      if (agreement.activityId !== undefined && !activities.has(agreement.activityId)) {
        const path = ["agreements", index, "activityId"];
        diagnostics.push(reference(record, "activity", agreement.activityId, path));
      }
    });
    report.designations.forEach((designation, index) => {
      const { recipient } = designation;
      if (recipient.type !== "unit" || recipient.id === undefined || units.has(recipient.id)) {
        return;
      }
      const record = describeRecord("designation", designation.title, designation.id, locale);
      const path = ["designations", index, "recipient", "id"];
      diagnostics.push(reference(record, "unit", recipient.id, path));
    });
    const about = report.observations.some((o) => o.about !== undefined)
      ? aboutIds(report)
      : undefined;
    report.observations.forEach((observation, index) => {
      const record = describeObservation(observation, locale);
      if (observation.about !== undefined && about !== undefined) {
        const { kind, id } = observation.about;
        if (!about[kind].has(id)) {
          const path = ["observations", index, "about", "id"];
          diagnostics.push(reference(record, aboutTarget[kind], id, path));
        }
      }
      if (!indicators.has(observation.indicatorId)) {
        const path = ["observations", index, "indicatorId"];
        diagnostics.push(reference(record, "indicator", observation.indicatorId, path));
      }
      if (observation.growthOf !== undefined && !indicators.has(observation.growthOf)) {
        const path = ["observations", index, "growthOf"];
        diagnostics.push(reference(record, "indicator", observation.growthOf, path));
      }
    });
    return diagnostics;
  },
};
