// Roll-up over a national-size region tree held by the real region index, against a
// hand-written Map loop doing the same sums.
import { rollup } from "../src/metric/rollup";
import type { Indicator, Observation } from "../src/metric/types";
import { createRegionIndex } from "../src/region/create-region-index";
import type { Region, RegionLevel } from "../src/region/types";
import type { BenchScale, BenchSuite } from "./harness";

const PROVINCES =
  "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82".split(
    " ",
  );

/** How many children each region has, level by level below the provinces. */
type Fanout = readonly [prefectures: number, counties: number, townships: number, villages: number];

const fanouts: Readonly<Record<BenchScale, Fanout>> = {
  quick: [2, 2, 3, 5],
  check: [4, 5, 10, 10],
  // 34 provinces × 10 × 8 × 15 × 15: about 612,000 villages, the size of the national list.
  full: [10, 8, 15, 15],
};

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** A tree of well-formed statistical codes (village codes of 12 digits), parents first. */
function syntheticTree(provinces: number, [prefectures, counties, townships, villages]: Fanout) {
  const regions: Region[] = [];
  const add = (code: string, level: RegionLevel, parentCode?: string) => {
    regions.push(
      parentCode === undefined
        ? { code, name: code, level }
        : { code, name: code, level, parentCode },
    );
  };
  for (const province of PROVINCES.slice(0, provinces)) {
    add(`${province}0000`, "province");
    for (let p = 1; p <= prefectures; p++) {
      const prefecture = `${province}${pad(p, 2)}`;
      add(`${prefecture}00`, "prefecture", `${province}0000`);
      for (let c = 1; c <= counties; c++) {
        const county = `${prefecture}${pad(c, 2)}`;
        add(county, "county", `${prefecture}00`);
        for (let t = 1; t <= townships; t++) {
          const township = `${county}${pad(t, 3)}`;
          add(township, "township", county);
          for (let v = 1; v <= villages; v++) add(`${township}${pad(v, 3)}`, "village", township);
        }
      }
    }
  }
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
  setup: ({ scale, quick }) => {
    const provinces = scale === "full" ? PROVINCES.length : 3;
    const regions = syntheticTree(provinces, fanouts[scale]);
    const index = createRegionIndex(regions);
    // What a hand-written loop starts from: each region's parent code, from the same rows.
    const parentOf = new Map<string, string>();
    for (const region of regions) {
      if (region.parentCode !== undefined) parentOf.set(region.code, region.parentCode);
    }
    const counts = [provinces, ...fanouts[scale]].map((_, depth, all) =>
      all.slice(0, depth + 1).reduce((product, each) => product * each, 1),
    );
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

    /**
     * The same sums with nothing but Maps: no checks, no qualifiers, no entries; children before
     * parents by walking the rows (listed parents first) backwards.
     */
    const mapLoop = () => {
      const totals = new Map<string, number>();
      for (const observation of sums) {
        if (observation.indicatorId !== "participants") continue;
        const code = observation.regionCode;
        totals.set(code, (totals.get(code) ?? 0) + (observation.value as number));
      }
      for (let r = regions.length - 1; r >= 0; r--) {
        const code = (regions[r] as Region).code;
        const value = totals.get(code);
        if (value === undefined) continue;
        const parentCode = parentOf.get(code);
        if (parentCode === undefined) continue;
        totals.set(parentCode, (totals.get(parentCode) ?? 0) + value);
      }
      return totals;
    };

    return {
      notes: [
        `A synthetic tree of ${counts.join(" / ")} provinces / prefectures / counties / townships / villages (${regions.length.toLocaleString("en")} regions), one observation per village, held by \`createRegionIndex\`; the hand-written loop reads the parent codes of the same rows from a Map built beforehand.`,
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
        if (sum === undefined || scale !== "full") return [];
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
