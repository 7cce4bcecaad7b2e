// Roll-up over a national-size region tree, against a hand-written Map loop doing the same sums.
import { rollup } from "../src/metric/rollup";
import type { Indicator, Observation } from "../src/metric/types";
import type { Region, RegionIndex } from "../src/region/types";
import type { BenchSuite } from "./harness";

/**
 * A minimal Map-based RegionIndex for this benchmark only: it answers `get`, `parent` and
 * `regions`, the calls `rollup` makes, from plain Maps.
 */
function benchRegionIndex(regions: readonly Region[]): RegionIndex {
  const byCode = new Map<string, Region>();
  for (const region of regions) byCode.set(region.code, region);
  const parent = (code: string) => {
    const parentCode = byCode.get(code)?.parentCode;
    return parentCode === undefined ? undefined : byCode.get(parentCode);
  };
  const unsupported = () => {
    throw new Error("not used by the roll-up benchmark");
  };
  return {
    size: byCode.size,
    get: (code) => byCode.get(code),
    parent,
    children: unsupported,
    ancestors: unsupported,
    descendants: unsupported,
    count: unsupported,
    findByName: unsupported,
    findOneByName: unsupported,
    regions: () => regions,
  };
}

/** A tree with the given number of regions per level, children spread evenly over parents. */
function syntheticTree(counts: readonly [number, number, number, number, number]): Region[] {
  const levels = ["province", "prefecture", "county", "township", "village"] as const;
  const regions: Region[] = [];
  let previous: string[] = [];
  counts.forEach((count, depth) => {
    const level = levels[depth] ?? "village";
    const codes: string[] = [];
    for (let i = 0; i < count; i++) {
      const code = `${depth}-${i}`;
      codes.push(code);
      regions.push(
        depth === 0
          ? { code, name: code, level }
          : { code, name: code, level, parentCode: previous[i % previous.length] as string },
      );
    }
    previous = codes;
  });
  return regions;
}

const participants: Indicator = {
  id: "participants",
  name: { "zh-CN": "参与人数" },
  kind: "count",
  unit: "人",
  aggregation: "sum",
};
const awareness: Indicator = {
  id: "awareness_rate",
  name: { "zh-CN": "知晓率" },
  kind: "ratio",
  unit: "%",
  aggregation: "ratio",
};

export const rollupSuite: BenchSuite = {
  name: "rollup",
  setup: ({ quick }) => {
    const counts: [number, number, number, number, number] = quick
      ? [3, 12, 60, 600, 6000]
      : [34, 333, 2846, 41000, 600000];
    const regions = syntheticTree(counts);
    const index = benchRegionIndex(regions);
    const villages = regions.filter((region) => region.level === "village");
    const sums: Observation[] = villages.map((village, i) => ({
      indicatorId: "participants",
      regionCode: village.code,
      period: "2023",
      value: (i * 7919) % 1000,
    }));
    const ratios: Observation[] = villages.map((village, i) => ({
      indicatorId: "awareness_rate",
      regionCode: village.code,
      period: "2023",
      numerator: (i * 7919) % 100,
      denominator: 100,
    }));

    /** The same sums with nothing but a Map: no checks, no qualifiers, no entries. */
    const mapLoop = () => {
      const totals = new Map<string, number>();
      for (const observation of sums) {
        if (observation.indicatorId !== "participants") continue;
        const code = observation.regionCode;
        totals.set(code, (totals.get(code) ?? 0) + (observation.value as number));
      }
      const all = index.regions();
      for (let r = all.length - 1; r >= 0; r--) {
        const code = (all[r] as Region).code;
        const value = totals.get(code);
        if (value === undefined) continue;
        const parent = index.parent(code);
        if (parent === undefined) continue;
        totals.set(parent.code, (totals.get(parent.code) ?? 0) + value);
      }
      return totals;
    };

    return {
      notes: [
        `A synthetic tree of ${counts.join(" / ")} provinces / prefectures / counties / townships / villages (${regions.length.toLocaleString("en")} regions), one observation per village, on a bench-only Map-based RegionIndex.`,
      ],
      tasks: [
        { name: "rollup sum", fn: () => rollup(index, sums, participants) },
        { name: "rollup ratio", fn: () => rollup(index, ratios, awareness) },
        { name: "hand-written Map loop (sum)", fn: mapLoop },
      ],
      // One cold sample per task in --quick mode says nothing about the ratio; compare only in full runs.
      comparisons: quick
        ? []
        : [
            {
              label: "rollup sum vs Map loop",
              subject: "rollup sum",
              baseline: "hand-written Map loop (sum)",
              maxRatio: 2,
            },
          ],
      derive: (results) => {
        const sum = results.get("rollup sum");
        if (sum === undefined || quick) return [];
        return [
          {
            label: "rollup sum, national tree",
            value: `${sum.medianMs.toFixed(0)} ms`,
            target: "under 1000 ms",
            met: sum.medianMs < 1000,
          },
        ];
      },
    };
  },
};
