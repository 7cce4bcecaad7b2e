import { describe, expect, it } from "vitest";
import { completionRate } from "../../src/metric/completion-rate";
import { growthRate } from "../../src/metric/growth-rate";
import { lowerQuotient, type Operand, upperQuotient } from "../../src/metric/operand";
import { ratio } from "../../src/metric/ratio";
import type { MetricInput } from "../../src/metric/types";

const en = { locale: "en" } as const;
const unread = (input: unknown) => input as MetricInput;

describe("reading a formula input", () => {
  it.each([
    ["null", null],
    ["a string", "5"],
    ["a quantity without a value", { comparator: "eq" }],
    ["a quantity whose value is a string", { value: "5", comparator: "eq" }],
  ])("reads %s as a missing input", (_, input) => {
    expect(ratio(unread(input), 1, en)).toEqual({
      ok: false,
      reason: "missing_value",
      message: "ratio: the numerator is missing",
    });
  });

  it.each([
    [Number.POSITIVE_INFINITY, "positive infinity"],
    [{ value: Number.NaN, comparator: "eq" }, "not a number"],
    [{ value: Number.NEGATIVE_INFINITY, unit: "人", comparator: "gt" }, "negative infinity"],
  ] as const)("refuses the non-finite input %o", (input, written) => {
    expect(ratio(input, 1, en)).toEqual({
      ok: false,
      reason: "not_finite",
      message: `ratio: the numerator must be a finite number, got ${written}`,
    });
  });

  it.each([
    ["no upper end", { value: 30, comparator: "range" }, "a missing value"],
    ["an upper end that is a string", { value: 30, upper: "40", comparator: "range" }, "40"],
    [
      "an infinite upper end",
      { value: 30, upper: Number.POSITIVE_INFINITY, comparator: "range" },
      "positive infinity",
    ],
    ["an upper end below the lower", { value: 30, upper: 20, comparator: "range" }, "20"],
  ])("refuses a range with %s, in the locale asked for", (_, input, written) => {
    expect(ratio(unread(input), 100, en)).toEqual({
      ok: false,
      reason: "not_finite",
      message: `ratio: the numerator must be a finite number, got ${written}`,
    });
  });

  it("reads a range whose ends meet as that one value, approximately", () => {
    expect(ratio({ value: 30, upper: 30, comparator: "range" }, 100)).toEqual({
      ok: true,
      value: 0.3,
      lower: 0.3,
      upper: 0.3,
      approximate: true,
    });
  });

  it("reads a comparator it does not know as an estimate of the value, in its unit", () => {
    const unknown = unread({ value: 5, unit: "人", comparator: "about" });
    expect(ratio(unknown, 10)).toEqual({ ok: true, value: 0.5, approximate: true });
    expect(completionRate(unknown, { value: 10, unit: "人次", comparator: "eq" }, en)).toEqual({
      ok: false,
      reason: "unit_mismatch",
      message: 'completion rate: the unit "人" of the actual value does not match "人次"',
    });
  });
});

describe("quotient limits at zero", () => {
  it("bounds a quotient whose numerator may be 0", () => {
    // 0 or more over less than 5: at least 0, with no upper limit.
    expect(ratio({ value: 0, comparator: "gte" }, { value: 5, comparator: "lt" })).toEqual({
      ok: true,
      value: 0,
      lower: 0,
    });
    // At most 0 over more than 5: at most 0.
    expect(ratio({ value: 0, comparator: "lte" }, { value: 5, comparator: "gt" })).toEqual({
      ok: true,
      value: 0,
      upper: 0,
    });
  });

  it("leaves a side open when the divisor may reach 0 or is unbounded", () => {
    const b: Operand = { ok: true, value: 5, lower: 0, upper: 10, bounded: true };
    const open: Operand = { ok: true, value: 5, lower: 5, bounded: true };
    const a: Operand = { ok: true, value: 1, lower: 1, upper: 1, bounded: false };
    const negative: Operand = { ok: true, value: -1, lower: -1, upper: -1, bounded: false };
    expect(upperQuotient(a, b)).toBeUndefined();
    expect(lowerQuotient(negative, b)).toBeUndefined();
    expect(lowerQuotient(a, open)).toBeUndefined();
    expect(upperQuotient(negative, open)).toBeUndefined();
    expect(lowerQuotient(a, b)).toBe(0.1);
    expect(upperQuotient(negative, b)).toBe(-0.1);
  });

  it("leaves a side open when the dividend is open on it", () => {
    const b: Operand = { ok: true, value: 2, lower: 1, upper: 4, bounded: true };
    expect(lowerQuotient({ ok: true, value: 5, upper: 5, bounded: true }, b)).toBeUndefined();
    expect(upperQuotient({ ok: true, value: 5, lower: 5, bounded: true }, b)).toBeUndefined();
  });

  it("bounds growth from a negative figure over a bounded base", () => {
    // At least −10 against 5 to 10: a growth of at least −10/5 − 1.
    expect(
      growthRate({ value: -10, comparator: "gte" }, { value: 5, upper: 10, comparator: "range" }),
    ).toEqual({ ok: true, value: -2.333333333333333, lower: -3, approximate: true });
  });
});
