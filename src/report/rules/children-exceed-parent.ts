import { ShiliuError } from "../../core/shiliu-error";
import { addQuantities } from "../../quantity/add-quantities";
import { formatQuantity, shownQuantity } from "../../quantity/format-quantity";
import type { Quantity } from "../../quantity/types";
import { parentCodeOf } from "../../region/parent-code-of";
import { describeObservation } from "../describe";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import { certainlyGreater, indicatorName } from "../figures";
import type { ReportRule } from "../report-rule";

const exceeds = {
  "zh-CN": "{record}为 {parent}，小于其下级地区 {children} 的合计 {sum}",
  "zh-TW": "{record}為 {parent}，小於其下級地區 {children} 的合計 {sum}",
  en: "{record} is {parent}, less than the {sum} its subregions {children} add up to",
};

/** The same, when the subregions are more than the message names. */
const exceedsMany = {
  "zh-CN":
    "{record}为 {parent}，小于其 {count} 个下级地区（{children} 等，另有 {more} 个）的合计 {sum}",
  "zh-TW":
    "{record}為 {parent}，小於其 {count} 個下級地區（{children} 等，另有 {more} 個）的合計 {sum}",
  en: "{record} is {parent}, less than the {sum} its {count} subregions ({children} and {more} more) add up to",
};

/** How many subregions a message names; the rest are counted. */
const NAMED_CHILDREN = 5;

interface Located {
  readonly index: number;
  readonly regionCode: string;
  readonly value: Quantity;
}

/** The nearest region above `code` that has a figure of its own, if any. */
function observedParent(
  code: string,
  observed: ReadonlyMap<string, Located>,
  parentOf: (code: string) => string | undefined,
): string | undefined {
  let parent = parentOf(code);
  while (parent !== undefined && !observed.has(parent)) parent = parentOf(parent);
  return parent;
}

/** `parentCodeOf`, remembered: every indicator and period of a report walks the same codes. */
function rememberedParents(): (code: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (code) => {
    if (known.has(code)) return known.get(code);
    const parent = parentCodeOf(code);
    known.set(code, parent);
    return parent;
  };
}

function sumOf(values: readonly Quantity[]): Quantity | undefined {
  const [first, ...rest] = values;
  if (first === undefined) return undefined;
  try {
    return addQuantities(first, ...rest);
  } catch (error) {
    // Figures in different units do not add up; there is nothing to compare.
    if (error instanceof ShiliuError) return undefined;
    throw error;
  }
}

/**
 * CHILDREN_EXCEED_PARENT: for an indicator that sums across regions (`aggregation: "sum"`),
 * the figures of a region's subregions for a period do not add up to more than the region's
 * own figure. A subregion counts toward its nearest ancestor that has a figure, judged by the
 * codes, so nothing is counted twice. Qualifiers are respected: it is an error only when the
 * least the children may add up to exceeds the most the parent may be (3个以上 and 2个 exceed
 * 4个; 近5万人 and 1万人 may not exceed 5万人). The figures are written exactly when their rounded
 * forms would not show the excess (12.3457万 against 12.3456万, not 12.35万 against 12.35万), and
 * the message names at most five subregions, saying how many more there are.
 *
 * @category report
 * @example
 * ```ts
 * const units = (regionCode: string, value: number) => ({ indicatorId: "demonstration_units", regionCode, period: "2023", value: { value, unit: "个" } });
 * const observations = [units("150100", 10), units("150105", 6), units("150102", 7)];
 * const report = { id: "r", title: "报告", regionCode: "150100", period: "2023", observations };
 * validateReport(report, { rules: [childrenExceedParentRule] }).diagnostics[0]?.message
 * //=> "观测值（示范单位数，地区 150100，2023）为 10个，小于其下级地区 150105、150102 的合计 13个"
 * ```
 */
export const childrenExceedParentRule: ReportRule = {
  code: "CHILDREN_EXCEED_PARENT",
  description: {
    "zh-CN": "可加总指标的下级地区合计不超过上级地区的数值",
    "zh-TW": "可加總指標的下級地區合計不超過上級地區的數值",
    en: "for a summable indicator, subregions do not add up to more than their region",
  },
  check(report, { locale, indicators }) {
    const groups = new Map<string, Map<string, Located>>();
    for (const [index, observation] of report.observations.entries()) {
      const { value } = observation;
      // A figure about one record (an activity, a carrier) is not its region's total.
      if (
        value === undefined ||
        observation.growthOf !== undefined ||
        observation.about !== undefined
      )
        continue;
      if (indicators.get(observation.indicatorId)?.aggregation !== "sum") continue;
      const groupKey = `${observation.indicatorId}\u0000${observation.period}`;
      let group = groups.get(groupKey);
      if (group === undefined) {
        group = new Map();
        groups.set(groupKey, group);
      }
      // A repeated region is DUPLICATE_ID's concern; the first figure stands here.
      if (!group.has(observation.regionCode)) {
        group.set(observation.regionCode, { index, regionCode: observation.regionCode, value });
      }
    }
    const diagnostics: Diagnostic[] = [];
    const parentOf = rememberedParents();
    for (const group of groups.values()) {
      const children = new Map<string, Located[]>();
      for (const located of group.values()) {
        const parent = observedParent(located.regionCode, group, parentOf);
        if (parent === undefined) continue;
        const list = children.get(parent) ?? [];
        list.push(located);
        children.set(parent, list);
      }
      for (const [parentCode, list] of children) {
        const parent = group.get(parentCode);
        const sum = sumOf(list.map((child) => child.value));
        if (parent === undefined || sum === undefined || !certainlyGreater(sum, parent.value)) {
          continue;
        }
        const observation = report.observations[parent.index];
        if (observation === undefined) continue;
        const name = indicatorName(indicators, observation.indicatorId, locale);
        const path = ["observations", parent.index, "value"];
        // Rounded figures that do not show the excess (12.35万 against 12.35万) are written exactly.
        const exact = !certainlyGreater(
          shownQuantity(sum, locale),
          shownQuantity(parent.value, locale),
        );
        const named = list.slice(0, NAMED_CHILDREN).map((child) => child.regionCode);
        const more = list.length - named.length;
        diagnostics.push(
          createDiagnostic(
            "CHILDREN_EXCEED_PARENT",
            "error",
            path,
            more > 0 ? exceedsMany : exceeds,
            locale,
            {
              record: describeObservation(observation, locale, name),
              parent: formatQuantity(parent.value, { locale, exact }),
              children: named.join(locale === "en" ? ", " : "、"),
              sum: formatQuantity(sum, { locale, exact }),
              count: list.length,
              more,
            },
          ),
        );
      }
    }
    return diagnostics;
  },
};
