import { describe, expect, it } from "vitest";
import type { Locale } from "../../../src/core/locale";
import { unknownReferenceRule } from "../../../src/report/rules/unknown-reference";
import { validateReport } from "../../../src/report/validate-report";
import {
  activityWith,
  agreementWith,
  campaignOf,
  observationOf,
  reportWith,
} from "./rule-fixtures";

const rules = [unknownReferenceRule];
const unit = { id: "u1", name: "赛罕区委统战部", kind: "agency", regionCode: "150105" };
const brand = { id: "b1", name: "赛出石榴红", regionCode: "150105" };
const campaign = campaignOf([
  {
    id: "k1",
    name: "铸魂行动",
    targets: [{ description: "百人宣讲团", target: { value: 100, unit: "人" } }],
  },
]);
const activity = activityWith();
const agreement = agreementWith();
const designation = {
  id: "d1",
  title: "全国民族团结进步示范单位",
  kind: "demonstration_unit",
  level: "national",
  recipient: { type: "unit", name: "某社区", regionCode: "150105" },
};
const observation = observationOf("participants", { value: 5, unit: "人次" });

/** A report with one record of every kind, or those given. */
function reportOfAll(records: Readonly<Record<string, unknown>>) {
  return reportWith({
    units: [unit],
    brands: [brand],
    campaigns: [campaign],
    activities: [activity],
    agreements: [agreement],
    designations: [designation],
    ...records,
  });
}

/**
 * The diagnostics of references (code, severity, path, message), without the schema's own
 * diagnostics of a record it left out and its warning that the record was not checked.
 */
function references(report: unknown, locale: Locale = "zh-CN") {
  return validateReport(report, { rules, locale })
    .diagnostics.filter((d) => d.code !== "SCHEMA" && d.path.length > 2)
    .map((d) => [d.code, d.severity, d.path, d.message]);
}

describe("unknownReferenceRule, references a record may leave out", () => {
  it("asks nothing of a brand, campaign, target, activity, party, agreement or unit recipient that names no id", () => {
    // Every record passes its schema, so none is left out and every one is checked.
    expect(
      validateReport(reportOfAll({ observations: [observation] }), { rules }).diagnostics,
    ).toEqual([]);
  });
});

describe("unknownReferenceRule, references that resolve", () => {
  it("finds every record and indicator named by id", () => {
    const report = reportOfAll({
      brands: [
        brand,
        { ...brand, id: "b2", name: "石榴籽", ownerUnitId: "u1", parentBrandId: "b1" },
      ],
      campaigns: [
        campaign,
        {
          ...campaign,
          id: "c2",
          parentId: "c1",
          components: [
            {
              name: "润心行动",
              targets: [
                {
                  description: "宣讲",
                  indicatorId: "participants",
                  target: { value: 100, unit: "人次" },
                },
              ],
            },
          ],
        },
      ],
      activities: [{ ...activity, campaignId: "c2" }],
      agreements: [
        {
          ...agreement,
          activityId: "a1",
          parties: agreement.parties.map((party) => ({ ...party, unitId: "u1" })),
        },
      ],
      designations: [{ ...designation, recipient: { ...designation.recipient, id: "u1" } }],
      observations: [
        { ...observation, about: { kind: "campaign", id: "c2" } },
        { ...observation, period: "2022", about: { kind: "component", id: "k1" } },
        { ...observation, period: "2021", about: { kind: "agreement", id: "g1" } },
        { ...observation, period: "2020", about: { kind: "designation", id: "d1" } },
        { ...observation, period: "2019", about: { kind: "activity", id: "a1" } },
        { ...observation, period: "2018", about: { kind: "brand", id: "b2" } },
        { ...observation, period: "2017", growthOf: "participants" },
      ],
    });
    expect(validateReport(report, { rules }).diagnostics).toEqual([]);
  });

  it("checks what each observation is about, also beside observations about nothing", () => {
    const report = reportOfAll({
      observations: [
        observation,
        { ...observation, period: "2022", about: { kind: "designation", id: "d9" } },
      ],
    });
    expect(references(report)).toEqual([
      [
        "UNKNOWN_REFERENCE",
        "error",
        ["observations", 1, "about", "id"],
        "观测值（participants，地区 150105，2022）引用的命名表彰 d9 不存在",
      ],
    ]);
  });
});

describe("unknownReferenceRule, references to records left out", () => {
  const broken = { id: "b9", name: "", regionCode: "150105" };

  it("warns that a reference to a record left out by its schema was not checked, in every locale", () => {
    const report = reportOfAll({
      brands: [brand, broken, { ...brand, id: "b2", parentBrandId: "b9" }],
    });
    expect(references(report)).toEqual([
      [
        "NOT_CHECKED",
        "warning",
        ["brands", 2, "parentBrandId"],
        "工作品牌“赛出石榴红”（b2）引用的上级品牌 b9 未通过格式检查，无法核对该引用",
      ],
    ]);
    expect(references(report, "zh-TW").map((d) => d[3])).toEqual([
      "工作品牌“赛出石榴红”（b2）引用的上級品牌 b9 未通過格式檢查，無法核對該引用",
    ]);
    expect(references(report, "en").map((d) => d[3])).toEqual([
      'brand "赛出石榴红" (b2) refers to parent brand b9, which failed its schema, so the reference was not checked',
    ]);
  });

  it("still calls unknown a reference to another record than the one left out", () => {
    const report = reportOfAll({
      brands: [brand, broken, { ...brand, id: "b2", parentBrandId: "b8" }],
    });
    expect(references(report).map((d) => d.slice(0, 3))).toEqual([
      ["UNKNOWN_REFERENCE", "error", ["brands", 2, "parentBrandId"]],
    ]);
  });

  it("does not call a component unknown when a campaign that may hold it was left out", () => {
    const report = reportOfAll({
      campaigns: [campaign, { ...campaign, id: "c9", name: "" }],
      observations: [{ ...observation, about: { kind: "component", id: "k9" } }],
    });
    expect(references(report).map((d) => d.slice(0, 3))).toEqual([
      ["NOT_CHECKED", "warning", ["observations", 0, "about", "id"]],
    ]);
  });
});
