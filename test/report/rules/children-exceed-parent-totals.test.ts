import { describe, expect, it } from "vitest";
import { childrenExceedParentRule } from "../../../src/report/rules/children-exceed-parent";
import { validateReport } from "../../../src/report/validate-report";

const rules = [childrenExceedParentRule];

function units(regionCode: string, value: number, extra: object = {}) {
  return {
    indicatorId: "demonstration_units",
    regionCode,
    period: "2023",
    value: { value, unit: "个" },
    ...extra,
  };
}

function found(observations: readonly object[]) {
  const report = { id: "r", title: "呼和浩特", regionCode: "150100", period: "2023", observations };
  return validateReport(report, { rules }).diagnostics.map((d) => [d.code, d.severity, d.path]);
}

const exceeds = ["CHILDREN_EXCEED_PARENT", "error", ["observations", 0, "value"]];
const aboutActivity = { about: { kind: "activity", id: "a1" } };

describe("childrenExceedParentRule, which figures are a region's total", () => {
  it("compares a region's own total with its subregions' totals", () => {
    expect(found([units("150100", 10), units("150105", 6), units("150102", 7)])).toEqual([exceeds]);
  });

  it("takes no figure about one record for its region's total, as parent or as child", () => {
    expect(
      found([units("150100", 10, aboutActivity), units("150105", 6), units("150102", 7)]),
    ).toEqual([]);
    expect(
      found([units("150100", 10), units("150105", 6), units("150102", 7, aboutActivity)]),
    ).toEqual([]);
  });

  it("takes no figure that is the growth of another for a total", () => {
    const growth = { growthOf: "demonstration_units" };
    expect(found([units("150100", 10), units("150105", 6), units("150102", 7, growth)])).toEqual(
      [],
    );
    expect(found([units("150100", 1, growth), units("150105", 6), units("150102", 7)])).toEqual([]);
  });

  it("takes no figure without a value for a total", () => {
    const { value: _value, ...parent } = units("150100", 0);
    const ratio = { ...parent, numerator: { value: 1 }, denominator: { value: 2 } };
    expect(found([ratio, units("150105", 6), units("150102", 7)])).toEqual([]);
  });
});
