import { describe, expect, it } from "vitest";
import { divide } from "../../src/metric/divide";

describe("divide", () => {
  it("applies the rules a division formula asks for", () => {
    const rules = {
      metric: "coverage",
      numerator: "covered",
      denominator: "total",
      atMostWhole: true,
    } as const;
    expect(divide(1, 4, rules, "zh-CN")).toEqual({ ok: true, value: 0.25 });
    expect(divide(5, 4, rules, "zh-CN")).toMatchObject({ reason: "numerator_exceeds_denominator" });
    expect(divide(1, 4, { ...rules, scale: 100 }, "zh-CN")).toEqual({ ok: true, value: 25 });
  });
});
