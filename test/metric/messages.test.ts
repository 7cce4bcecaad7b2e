import { describe, expect, it } from "vitest";
import { metricFailure, terms } from "../../src/metric/messages";

describe("metricFailure", () => {
  it("names the formula and the input in every locale", () => {
    expect(metricFailure("zero_denominator", "zh-CN", "coverage", "total")).toEqual({
      ok: false,
      reason: "zero_denominator",
      message: "覆盖率：总数为零，不能作除数",
    });
    expect(metricFailure("negative_input", "zh-TW", "ratio", "numerator", -1).message).toBe(
      "比率：分子不能為負數，收到 -1",
    );
    expect(metricFailure("missing_value", "en", "yearOnYear", "gdp 150102 2023").message).toBe(
      "year-on-year growth: gdp 150102 2023 is missing",
    );
  });

  it("has a name for every term in every locale", () => {
    for (const term of Object.values(terms)) {
      expect(term["zh-CN"]).not.toBe("");
      expect(term["zh-TW"]).not.toBe("");
      expect(term.en).not.toBe("");
    }
  });
});
