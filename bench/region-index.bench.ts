// Building a national-size region index and querying it: findByName is O(matches) and
// descendants O(result), so neither depends on the 640,000 regions the index holds.
import { createRegionIndex } from "../src/region/create-region-index";
import type { Region } from "../src/region/types";
import type { BenchSuite } from "./harness";

const PROVINCES =
  "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71".split(
    " ",
  );
const COUNTY_NAMES = ["朝阳区", "市中区", "鼓楼区", "新城区", "城关区"];

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** A synthetic national tree; names repeat the way real ones do (市中区 in many cities). */
function syntheticRegions(shape: {
  readonly provinces: number;
  readonly prefectures: number;
  readonly counties: number;
  readonly townships: number;
}): Region[] {
  const regions: Region[] = [];
  for (const province of PROVINCES.slice(0, shape.provinces)) {
    regions.push({ code: `${province}0000`, name: `省${province}`, level: "province" });
    for (let p = 1; p <= shape.prefectures; p++) {
      const prefecture = `${province}${pad(p, 2)}`;
      regions.push({ code: `${prefecture}00`, name: `市${prefecture}`, level: "prefecture" });
      for (let c = 1; c <= shape.counties; c++) {
        const county = `${prefecture}${pad(c, 2)}`;
        // Every fifth county shares one of a few common names.
        const name =
          c % 5 === 0 ? (COUNTY_NAMES[(c / 5) % COUNTY_NAMES.length] ?? "") : `县${county}`;
        regions.push({ code: county, name, level: "county" });
        for (let t = 1; t <= shape.townships; t++) {
          regions.push({
            code: `${county}${pad(t, 3)}`,
            name: `城关镇${t % 50}`,
            level: "township",
          });
        }
      }
    }
  }
  return regions;
}

export const regionIndexSuite: BenchSuite = {
  name: "region index",
  setup({ scale }) {
    const shape =
      scale !== "full"
        ? { provinces: 2, prefectures: 5, counties: 10, townships: 20 }
        : { provinces: 32, prefectures: 10, counties: 20, townships: 99 };
    const regions = syntheticRegions(shape);
    const index = createRegionIndex(regions);
    const someProvince = `${PROVINCES[1]}0000`;
    const someCounty = `${PROVINCES[1]}0104`;
    return {
      notes: [
        `${regions.length.toLocaleString("en")} regions: ${shape.provinces} provinces × ${shape.prefectures} prefectures × ${shape.counties} counties × ${shape.townships} townships.`,
        `findByName("市中区") matches ${index.findByName("市中区").length.toLocaleString("en")} regions; findByName("城关镇7") ${index.findByName("城关镇7").length.toLocaleString("en")}; descendants of a province: ${index.descendants(someProvince).length.toLocaleString("en")}.`,
      ],
      tasks: [
        {
          name: `createRegionIndex (${regions.length.toLocaleString("en")} regions)`,
          fn: () => createRegionIndex(regions),
        },
        { name: "get (padded 12-digit code)", fn: () => index.get(`${someCounty}001000`) },
        { name: 'findByName("市中区")', fn: () => index.findByName("市中区") },
        {
          name: 'findByName("市中区", { within: province })',
          fn: () => index.findByName("市中区", { within: someProvince }),
        },
        {
          name: 'findByName("城关镇7", { within: county })',
          fn: () => index.findByName("城关镇7", { within: someCounty }),
        },
        { name: "descendants(county)", fn: () => index.descendants(someCounty) },
        { name: "descendants(province)", fn: () => index.descendants(someProvince) },
        { name: "ancestors(township)", fn: () => index.ancestors(`${someCounty}007`) },
      ],
    };
  },
};
