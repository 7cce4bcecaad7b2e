import { describe, expect, it } from "vitest";
import {
  certainlyLarger,
  finish,
  lowerQuotient,
  meetOperands,
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
      lowerOpen: true,
      bounded: true,
    });
    expect(readOperand({ value: 5, comparator: "approx" }, "zh-CN", "ratio", "numerator")).toEqual({
      ok: true,
      value: 5,
      bounded: false,
      approximate: true,
    });
    expect(
      readOperand({ value: 30, upper: 40, comparator: "range" }, "zh-CN", "ratio", "numerator"),
    ).toEqual({
      ok: true,
      value: 35,
      lower: 30,
      lowerOpen: false,
      upper: 40,
      upperOpen: false,
      bounded: true,
      approximate: true,
    });
    expect(
      readOperand({ value: 30, comparator: "range" }, "zh-CN", "ratio", "numerator"),
    ).toMatchObject({ ok: false, reason: "not_finite" });
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
      lowerOpen: false,
      upper: 0.067,
      upperOpen: false,
      bounded: false,
    });
    expect(
      readRate({ value: 5, unit: "‰", comparator: "eq" }, "en", "growthRate", "growth"),
    ).toMatchObject({
      value: 0.005,
    });
    expect(
      readRate({ value: 5, unit: "人", comparator: "eq" }, "en", "growthRate", "growth"),
    ).toMatchObject({
      reason: "unit_mismatch",
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

  it("puts two operands on one scale through the unit table", () => {
    const read = (value: number, unit: string) => {
      const operand = readOperand({ value, unit, comparator: "eq" }, "en", "ratio", "numerator");
      if (!operand.ok) throw new Error("unreadable");
      return operand;
    };
    expect(
      meetOperands(read(2, "万元"), read(5000, "元"), true, "en", "ratio", "numerator"),
    ).toEqual([
      {
        ok: true,
        value: 20000,
        lower: 20000,
        lowerOpen: false,
        upper: 20000,
        upperOpen: false,
        bounded: false,
        unit: "元",
      },
      {
        ok: true,
        value: 5000,
        lower: 5000,
        lowerOpen: false,
        upper: 5000,
        upperOpen: false,
        bounded: false,
        unit: "元",
      },
    ]);
    expect(
      meetOperands(read(1, "人"), read(1, "人次"), true, "en", "ratio", "numerator"),
    ).toMatchObject({
      ok: false,
      reason: "unit_mismatch",
    });
    const met = meetOperands(read(2, "万元"), read(3, "万人"), false, "en", "ratio", "numerator");
    if (!("length" in met)) throw new Error(met.message);
    const [amount, people] = met;
    expect([amount.value, amount.unit, people.value, people.unit]).toEqual([
      20000,
      "元",
      30000,
      "人",
    ]);
  });

  it("knows when one figure is certainly larger than another", () => {
    const op = (value: number, comparator: "gt" | "nearly" | "eq" | "gte") => {
      const operand = readOperand({ value, comparator }, "en", "ratio", "numerator");
      if (!operand.ok) throw new Error("unreadable");
      return operand;
    };
    expect(certainlyLarger(op(100, "gt"), op(100, "eq"))).toBe(true);
    expect(certainlyLarger(op(100, "gte"), op(100, "eq"))).toBe(false);
    expect(certainlyLarger(op(101, "nearly"), op(100, "eq"))).toBe(false);
    expect(certainlyLarger(op(101, "eq"), op(100, "eq"))).toBe(true);
  });
});
