import { describe, expect, it } from "vitest";
import type { Locale } from "../../../src/core/locale";
import { unitMismatchRule } from "../../../src/report/rules/unit-mismatch";
import type { QuantityInput } from "../../../src/schemas/quantity";
import {
  activityWith,
  campaignOf,
  diagnosticsOf,
  observationOf,
  reportWith,
} from "./rule-fixtures";

const rules = [unitMismatchRule];

/** A campaign of one target and its actual. */
const campaignWith = (target: QuantityInput, actual: QuantityInput) =>
  campaignOf([{ name: "宣讲", targets: [{ description: "宣讲", target, actual }] }]);

/** An activity with these participants. */
const held = (participants: QuantityInput) => activityWith({ participants });

const found = (records: Readonly<Record<string, unknown>>, locale: Locale = "zh-CN") =>
  diagnosticsOf(rules, reportWith(records), { locale });

const actualUnit = ["campaigns", 0, "components", 0, "targets", 0, "actual", "unit"];

describe("unitMismatchRule, an actual against its target", () => {
  it("is an error when only one of the two counts things, in every locale", () => {
    const people = {
      campaigns: [campaignWith({ value: 100, unit: "人" }, { value: 90, unit: "篇" })],
    };
    expect(found(people)).toEqual([
      [
        "UNIT_MISMATCH",
        "error",
        actualUnit,
        "行动“五项行动”（c1）的完成值单位“篇”与目标值单位“人”不是同一种量",
      ],
    ]);
    expect(found(people, "zh-TW").map((d) => d[3])).toEqual([
      "行動“五项行动”（c1）的完成值單位“篇”與目標值單位“人”不是同一種量",
    ]);
    expect(found(people, "en").map((d) => d[3])).toEqual([
      'campaign "五项行动" (c1) gives its actual in "篇" and its target in "人", which are different quantities',
    ]);
  });

  it("is a warning when both count things in two classifiers", () => {
    const things = {
      campaigns: [campaignWith({ value: 100, unit: "期" }, { value: 90, unit: "篇" })],
    };
    expect(found(things).map((d) => d.slice(0, 3))).toEqual([
      ["UNIT_MISMATCH", "warning", actualUnit],
    ]);
  });

  it("takes an actual without a unit in its target's", () => {
    expect(found({ campaigns: [campaignWith({ value: 100, unit: "期" }, { value: 90 })] })).toEqual(
      [],
    );
  });
});

describe("unitMismatchRule, figures of one kind and of an indicator", () => {
  it("reports an activity's participants in a unit of no people, as an error at the unit", () => {
    expect(found({ activities: [held({ value: 4000, unit: "元" })] })).toEqual([
      [
        "UNIT_MISMATCH",
        "error",
        ["activities", 0, "participants", "unit"],
        "活动“云交流”（a1）的参与人数单位为“元”，应为计人的单位（人、名、位）或人次",
      ],
    ]);
    expect(found({ activities: [held({ value: 4000 })] })).toEqual([]);
  });

  it("reports an observation in a unit of another quantity than its indicator's, and takes one without a unit", () => {
    const observation = (value: QuantityInput) => observationOf("participants", value);
    expect(found({ observations: [observation({ value: 5 })] })).toEqual([]);
    expect(found({ observations: [observation({ value: 5, unit: "名" })] })).toEqual([]);
    const inYuan = found({ observations: [observation({ value: 5, unit: "元" })] });
    expect(inYuan.map((d) => d.slice(0, 3))).toEqual([
      ["UNIT_MISMATCH", "error", ["observations", 0, "value", "unit"]],
    ]);
    expect(inYuan[0]?.[3]).toMatch(/的数值单位“元”与指标“参与人数”的单位“人”不是同一种量$/);
  });
});
