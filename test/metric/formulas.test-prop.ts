import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cagr } from "../../src/metric/cagr";
import { completionRate } from "../../src/metric/completion-rate";
import { coverage } from "../../src/metric/coverage";
import { growthRate } from "../../src/metric/growth-rate";
import { perCapita } from "../../src/metric/per-capita";
import { previousFromGrowth } from "../../src/metric/previous-from-growth";
import { ratio } from "../../src/metric/ratio";
import { share } from "../../src/metric/share";
import { surveyRate } from "../../src/metric/survey-rate";
import type { MetricInput } from "../../src/metric/types";
import { yearOnYear } from "../../src/metric/year-on-year";
import type { Comparator } from "../../src/quantity/types";

const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 100000 }),
  fc.constantFrom(0, -0, 1, 100),
);
const input: fc.Arbitrary<MetricInput> = fc.oneof(
  number,
  fc.record({
    value: number,
    unit: fc.constantFrom("人", "%", "个"),
    comparator: fc.constantFrom<Comparator>("eq", "approx", "nearly", "gt", "gte", "lt", "lte"),
  }),
);

function expectClean(result: {
  ok: boolean;
  value?: unknown;
  lower?: unknown;
  upper?: unknown;
  message?: unknown;
}) {
  if (result.ok) {
    for (const key of ["value", "lower", "upper"] as const) {
      const v = result[key];
      if (v !== undefined) {
        expect(Number.isFinite(v)).toBe(true);
        expect(Object.is(v, -0)).toBe(false);
      }
    }
    if (result.lower !== undefined && result.upper !== undefined) {
      expect(result.lower as number).toBeLessThanOrEqual(result.upper as number);
    }
  } else {
    expect(typeof result.message).toBe("string");
    expect(result.message).not.toBe("");
  }
}

describe("formula properties", () => {
  it("never throw and never return NaN, ±Infinity or -0, for any finite or non-finite input", () => {
    fc.assert(
      fc.property(input, input, input, (a, b, c) => {
        expectClean(ratio(a, b));
        expectClean(share(a, b));
        expectClean(coverage(a, b));
        expectClean(completionRate(a, b));
        expectClean(perCapita(a, b));
        expectClean(growthRate(a, b));
        expectClean(previousFromGrowth(a, b));
        expectClean(cagr(a, b, c));
        expectClean(surveyRate(a, b));
        expectClean(
          yearOnYear(
            [
              { indicatorId: "i", regionCode: "r", period: "2023", value: a },
              { indicatorId: "i", regionCode: "r", period: "2022", numerator: b, denominator: c },
            ],
            { indicatorId: "i", regionCode: "r", period: "2023" },
          ),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("keep the value inside its own limits", () => {
    const count = fc.integer({ min: 0, max: 100000 });
    const bounded = fc.record({
      value: count,
      comparator: fc.constantFrom<Comparator>("eq", "nearly", "gt", "gte", "lt", "lte"),
    });
    fc.assert(
      fc.property(bounded, fc.integer({ min: 1, max: 100000 }), (a, b) => {
        for (const result of [ratio(a, b), growthRate(a, b), perCapita(a, b)]) {
          if (!result.ok) continue;
          if (result.lower !== undefined) expect(result.value).toBeGreaterThanOrEqual(result.lower);
          if (result.upper !== undefined) expect(result.value).toBeLessThanOrEqual(result.upper);
        }
      }),
    );
  });

  it("give a Wilson interval that contains the observed proportion", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 0.999, noNaN: true }),
        (n, p, confidence) => {
          const x = Math.round(p * n);
          const result = surveyRate(x, n, { confidence });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.lower).toBeLessThanOrEqual(result.value + 1e-12);
          expect(result.upper).toBeGreaterThanOrEqual(result.value - 1e-12);
          expect(result.lower).toBeGreaterThanOrEqual(0);
          expect(result.upper).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

/** A bounded figure and a true value it allows: an integer inside its bounds. */
const figureWithTruth = (min: number, max: number, scale = 1) =>
  fc
    .tuple(
      fc.integer({ min, max }),
      fc.integer({ min: 1, max: 50 }),
      fc.constantFrom<Comparator>("eq", "approx", "nearly", "gt", "gte", "lt", "lte", "range"),
    )
    .chain(([value, width, comparator]) => {
      const upper = value + width;
      const low =
        comparator === "lt" ||
        comparator === "lte" ||
        comparator === "nearly" ||
        comparator === "approx"
          ? value - 50
          : comparator === "gt"
            ? value + 1
            : value;
      const high =
        comparator === "range"
          ? upper
          : comparator === "gt" || comparator === "gte" || comparator === "approx"
            ? value + 50
            : comparator === "lt" || comparator === "nearly"
              ? value - 1
              : value;
      const q: MetricInput =
        comparator === "range"
          ? { value: value / scale, upper: upper / scale, comparator }
          : { value: value / scale, comparator };
      return fc.integer({ min: low, max: high }).map((truth) => ({ q, truth: truth / scale }));
    });

function expectWithin(
  bounded: { ok: boolean; lower?: number; upper?: number },
  exact: { ok: boolean; value?: number },
) {
  if (!bounded.ok || !exact.ok || exact.value === undefined) return;
  const slack = 1e-9 * Math.max(1, Math.abs(exact.value));
  if (bounded.lower !== undefined)
    expect(exact.value).toBeGreaterThanOrEqual(bounded.lower - slack);
  if (bounded.upper !== undefined) expect(exact.value).toBeLessThanOrEqual(bounded.upper + slack);
}

describe("formula bounds", () => {
  it("hold for every true value inside the inputs' bounds, in every formula", () => {
    const count = figureWithTruth(0, 10000);
    const positive = figureWithTruth(60, 10000);
    const growth = figureWithTruth(-40, 200, 100);
    fc.assert(
      fc.property(count, positive, positive, growth, (a, b, c, g) => {
        expectWithin(ratio(a.q, b.q), ratio(a.truth, b.truth));
        expectWithin(share(a.q, b.q), share(a.truth, b.truth));
        expectWithin(coverage(a.q, b.q), coverage(a.truth, b.truth));
        expectWithin(completionRate(a.q, b.q), completionRate(a.truth, b.truth));
        expectWithin(perCapita(a.q, b.q), perCapita(a.truth, b.truth));
        expectWithin(growthRate(a.q, b.q), growthRate(a.truth, b.truth));
        expectWithin(previousFromGrowth(a.q, g.q), previousFromGrowth(a.truth, g.truth));
        expectWithin(cagr(b.q, a.q, c.q), cagr(b.truth, a.truth, c.truth));
      }),
      { numRuns: 3000 },
    );
  });

  it("say when a result comes from an estimate or a range", () => {
    fc.assert(
      fc.property(figureWithTruth(1, 10000), fc.integer({ min: 1, max: 10000 }), (a, b) => {
        const result = growthRate(a.q, b);
        const q = a.q as { comparator: Comparator };
        const estimated = q.comparator === "approx" || q.comparator === "range";
        if (result.ok) expect(result.approximate === true).toBe(estimated);
      }),
    );
  });
});
