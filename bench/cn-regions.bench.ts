// The national catalogue with its townships (about 44,500 regions) and the code history:
// building the index, level and name queries that search instead of filtering, and history
// lookups. Each fast query is compared with the filter over the whole it replaces.
import { cnRegions } from "../src/cn-regions/cn-regions";
import { cnRegionHistory } from "../src/cn-regions/history/cn-region-history";
import { findRegionsByNameAt } from "../src/cn-regions/history/find-regions-by-name-at";
import { regionNameAt } from "../src/cn-regions/history/region-name-at";
import { resolveRegionCode } from "../src/cn-regions/history/resolve-region-code";
import { cnTownships } from "../src/cn-regions/townships/cn-townships";
import { packedCnTownships } from "../src/cn-regions/townships/data.generated";
import { decodeCnTownships } from "../src/cn-regions/townships/decode-cn-townships";
import { createRegionIndex } from "../src/region/create-region-index";
import { isWithin } from "../src/region/is-within";
import type { BenchSuite } from "./harness";

export const cnRegionsSuite: BenchSuite = {
  name: "national catalogue, townships and code history",
  setup() {
    const rows = [...cnRegions, ...cnTownships];
    const index = createRegionIndex(rows);
    const shandong = "370000";
    const shizhong = "370103";
    // The most repeated township name, and a county that has one.
    const names = new Map<string, number>();
    for (const township of cnTownships)
      names.set(township.name, (names.get(township.name) ?? 0) + 1);
    const [common = "城关镇", repeats = 0] = [...names].sort((a, b) => b[1] - a[1])[0] ?? [];
    const inCounty = index.findByName(common)[0]?.code.slice(0, 6) ?? shizhong;
    return {
      notes: [
        `${rows.length.toLocaleString("en")} regions: the catalogue's ${cnRegions.length.toLocaleString("en")} and ${cnTownships.length.toLocaleString("en")} townships; ${cnRegionHistory.records.length.toLocaleString("en")} history records.`,
        `${common} names ${repeats} townships; 山东省 holds ${index.count(shandong).toLocaleString("en")} regions below it, ${index.count(shandong, { level: "county" })} of them counties; 市中区 has ${index.count(shizhong, { level: "township" })} streets.`,
      ],
      tasks: [
        { name: "decode cnTownships", fn: () => decodeCnTownships(packedCnTownships) },
        {
          name: `createRegionIndex (${rows.length.toLocaleString("en")} regions)`,
          fn: () => createRegionIndex(rows),
        },
        {
          name: "descendants(市中区, { level: township })",
          fn: () => index.descendants(shizhong, { level: "township" }),
        },
        {
          name: "descendants(山东省, { level: county })",
          fn: () => index.descendants(shandong, { level: "county" }),
        },
        {
          name: "descendants(山东省) filtered to counties",
          fn: () => index.descendants(shandong).filter((region) => region.level === "county"),
        },
        {
          name: "count(山东省, { level: county })",
          fn: () => index.count(shandong, { level: "county" }),
        },
        {
          name: "descendants(山东省) counted at county level",
          fn: () =>
            index.descendants(shandong).filter((region) => region.level === "county").length,
        },
        {
          name: `findByName(${common}, { within: county })`,
          fn: () => index.findByName(common, { within: inCounty }),
        },
        {
          name: `findByName(${common}) filtered to the county`,
          fn: () => index.findByName(common).filter((region) => isWithin(region.code, inCounty)),
        },
        {
          name: 'findOneByName("黄南", { prefix: true })',
          fn: () => index.findOneByName("黄南", { prefix: true }),
        },
        { name: 'regionNameAt("632321", 2015)', fn: () => regionNameAt("632321", 2015) },
        { name: 'resolveRegionCode("632321")', fn: () => resolveRegionCode("632321") },
        {
          name: 'resolveRegionCode("132201", { year: 1982 }) (two splits)',
          fn: () => resolveRegionCode("132201", { year: 1982 }),
        },
        { name: 'findRegionsByNameAt("郊区", 1985)', fn: () => findRegionsByNameAt("郊区", 1985) },
      ],
      comparisons: [
        {
          label: "descendants by level against filtering a province's descendants",
          subject: "descendants(山东省, { level: county })",
          baseline: "descendants(山东省) filtered to counties",
          maxRatio: 0.5,
        },
        {
          label: "count by level against counting a filtered list",
          subject: "count(山东省, { level: county })",
          baseline: "descendants(山东省) counted at county level",
          maxRatio: 0.1,
        },
        {
          label: "findByName within a county against filtering every match",
          subject: `findByName(${common}, { within: county })`,
          baseline: `findByName(${common}) filtered to the county`,
          maxRatio: 0.5,
        },
      ],
    };
  },
};
