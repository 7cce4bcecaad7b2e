import { describe, expect, it } from "vitest";
import type { Locale } from "../../../src/core/locale";
import { childrenExceedParentRule } from "../../../src/report/rules/children-exceed-parent";
import { validateReport } from "../../../src/report/validate-report";
import type { QuantityInput } from "../../../src/schemas/quantity";

const rules = [childrenExceedParentRule];

function visits(regionCode: string, value: QuantityInput) {
  return { indicatorId: "participant_visits", regionCode, period: "2023", value };
}

function messageOf(observations: readonly object[], locale: Locale = "zh-CN") {
  const report = { id: "r", title: "呼和浩特", regionCode: "150100", period: "2023", observations };
  return validateReport(report, { rules, locale }).diagnostics.map((d) => d.message);
}

const count = (value: number, comparator?: "gt" | "gte" | "lt") =>
  comparator === undefined ? { value, unit: "人次" } : { value, unit: "人次", comparator };

describe("childrenExceedParentRule messages", () => {
  it("writes exact figures when the rounded ones would look equal", () => {
    const observations = [
      visits("150100", count(123456)),
      visits("150105", count(100000)),
      visits("150102", count(23457)),
    ];
    expect(messageOf(observations)).toEqual([
      "观测值（参与人次，地区 150100，2023）为 12.3456万人次，小于其下级地区 150105、150102 的合计 12.3457万人次",
    ]);
    expect(messageOf(observations, "zh-TW")).toEqual([
      "觀測值（參與人次，地區 150100，2023）為 12.3456萬人次，小於其下級地區 150105、150102 的合計 12.3457萬人次",
    ]);
  });

  it("writes exact figures when rounding a lower bound down would hide the excess", () => {
    // More than 123,460 rounds down to 12.34万余; 123,455 rounds half-up to 12.35万.
    const observations = [visits("150100", count(123455)), visits("150105", count(123460, "gt"))];
    expect(messageOf(observations)).toEqual([
      "观测值（参与人次，地区 150100，2023）为 12.3455万人次，小于其下级地区 150105 的合计 12.346万余人次",
    ]);
  });

  it("keeps the rounded figures when they show the excess", () => {
    const observations = [
      visits("150100", count(120000)),
      visits("150105", count(100000)),
      visits("150102", count(23457)),
    ];
    expect(messageOf(observations)).toEqual([
      "观测值（参与人次，地区 150100，2023）为 12万人次，小于其下级地区 150105、150102 的合计 12.35万人次",
    ]);
  });

  it("names at most five subregions and says how many more there are", () => {
    const counties = ["150102", "150103", "150104", "150105", "150121", "150122", "150123"];
    const observations = [
      visits("150100", count(10)),
      ...counties.map((code) => visits(code, count(2))),
    ];
    expect(messageOf(observations)).toEqual([
      "观测值（参与人次，地区 150100，2023）为 10人次，小于其 7 个下级地区（150102、150103、150104、150105、150121 等，另有 2 个）的合计 14人次",
    ]);
    expect(messageOf(observations, "en")).toEqual([
      "observation of participant visits for 150100, 2023 is 10 人次, less than the 14 人次 its 7 subregions (150102, 150103, 150104, 150105, 150121 and 2 more) add up to",
    ]);
    const five = [
      visits("150100", count(10)),
      ...counties.slice(0, 5).map((code) => visits(code, count(3))),
    ];
    expect(messageOf(five)[0]).toBe(
      "观测值（参与人次，地区 150100，2023）为 10人次，小于其下级地区 150102、150103、150104、150105、150121 的合计 15人次",
    );
  });
});
