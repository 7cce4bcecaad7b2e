import { describe, expect, it } from "vitest";
import { completionRate } from "../../src/metric/completion-rate";

describe("completionRate", () => {
  it("divides as the doc example shows", () => {
    expect(completionRate(120, 100)).toEqual({ ok: true, value: 1.2 });
    expect(completionRate(50, 0).ok).toBe(false);
  });

  it("measures 九个一百 targets: 一百余篇 reports of a target of 100", () => {
    const result = completionRate(
      { value: 100, unit: "篇", comparator: "gt" },
      { value: 100, unit: "篇", comparator: "eq" },
    );
    expect(result).toEqual({ ok: true, value: 1, lower: 1 });
  });

  it("refuses a target in another unit", () => {
    expect(
      completionRate(
        { value: 1, unit: "人", comparator: "eq" },
        { value: 1, unit: "场次", comparator: "eq" },
      ),
    ).toMatchObject({ ok: false, reason: "unit_mismatch" });
  });
});

describe("completionRate on the unit table", () => {
  it("meets 万元 and 元 on one scale and refuses 人 against 人次", () => {
    expect(
      completionRate(
        { value: 120, unit: "万元", comparator: "eq" },
        { value: 1000000, unit: "元", comparator: "eq" },
      ),
    ).toEqual({ ok: true, value: 1.2 });
    expect(
      completionRate(
        { value: 120, unit: "人", comparator: "eq" },
        { value: 100, unit: "人次", comparator: "eq" },
      ),
    ).toMatchObject({ ok: false, reason: "unit_mismatch" });
  });
});
