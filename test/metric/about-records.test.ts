import { describe, expect, it } from "vitest";
import { aggregateOverTime } from "../../src/metric/aggregate-over-time";
import { rollup } from "../../src/metric/rollup";
import { standardIndicators } from "../../src/metric/standard-indicators";
import type { Observation } from "../../src/metric/types";
import { yearOnYear } from "../../src/metric/year-on-year";
import { createRegionIndex } from "../../src/region/create-region-index";
import { childrenExceedParentRule } from "../../src/report/rules/children-exceed-parent";
import { validateReport } from "../../src/report/validate-report";

const sessions = standardIndicators.activity_sessions;
const at = (regionCode: string, period: string, value: number, activity?: string): Observation => ({
  indicatorId: "activity_sessions",
  regionCode,
  period,
  value: { value, unit: "场次", comparator: "eq" },
  ...(activity === undefined ? {} : { about: { kind: "activity", id: activity } }),
});

// 同心县 reports 30余场次 of one activity and 300余场次 of another for one county and period:
// two records' figures, neither the county's total.
describe("figures about one record", () => {
  const index = createRegionIndex([
    { code: "640300", name: "吴忠市", level: "prefecture" },
    { code: "640324", name: "同心县", level: "county", parentCode: "640300" },
  ]);

  it("are left out of the roll-up, so two activities' figures are no repeat of the county's", () => {
    const observations = [
      at("640324", "2023", 340),
      at("640324", "2023", 30, "qinqing"),
      at("640324", "2023", 300, "linli"),
    ];
    const result = rollup(index, observations, sessions);
    expect(result.ok && result.value.get("640300")).toEqual({
      value: 340,
      comparator: "eq",
      unit: "场次",
      count: 1,
    });
    expect(rollup(index, observations.slice(1), sessions)).toEqual({ ok: true, value: new Map() });
  });

  it("are left out of the aggregation over time and of year on year", () => {
    const quarters = ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"].map((q) => at("640324", q, 10));
    const withRecords = [...quarters, at("640324", "2023-Q1", 99, "qinqing")];
    const year = aggregateOverTime(withRecords, sessions, { period: "2023" });
    expect(year.ok && year.value.value).toBe(40);
    const growth = yearOnYear(
      [at("640324", "2022", 100), at("640324", "2023", 110), at("640324", "2023", 5, "linli")],
      {
        indicatorId: "activity_sessions",
        regionCode: "640324",
        period: "2023",
      },
    );
    expect(growth.ok && growth.value).toBeCloseTo(0.1, 12);
  });

  it("are not a subregion's total in CHILDREN_EXCEED_PARENT", () => {
    const report = {
      id: "r",
      title: "吴忠市报告",
      regionCode: "640300",
      period: "2023",
      observations: [at("640300", "2023", 100), at("640324", "2023", 300, "linli")],
    };
    expect(validateReport(report, { rules: [childrenExceedParentRule] }).diagnostics).toEqual([]);
    const total = {
      ...report,
      observations: [at("640300", "2023", 100), at("640324", "2023", 300)],
    };
    expect(
      validateReport(total, { rules: [childrenExceedParentRule] }).diagnostics.map((d) => d.code),
    ).toEqual(["CHILDREN_EXCEED_PARENT"]);
  });
});
