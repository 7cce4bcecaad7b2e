import { describe, expect, it } from "vitest";
import { standardIndicators } from "../../src/metric/standard-indicators";
import type { Indicator } from "../../src/metric/types";
import { certainlyGreater, indicatorName, spanOf } from "../../src/report/figures";

describe("figures", () => {
  it("compare figures by the bounds their qualifiers allow", () => {
    const people = (
      value: number,
      comparator: "eq" | "gt" | "nearly" | "approx" | "gte" = "eq",
    ) => ({
      value,
      unit: "人",
      comparator,
    });
    expect(certainlyGreater(people(50001), people(50000))).toBe(true);
    expect(certainlyGreater(people(50000, "gt"), people(50000))).toBe(true);
    expect(certainlyGreater(people(50000, "gte"), people(50000))).toBe(false);
    expect(certainlyGreater(people(60000, "approx"), people(50000))).toBe(false);
    expect(certainlyGreater(people(60000), people(50000, "gt"))).toBe(false);
    expect(certainlyGreater(people(60000), { value: 1, unit: "元", comparator: "eq" })).toBe(false);
  });

  it("read an exact figure as everything that rounds to it at its written precision", () => {
    const gdp = spanOf({ value: 36310000000, unit: "元", comparator: "eq", precision: 1e7 });
    expect(gdp?.low).toBeCloseTo(36305000000);
    expect(gdp?.high).toBeCloseTo(36315000000);
    // Trailing zeros are not a precision: 200亿 written to the 亿 is 199.5亿 to 200.5亿.
    expect(spanOf({ value: 2e10, unit: "元", comparator: "eq", precision: 1e8 })).toEqual({
      low: 19950000000,
      high: 20050000000,
    });
    expect(spanOf({ value: 2e10, unit: "元", comparator: "eq" })).toEqual({
      low: 19999999999.5,
      high: 20000000000.5,
    });
    expect(spanOf({ value: 6.7, unit: "%", comparator: "eq" })).toEqual({
      low: 6.65,
      high: 6.75,
    });
    expect(spanOf({ value: 0, comparator: "eq" })).toEqual({ low: -0.5, high: 0.5 });
    expect(spanOf({ value: 4000, unit: "人", comparator: "nearly" })).toEqual({
      low: Number.NEGATIVE_INFINITY,
      high: 4000,
    });
    expect(spanOf({ value: 4000, unit: "人", comparator: "approx" })).toBeUndefined();
  });

  it("name indicators in each locale, falling back to the id", () => {
    const indicators = new Map<string, Indicator>(Object.entries(standardIndicators));
    expect(indicatorName(indicators, "awareness_rate", "zh-CN")).toBe("知晓率");
    expect(indicatorName(indicators, "awareness_rate", "en")).toBe("awareness rate");
    expect(indicatorName(indicators, "unknown", "zh-TW")).toBe("unknown");
  });
});
