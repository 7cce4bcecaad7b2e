import { describe, expect, it } from "vitest";
import { coverage } from "../../src/metric/coverage";

describe("coverage", () => {
  it("computes coverage as the doc example shows", () => {
    expect(
      coverage(
        { value: 110, unit: "个", comparator: "gt" },
        { value: 227, unit: "个", comparator: "eq" },
      ),
    ).toEqual({ ok: true, value: 0.4845814977973568, lower: 0.4845814977973568 });
    expect(coverage(228, 227).ok).toBe(false);
    expect(coverage({ value: 100, unit: "个", comparator: "gt" }, 100).ok).toBe(false);
    expect(coverage({ value: 101, unit: "个", comparator: "nearly" }, 100)).toEqual({
      ok: true,
      value: 1,
      upper: 1,
    });
  });

  it("computes the 赛罕区 station coverage: 110 of 227 grassroots positions", () => {
    const result = coverage(110, 227);
    expect(result.ok && result.value).toBeCloseTo(0.4846, 4);
  });

  it("gives an upper limit only when the covered figure has one and the total a lower one", () => {
    expect(
      coverage({ value: 200, comparator: "nearly" }, { value: 227, comparator: "eq" }),
    ).toEqual({
      ok: true,
      value: 200 / 227,
      upper: 200 / 227,
    });
    expect(coverage(110, { value: 300, comparator: "lt" })).toEqual({
      ok: true,
      value: 110 / 300,
      lower: 110 / 300,
    });
  });

  it("fails for covered > total, a zero total and negative counts", () => {
    expect(coverage(228, 227, { locale: "zh-TW" })).toEqual({
      ok: false,
      reason: "numerator_exceeds_denominator",
      message: "覆蓋率：已覆蓋數 228 超過總數 227",
    });
    expect(coverage(0, 0)).toMatchObject({ reason: "zero_denominator" });
    expect(coverage(-1, 5)).toMatchObject({ reason: "negative_input" });
  });
});

describe("coverage with qualified figures", () => {
  it("refuses a covered count only when it is certainly larger than the total", () => {
    expect(coverage({ value: 100, unit: "个", comparator: "gt" }, 100)).toMatchObject({
      ok: false,
      reason: "numerator_exceeds_denominator",
    });
    expect(
      coverage(
        { value: 101, unit: "个", comparator: "gte" },
        { value: 101, unit: "个", comparator: "lt" },
      ).ok,
    ).toBe(false);
    expect(coverage({ value: 100, unit: "个", comparator: "gte" }, 100)).toEqual({
      ok: true,
      value: 1,
      lower: 1,
    });
    expect(coverage({ value: 101, unit: "个", comparator: "approx" }, 100)).toEqual({
      ok: true,
      value: 1,
      approximate: true,
    });
  });

  it("refuses different counts: 个 is not 处", () => {
    expect(
      coverage(
        { value: 10, unit: "个", comparator: "eq" },
        { value: 20, unit: "处", comparator: "eq" },
      ),
    ).toMatchObject({ ok: false, reason: "unit_mismatch" });
  });
});
