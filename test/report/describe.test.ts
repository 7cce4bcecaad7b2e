import { describe, expect, it } from "vitest";
import { describeObservation, describeRecord, formatPath } from "../../src/report/describe";

describe("describe helpers", () => {
  it("name records in each locale", () => {
    expect(describeRecord("activity", "云交流", "a1", "zh-CN")).toBe("活动“云交流”（a1）");
    expect(describeRecord("agreement", "協議", undefined, "zh-TW")).toBe("協議“協議”");
    expect(describeRecord("unit", undefined, "u1", "en")).toBe("unit (u1)");
  });

  it("name observations by indicator, region and period", () => {
    const observation = { indicatorId: "gdp", regionCode: "150102", period: "2023-H1" };
    expect(describeObservation(observation, "zh-CN", "地区生产总值")).toBe(
      "观测值（地区生产总值，地区 150102，2023-H1）",
    );
    expect(describeObservation(observation, "en")).toBe("observation of gdp for 150102, 2023-H1");
  });

  it("write paths the way code reads them", () => {
    expect(formatPath(["activities", 3, "date"])).toBe("activities[3].date");
    expect(formatPath(["campaigns", 0, "components", 1, "targets", 2])).toBe(
      "campaigns[0].components[1].targets[2]",
    );
    expect(formatPath([])).toBe("");
  });
});
