import { describe, expect, it } from "vitest";
import type { Locale } from "../../../src/core/locale";
import { invalidCountRule } from "../../../src/report/rules/invalid-count";
import type { QuantityInput } from "../../../src/schemas/quantity";
import { activityWith, diagnosticsOf, observationOf, reportWith } from "./rule-fixtures";

const rules = [invalidCountRule];

/** A report of one activity with these participants. */
const held = (participants: QuantityInput) => ({ activities: [activityWith({ participants })] });

const found = (records: Readonly<Record<string, unknown>>, locale: Locale = "zh-CN") =>
  diagnosticsOf(rules, reportWith(records), { locale });

describe("invalidCountRule, what counts", () => {
  it("takes none of people or of things", () => {
    expect(found(held({ value: 0, unit: "人" }))).toEqual([]);
    expect(found({ observations: [observationOf("activity_sessions", { value: 0 })] })).toEqual([]);
  });

  it("reads a count at the scale of its measure word: 1.2345万人 is 12345 people", () => {
    expect(found(held({ value: 1.2345, unit: "万人" }))).toEqual([]);
    expect(found(held({ value: 1.23456, unit: "万人" }))).toEqual([
      [
        "INVALID_COUNT",
        "error",
        ["activities", 0, "participants", "value"],
        "活动“云交流”（a1）的参与人数为 1.23456万人，人数和个数应为整数",
      ],
    ]);
  });

  it("says a count is whole and not negative in every locale", () => {
    const half = held({ value: 2.5, unit: "名" });
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
