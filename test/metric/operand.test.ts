import { describe, expect, it } from "vitest";
import {
  finish,
  lowerQuotient,
  readOperand,
  readRate,
  upperQuotient,
} from "../../src/metric/operand";

describe("operands", () => {
  it("reads numbers and quantities as intervals", () => {
    expect(readOperand(5, "zh-CN", "ratio", "numerator")).toEqual({
      ok: true,
      value: 5,
      lower: 5,
      upper: 5,
      bounded: false,
    });
    expect(readOperand({ value: 5, comparator: "gt" }, "zh-CN", "ratio", "numerator")).toEqual({
      ok: true,
      value: 5,
      lower: 5,
      bounded: true,
    });
    expect(readOperand({ value: 5, comparator: "approx" }, "zh-CN", "ratio", "numerator")).toEqual({
      ok: true,
      value: 5,
      bounded: false,
    });
    expect(readOperand(null, "zh-CN", "ratio", "numerator")).toMatchObject({
      reason: "missing_value",
    });
  });

  it("reads a % figure as an exact fraction", () => {
    expect(
      readRate({ value: 6.7, unit: "%", comparator: "eq" }, "zh-CN", "growthRate", "growth"),
    ).toEqual({
      ok: true,
      value: 0.067,
      lower: 0.067,
      upper: 0.067,
      bounded: false,
    });
    expect(readRate(0.067, "zh-CN", "growthRate", "growth")).toMatchObject({ value: 0.067 });
  });

  it("divides intervals by positive intervals, keeping signs in mind", () => {
    const a = { ok: true, value: -2, lower: -4, upper: -1, bounded: true } as const;
    const b = { ok: true, value: 2, lower: 1, upper: 4, bounded: true } as const;
    expect(lowerQuotient(a, b)).toBe(-4);
    expect(upperQuotient(a, b)).toBe(-0.25);
  });

  it("turns non-finite results into failures and drops limits when nothing was bounded", () => {
    expect(finish(Number.POSITIVE_INFINITY, 1, 2, true, "en", "ratio")).toMatchObject({
      reason: "not_finite",
    });
    expect(finish(1, 0.5, 2, false, "en", "ratio")).toEqual({ ok: true, value: 1 });
    expect(finish(-0, -0, Number.NaN, true, "en", "ratio")).toEqual({
      ok: true,
      value: 0,
      lower: 0,
    });
  });
});
