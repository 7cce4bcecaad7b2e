import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateOverTime } from "../../src/metric/aggregate-over-time";
import type { Indicator, Observation } from "../../src/metric/types";
import { addQuantities } from "../../src/quantity/add-quantities";
import { boundsOf } from "../../src/quantity/bounds-of";
import type { Comparator, Quantity } from "../../src/quantity/types";

const flow: Indicator = {
  id: "f",
  name: { "zh-CN": "活动场次" },
  kind: "count",
  unit: "场次",
  aggregation: "sum",
  temporal: "sum",
};
const stock: Indicator = { ...flow, id: "s", name: { "zh-CN": "示范单位数" }, temporal: "last" };

const bounded: readonly Comparator[] = ["eq", "gt", "gte", "lt", "lte", "nearly", "range"];

/** A figure with honest bounds: a whole value, and for a range a larger upper end. */
const figure = fc
  .record({
    value: fc.integer({ min: 0, max: 100_000 }),
    width: fc.integer({ min: 1, max: 1000 }),
    comparator: fc.constantFrom(...bounded),
    unit: fc.constantFrom("场次", "场"),
  })
  .map(
    ({ value, width, comparator, unit }): Quantity =>
      comparator === "range"
        ? { value, upper: value + width, unit, comparator }
        : { value, unit, comparator },
  );

/** A value the figure may stand for, from a pick in [0, 1]. */
function inside(q: Quantity, pick: number): number {
  const { lower, upper } = boundsOf(q);
  const low =
    lower === undefined ? (upper?.value ?? 0) - 1000 : lower.value + (lower.inclusive ? 0 : 0.5);
  const high = upper === undefined ? low + 1000 : upper.value - (upper.inclusive ? 0 : 0.5);
  return low + (high - low) * pick;
}

function within(q: Quantity, x: number): boolean {
  const { lower, upper } = boundsOf(q);
  const aboveLower = lower === undefined || (lower.inclusive ? x >= lower.value : x > lower.value);
  const belowUpper = upper === undefined || (upper.inclusive ? x <= upper.value : x < upper.value);
  return aboveLower && belowUpper;
}

const month = (indicatorId: string, m: number, value: Quantity): Observation => ({
  indicatorId,
  regionCode: "150105",
  period: `2023-${String(m).padStart(2, "0")}`,
  value,
});

const year = fc.array(figure, { minLength: 12, maxLength: 12 });

describe("aggregateOverTime properties", () => {
  it("bounds are sound: values inside every month's bounds add up inside the year's", () => {
    fc.assert(
      fc.property(
        year,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }),
        (figures, picks) => {
          const observations = figures.map((q, i) => month("f", i + 1, q));
          const result = aggregateOverTime(observations, flow, { period: "2023" });
          if (!result.ok) throw new Error(result.message);
          const total = { ...result.value, unit: "场次" } as Quantity;
          const sum = figures.reduce((acc, q, i) => acc + inside(q, picks[i] as number), 0);
          expect(within(total, sum)).toBe(true);
        },
      ),
    );
  });

  it("a quarter is the sum addQuantities gives of its months, in any order", () => {
    fc.assert(
      fc.property(
        fc.array(figure, { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(),
        (figures, quarter, seed) => {
          const observations = figures.map((q, i) => month("f", quarter * 3 - 2 + i, q));
          const shuffled = [...observations].sort(
            (a, b) => ((a.period.charCodeAt(6) * seed) % 7) - ((b.period.charCodeAt(6) * seed) % 7),
          );
          const result = aggregateOverTime(shuffled, flow, { period: `2023-Q${quarter}` });
          if (!result.ok) throw new Error(result.message);
          const expected = addQuantities(...(figures as [Quantity, ...Quantity[]]));
          expect({ ...result.value, unit: expected.unit }).toEqual({ ...expected, count: 3 });
        },
      ),
    );
  });

  it("never sums part of a period: any missing month is incomplete_period naming it", () => {
    fc.assert(
      fc.property(
        year,
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 11 }),
        (figures, absent) => {
          const observations = figures
            .map((q, i) => month("f", i + 1, q))
            .filter((_, i) => !absent.includes(i + 1));
          const result = aggregateOverTime(observations, flow, { period: "2023" });
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.reason).toBe("incomplete_period");
          // Every absent month lies in exactly one named part, and no named part holds a month.
          const monthsOf = (key: string): number[] => {
            if (/^\d{4}-\d{2}$/.test(key)) return [Number(key.slice(5))];
            if (key.includes("-Q")) return [1, 2, 3].map((m) => (Number(key.slice(6)) - 1) * 3 + m);
            if (key.includes("-H"))
              return [1, 2, 3, 4, 5, 6].map((m) => (Number(key.slice(6)) - 1) * 6 + m);
            return [];
          };
          const named = (result.missing ?? []).flatMap(monthsOf).sort((a, b) => a - b);
          expect(named).toEqual([...absent].sort((a, b) => a - b));
        },
      ),
    );
  });

  it("last is the figure of the last month, whatever came before", () => {
    fc.assert(
      fc.property(year, (figures) => {
        const observations = figures.map((q, i) => month("s", i + 1, q));
        const result = aggregateOverTime(observations, stock, { period: "2023" });
        if (!result.ok) throw new Error(result.message);
        const december = figures[11] as Quantity;
        expect(result.value).toEqual({ ...december, unit: "场次", count: 1 });
      }),
    );
  });
});
