import { describe, expect, it } from "vitest";
import { share } from "../../src/metric/share";

describe("share", () => {
  it("divides as the doc example shows", () => {
    expect(share(4, 35)).toEqual({ ok: true, value: 0.11428571428571428 });
    expect(share(36, 35).ok).toBe(false);
  });

  it("refuses a part larger than the whole and parts in another unit", () => {
    expect(share(36, 35)).toEqual({
      ok: false,
      reason: "numerator_exceeds_denominator",
      message: "占比：部分 36 超过总数 35",
    });
    expect(
      share({ value: 1, unit: "人", comparator: "eq" }, { value: 2, unit: "个", comparator: "eq" }),
    ).toMatchObject({ ok: false, reason: "unit_mismatch" });
    expect(share(0, 0)).toMatchObject({ ok: false, reason: "zero_denominator" });
  });
});

describe("share with qualified figures", () => {
  it("uses certainty for part ≤ whole and the unit table for units", () => {
    expect(share({ value: 50000, unit: "人", comparator: "gt" }, 50000)).toMatchObject({
      ok: false,
      reason: "numerator_exceeds_denominator",
    });
    expect(share({ value: 4001, unit: "人", comparator: "nearly" }, 4000)).toEqual({
      ok: true,
      value: 1,
      upper: 1,
    });
    expect(
      share({ value: 3, unit: "名", comparator: "eq" }, { value: 6, unit: "人", comparator: "eq" }),
    ).toEqual({
      ok: true,
      value: 0.5,
    });
    expect(
      share(
        { value: 3, unit: "人", comparator: "eq" },
        { value: 6, unit: "人次", comparator: "eq" },
      ),
    ).toMatchObject({ ok: false, reason: "unit_mismatch" });
  });
});
