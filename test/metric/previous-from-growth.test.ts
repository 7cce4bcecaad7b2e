import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../../src/core/round-half-up";
import { previousFromGrowth } from "../../src/metric/previous-from-growth";
import { formatQuantity } from "../../src/quantity/format-quantity";

describe("previousFromGrowth", () => {
  it("finds the earlier figure as the doc example shows", () => {
    // 新城区 2023年上半年 地区生产总值 363.1亿元, 增速 6.7%
    const previous = previousFromGrowth(36310000000, { value: 6.7, unit: "%", comparator: "eq" });
    expect(previous.ok && roundHalfUp(previous.value / 1e8, 1)).toBe(340.3);
  });

  it("gives 340.3亿元 for 363.1亿元 at 6.7%, whether the growth is a fraction or a % figure", () => {
    const asFraction = previousFromGrowth(
      { value: 36310000000, unit: "元", comparator: "eq" },
      0.067,
    );
    expect(asFraction.ok).toBe(true);
    if (!asFraction.ok) return;
    const rounded = roundHalfUp(asFraction.value / 1e8, 1) * 1e8;
    expect(formatQuantity({ value: rounded, unit: "元", comparator: "eq" })).toBe("340.3亿元");
    const asPercent = previousFromGrowth(36310000000, { value: 6.7, unit: "%", comparator: "eq" });
    expect(asPercent).toEqual(asFraction);
  });

  it("refuses growth of -100% or less and growth in a unit other than %", () => {
    expect(previousFromGrowth(100, -1)).toMatchObject({ ok: false, reason: "non_positive_base" });
    expect(previousFromGrowth(100, { value: -120, unit: "%", comparator: "eq" })).toMatchObject({
      ok: false,
      reason: "non_positive_base",
    });
    expect(previousFromGrowth(100, { value: 6.7, unit: "元", comparator: "eq" })).toEqual({
      ok: false,
      reason: "unit_mismatch",
      message: "上期值：增速的单位“元”与“%”不一致",
    });
  });

  it("bounds the earlier figure when growth is qualified", () => {
    // 增速超过10%: the earlier figure is below 110 / 1.1.
    const result = previousFromGrowth(110, { value: 10, unit: "%", comparator: "gt" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toBeCloseTo(100, 10);
    expect(result.upper).toBe(result.value);
    expect(result.lower).toBeUndefined();
  });
});
