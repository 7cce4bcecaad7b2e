import { describe, expect, it } from "vitest";
import { safeQuantity } from "../../src/quantity/safe-quantity";

describe("safeQuantity", () => {
  it("builds or refuses figures as the doc example shows", () => {
    expect(safeQuantity(50000, "人", "gt")).toEqual({
      ok: true,
      value: { value: 50000, unit: "人", comparator: "gt" },
    });
    expect(safeQuantity(Number.NaN, "人").ok).toBe(false);
  });

  it("names the reason and speaks the locale asked for", () => {
    expect(safeQuantity(Number.POSITIVE_INFINITY)).toEqual({
      ok: false,
      reason: "not_finite",
      message: "数值须为有限数，收到 正无穷大",
    });
    expect(safeQuantity(1, "", "eq", { locale: "zh-TW" })).toEqual({
      ok: false,
      reason: "empty_unit",
      message: "單位不能為空字串",
    });
    expect(safeQuantity(1, "人", "more" as never, { locale: "en" })).toEqual({
      ok: false,
      reason: "unknown_comparator",
      message: "unknown comparator more",
    });
  });

  it("refuses values that are not numbers at all", () => {
    expect(safeQuantity("5" as unknown as number).ok).toBe(false);
  });

  it("refuses objects that cannot be turned into text with a Result, not a TypeError", () => {
    expect(safeQuantity(Object.create(null) as number, "人", "eq", { locale: "en" })).toEqual({
      ok: false,
      reason: "not_finite",
      message: "the value must be a finite number, got object",
    });
    expect(safeQuantity(1, "人", Object.create(null)).ok).toBe(false);
  });
});
