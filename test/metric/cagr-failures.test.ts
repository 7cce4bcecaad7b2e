import { describe, expect, it } from "vitest";
import { cagr } from "../../src/metric/cagr";
import type { MetricInput } from "../../src/metric/types";

const en = { locale: "en" } as const;
const missing = null as unknown as MetricInput;

describe("cagr failures", () => {
  it.each([
    [missing, 121, 2, "missing_value", "compound annual growth rate: the start value is missing"],
    [100, missing, 2, "missing_value", "compound annual growth rate: the end value is missing"],
    [
      100,
      121,
      missing,
      "missing_value",
      "compound annual growth rate: the number of years is missing",
    ],
    [
      -5,
      121,
      2,
      "non_positive_base",
      "compound annual growth rate: the start value must be positive, got -5",
    ],
    [
      100,
      -1,
      2,
      "negative_input",
      "compound annual growth rate: the end value must not be negative, got -1",
    ],
    [
      100,
      121,
      -2,
      "negative_input",
      "compound annual growth rate: the number of years must not be negative, got -2",
    ],
    [
      100,
      121,
      0,
      "zero_denominator",
      "compound annual growth rate: the number of years is zero and cannot divide",
    ],
    [
      100,
      121,
      Number.NaN,
      "not_finite",
      "compound annual growth rate: the number of years must be a finite number, got not a number",
    ],
  ] as const)("cagr(%o, %o, %o) fails with %s", (start, end, years, reason, message) => {
    expect(cagr(start, end, years, en)).toEqual({ ok: false, reason, message });
  });

  it("names the failing input in zh-CN by default", () => {
    expect(cagr(0, 121, 2)).toEqual({
      ok: false,
      reason: "non_positive_base",
      message: "年均增速：期初值须为正数，收到 0",
    });
    expect(cagr(100, 121, 0)).toEqual({
      ok: false,
      reason: "zero_denominator",
      message: "年均增速：年数为零，不能作除数",
    });
  });

  it("refuses a start and an end of different quantities, naming the start's unit as the start's", () => {
    expect(
      cagr(
        { value: 100, unit: "人", comparator: "eq" },
        { value: 121, unit: "元", comparator: "eq" },
        2,
        en,
      ),
    ).toEqual({
      ok: false,
      reason: "unit_mismatch",
      message: 'compound annual growth rate: the unit "人" of the start value does not match "元"',
    });
  });

  it("meets figures of one quantity on one scale", () => {
    expect(
      cagr(
        { value: 1, unit: "万元", comparator: "eq" },
        { value: 12100, unit: "元", comparator: "eq" },
        2,
      ),
    ).toEqual({ ok: true, value: 0.10000000000000009 });
  });
});

describe("cagr limits", () => {
  // 100 to 81 over 2 years is −10% a year, over 4 years −5.13%; 100 to 121 is +10% over 2
  // years, +4.88% over 4. A falling ratio falls least over the most years, a rising one rises
  // most over the fewest.
  const years = { value: 2, upper: 4, comparator: "range" } as const;
  it.each([
    [
      "at least 81 over 2 to 4 years",
      100,
      { value: 81, comparator: "gte" },
      years,
      { ok: true, value: -0.06783024821384231, lower: -0.09999999999999998, approximate: true },
    ],
    [
      "at most 81 over 2 to 4 years",
      100,
      { value: 81, comparator: "lte" },
      years,
      { ok: true, value: -0.06783024821384231, upper: -0.05131670194948623, approximate: true },
    ],
    [
      "at least 121 over 2 to 4 years",
      100,
      { value: 121, comparator: "gte" },
      years,
      { ok: true, value: 0.0656022367666107, lower: 0.04880884817015163, approximate: true },
    ],
    [
      "at most 121 over 2 to 4 years",
      100,
      { value: 121, comparator: "lte" },
      years,
      { ok: true, value: 0.0656022367666107, upper: 0.10000000000000009, approximate: true },
    ],
    [
      "a start of 100 or more, so no upper limit below the end's",
      { value: 100, comparator: "gte" },
      121,
      2,
      { ok: true, value: 0.10000000000000009, upper: 0.10000000000000009 },
    ],
    [
      "a start from −50 to 250: the rate has no upper limit",
      { value: -50, upper: 250, comparator: "range" },
      121,
      1,
      { ok: true, value: 0.20999999999999996, lower: -0.516, approximate: true },
    ],
    [
      "an end from 0 to 242: the rate falls at most 100%",
      100,
      { value: 0, upper: 242, comparator: "range" },
      2,
      {
        ok: true,
        value: 0.10000000000000009,
        lower: -1,
        upper: 0.5556349186104046,
        approximate: true,
      },
    ],
    [
      "an end from −21 to 221: the rate has no lower limit",
      100,
      { value: -21, upper: 221, comparator: "range" },
      1,
      { ok: true, value: 0, upper: 1.21, approximate: true },
    ],
  ] as const)("%s", (_, start, end, span, expected) => {
    expect(cagr(start, end, span)).toEqual(expected);
  });

  it.each([
    [100, { value: 81, comparator: "gte" }, { value: -1, upper: 5, comparator: "range" }],
    [100, { value: 121, comparator: "lte" }, { value: -1, upper: 5, comparator: "range" }],
    [{ value: -50, upper: 250, comparator: "range" }, 121, 1],
    [100, { value: -21, upper: 221, comparator: "range" }, 1],
    [{ value: -50, upper: 250, comparator: "range" }, { value: 121, comparator: "lte" }, 1],
  ] as const)("keeps every limit on the right side of the value: cagr(%o, %o, %o)", (s, e, y) => {
    const result = cagr(s, e, y);
    if (!result.ok) throw new Error(result.message);
    // No compound rate falls below −100%, and the limits enclose the value.
    expect(result.lower ?? -1).toBeGreaterThanOrEqual(-1);
    expect(result.lower ?? result.value).toBeLessThanOrEqual(result.value);
    expect(result.upper ?? result.value).toBeGreaterThanOrEqual(result.value);
  });

  it.each([
    ["the start", { value: 100, comparator: "approx" }, 121, 2],
    ["the end", 100, { value: 121, comparator: "approx" }, 2],
    ["the years", 100, 121, { value: 2, comparator: "approx" }],
  ] as const)("is approximate when %s is an estimate", (_, s, e, y) => {
    expect(cagr(s, e, y)).toEqual({ ok: true, value: 0.10000000000000009, approximate: true });
  });
});
