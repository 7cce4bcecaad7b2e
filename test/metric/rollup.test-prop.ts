import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rollup } from "../../src/metric/rollup";
import type { Indicator, Observation } from "../../src/metric/types";
import type { Region } from "../../src/region/types";
import { createRegionIndex } from "./region-index-helper";

/** A random tree: region i > 0 hangs under a random earlier region. */
const tree = fc.array(fc.nat(), { minLength: 1, maxLength: 40 }).map((picks) =>
  picks.map((pick, i): Region => {
    const code = `r${i}`;
    return i === 0
      ? { code, name: code, level: "province" }
      : { code, name: code, level: "county", parentCode: `r${pick % i}` };
  }),
);

const scenario = tree.chain((regions) =>
  fc.record({
    regions: fc.constant(regions),
    values: fc.array(
      fc.option(
        fc.record({ n: fc.integer({ min: 0, max: 1000 }), d: fc.integer({ min: 1, max: 1000 }) }),
        {
          nil: undefined,
        },
      ),
      { minLength: regions.length, maxLength: regions.length },
    ),
  }),
);

const sum: Indicator = { id: "s", name: { "zh-CN": "和" }, kind: "count", aggregation: "sum" };
const ratio: Indicator = { id: "r", name: { "zh-CN": "率" }, kind: "ratio", aggregation: "ratio" };

describe("rollup properties", () => {
  it("equals a brute-force sum over every region's descendants, for sums and ratios", () => {
    fc.assert(
      fc.property(scenario, ({ regions, values }) => {
        const index = createRegionIndex(regions);
        const observations: Observation[] = [];
        regions.forEach((region, i) => {
          const v = values[i];
          if (v === undefined) return;
          observations.push({
            indicatorId: "s",
            regionCode: region.code,
            period: "2023",
            value: v.n,
          });
          observations.push({
            indicatorId: "r",
            regionCode: region.code,
            period: "2023",
            numerator: v.n,
            denominator: v.d,
          });
        });
        const sums = rollup(index, observations, sum);
        const ratios = rollup(index, observations, ratio);
        if (!sums.ok || !ratios.ok) throw new Error("expected success");
        for (const region of regions) {
          const covered = [region, ...index.descendants(region.code)]
            .map((r) => values[Number(r.code.slice(1))])
            .filter((v) => v !== undefined);
          if (covered.length === 0) {
            expect(sums.value.has(region.code)).toBe(false);
            continue;
          }
          const n = covered.reduce((total, v) => total + v.n, 0);
          const d = covered.reduce((total, v) => total + v.d, 0);
          expect(sums.value.get(region.code)).toEqual({
            value: n,
            comparator: "eq",
            count: covered.length,
          });
          expect(ratios.value.get(region.code)).toEqual({
            value: n / d,
            comparator: "eq",
            numerator: n,
            denominator: d,
            count: covered.length,
          });
        }
      }),
    );
  });

  it("never throws and never returns a non-finite value, whatever the observations hold", () => {
    const anyValue = fc.oneof(
      fc.double(),
      fc.record({
        value: fc.double(),
        comparator: fc.constantFrom("eq", "gt", "nearly", "approx" as const),
      }),
    );
    fc.assert(
      fc.property(
        tree,
        fc.array(fc.record({ region: fc.nat(), value: anyValue, d: anyValue }), { maxLength: 20 }),
        fc.constantFrom<Indicator["aggregation"]>("sum", "ratio", "max", "min", "none"),
        (regions, raw, aggregation) => {
          const index = createRegionIndex(regions);
          const observations: Observation[] = raw.map(({ region, value, d }) => ({
            indicatorId: "x",
            regionCode: `r${region % (regions.length + 1)}`,
            period: "2023",
            value,
            numerator: value,
            denominator: d,
          }));
          const result = rollup(index, observations, { ...sum, id: "x", aggregation });
          if (result.ok) {
            for (const entry of result.value.values())
              expect(Number.isFinite(entry.value)).toBe(true);
          } else {
            expect(result.message).not.toBe("");
          }
        },
      ),
    );
  });
});
