import { describe, expect, it } from "vitest";
import { completionRate } from "../../src/metric/completion-rate";
import { coverage } from "../../src/metric/coverage";
import { perCapita } from "../../src/metric/per-capita";
import { ratio } from "../../src/metric/ratio";
import { share } from "../../src/metric/share";
import type { MetricInput, MetricOptions, MetricResult } from "../../src/metric/types";

const en = { locale: "en" } as const;
const missing = null as unknown as MetricInput;
type Division = (a: MetricInput, b: MetricInput, options?: MetricOptions) => MetricResult;

describe("division formulas name the missing input", () => {
  it.each([
    [ratio, "ratio: the numerator is missing", "ratio: the denominator is missing"],
    [share, "share: the part is missing", "share: the whole is missing"],
    [coverage, "coverage: the covered count is missing", "coverage: the total is missing"],
    [
      completionRate,
      "completion rate: the actual value is missing",
      "completion rate: the target is missing",
    ],
    [
      perCapita,
      "per-capita value: the value is missing",
      "per-capita value: the population is missing",
    ],
  ] as readonly (readonly [Division, string, string])[])("%o", (formula, first, second) => {
    expect(formula(missing, 2, en)).toEqual({ ok: false, reason: "missing_value", message: first });
    expect(formula(1, missing, en)).toEqual({
      ok: false,
      reason: "missing_value",
      message: second,
    });
  });
});

describe("division formulas and units", () => {
  it("divides figures of different quantities for ratio and perCapita, each in its base unit", () => {
    const yuan = { value: 1, unit: "万元", comparator: "eq" } as const;
    const people = { value: 10, unit: "人", comparator: "eq" } as const;
    expect(ratio(yuan, people)).toEqual({ ok: true, value: 1000 });
    expect(perCapita(yuan, people, { per: 1 })).toEqual({ ok: true, value: 1000 });
  });

  it("refuses figures of different quantities for a part of a whole and a target", () => {
    const people = { value: 10, unit: "人", comparator: "eq" } as const;
    const visits = { value: 20, unit: "人次", comparator: "eq" } as const;
    expect(completionRate(people, visits, en)).toEqual({
      ok: false,
      reason: "unit_mismatch",
      message: 'completion rate: the unit "人" of the actual value does not match "人次"',
    });
    expect(share(people, visits, en)).toMatchObject({ ok: false, reason: "unit_mismatch" });
    expect(coverage(people, visits, en)).toMatchObject({ ok: false, reason: "unit_mismatch" });
  });
});

describe("a part certainly larger than its whole", () => {
  it("prints the part and the whole as written", () => {
    // 120–140 against 80–100: the part is at least 120, the whole at most 100.
    expect(
      share(
        { value: 120, upper: 140, comparator: "range" },
        { value: 80, upper: 100, comparator: "range" },
        en,
      ),
    ).toEqual({
      ok: false,
      reason: "numerator_exceeds_denominator",
      message: "share: the part 120 to 140 exceeds the total 80 to 100",
    });
  });
});

describe("perCapita's base", () => {
  it.each([
    [0, "0"],
    [-1, "-1"],
    [Number.NaN, "not a number"],
    [Number.POSITIVE_INFINITY, "positive infinity"],
  ])("refuses per = %o", (per, written) => {
    expect(perCapita(1, 100, { ...en, per })).toEqual({
      ok: false,
      reason: "non_positive_base",
      message: `per-capita value: the per-unit base must be positive, got ${written}`,
    });
  });

  it("refuses a per that is not a number", () => {
    expect(perCapita(1, 100, { per: "1" as unknown as number })).toMatchObject({
      ok: false,
      reason: "non_positive_base",
    });
  });
});

describe("division results", () => {
  it("is approximate when either figure is an estimate", () => {
    expect(ratio({ value: 1, comparator: "approx" }, 4)).toEqual({
      ok: true,
      value: 0.25,
      approximate: true,
    });
    expect(ratio(1, { value: 4, comparator: "approx" })).toEqual({
      ok: true,
      value: 0.25,
      approximate: true,
    });
  });

  it("fails rather than answer a quotient too large to represent", () => {
    expect(ratio(1e308, 1e-10, en)).toEqual({
      ok: false,
      reason: "not_finite",
      message: "ratio: the result must be a finite number, got positive infinity",
    });
  });
});
