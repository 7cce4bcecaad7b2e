import { describe, expect, it } from "vitest";
import type { Locale } from "../../../src/core/locale";
import { invalidCountRule } from "../../../src/report/rules/invalid-count";
import { validateReport } from "../../../src/report/validate-report";
import type { QuantityInput } from "../../../src/schemas/quantity";

const rules = [invalidCountRule];

function activityWith(participants: QuantityInput) {
  return {
    id: "a1",
    name: "云交流",
    date: "2023-04-26",
    regionCodes: ["150105"],
    modality: "online",
    participants,
  };
}

function observationOf(indicatorId: string, value: QuantityInput) {
  return { indicatorId, regionCode: "150105", period: "2023", value };
}

function found(records: Readonly<Record<string, unknown>>, locale: Locale = "zh-CN") {
  const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", ...records };
  return validateReport(report, { rules, locale }).diagnostics.map((d) => [
    d.code,
    d.severity,
    d.path,
    d.message,
  ]);
}

describe("invalidCountRule, what counts", () => {
  it("takes none of people or of things", () => {
    expect(found({ activities: [activityWith({ value: 0, unit: "人" })] })).toEqual([]);
    expect(found({ observations: [observationOf("activity_sessions", { value: 0 })] })).toEqual([]);
  });

  it("reads a count at the scale of its measure word: 1.2345万人 is 12345 people", () => {
    expect(found({ activities: [activityWith({ value: 1.2345, unit: "万人" })] })).toEqual([]);
    expect(found({ activities: [activityWith({ value: 1.23456, unit: "万人" })] })).toEqual([
      [
        "INVALID_COUNT",
        "error",
        ["activities", 0, "participants", "value"],
        "活动“云交流”（a1）的参与人数为 1.23456万人，人数和个数应为整数",
      ],
    ]);
  });

  it("says a count is whole and not negative in every locale", () => {
    const half = { activities: [activityWith({ value: 2.5, unit: "名" })] };
    expect(found(half, "zh-TW").map((d) => d[3])).toEqual([
      "活動“云交流”（a1）的參與人數為 2.5名，人數和個數應為整數",
    ]);
    expect(found(half, "en").map((d) => d[3])).toEqual([
      'activity "云交流" (a1) gives its participants as 2.5 名; a count of people or things is a whole number',
    ]);
    const below = {
      observations: [observationOf("demonstration_units", { value: -2, unit: "个" })],
    };
    const negative = found(below);
    expect(negative.map((d) => d.slice(0, 3))).toEqual([
      ["INVALID_COUNT", "error", ["observations", 0, "value", "value"]],
    ]);
    expect(negative[0]?.[3]).toMatch(
      /^观测值（.+，地区 150105，2023）的数值为 -2个，人数和个数不能为负$/,
    );
  });

  it("leaves a figure without a measure word alone unless its indicator counts", () => {
    expect(found({ observations: [observationOf("awareness_rate", { value: 0.995 })] })).toEqual(
      [],
    );
    expect(found({ observations: [observationOf("no_such_indicator", { value: 2.5 })] })).toEqual(
      [],
    );
    expect(
      found({ observations: [observationOf("participants", { value: 2.5 })] }).map((d) => d[2]),
    ).toEqual([["observations", 0, "value", "value"]]);
  });
});
