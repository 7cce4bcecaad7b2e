import { describe, expect, it } from "vitest";
import { cnRegions } from "../../src/cn-regions/cn-regions";
import { cnRegionsSource } from "../../src/cn-regions/data.generated";
import { parseRegionCode } from "../../src/region/parse-region-code";

describe("cnRegions", () => {
  it("holds the catalog as the doc example shows", () => {
    expect(cnRegions.find((region) => region.code === "150105")).toEqual({
      code: "150105",
      name: "赛罕区",
      level: "county",
    });
    expect(cnRegions.filter((region) => region.name === "市中区").length).toBe(4);
  });

  it.each([
    ["150105", "赛罕区"],
    ["150102", "新城区"],
    ["150203", "昆都仑区"],
    ["370103", "市中区"],
    ["530626", "绥江县"],
    ["450126", "宾阳县"],
    ["450107", "西乡塘区"],
    ["522632", "榕江县"],
  ])("holds the seed region %s %s", (code, name) => {
    expect(cnRegions.find((region) => region.code === code)?.name).toBe(name);
  });

  it("has the row counts its source records, per level", () => {
    const counts = { province: 0, prefecture: 0, county: 0, township: 0, village: 0 };
    for (const region of cnRegions) counts[region.level]++;
    expect(counts).toEqual({ ...cnRegionsSource.counts, township: 0, village: 0 });
    expect(counts.province).toBe(34);
    expect(counts.prefecture).toBeGreaterThan(330);
    expect(counts.county).toBeGreaterThan(2800);
  });

  it("holds only valid, unique, canonical codes whose level agrees, sorted by code", () => {
    const codes = cnRegions.map((region) => region.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    for (const region of cnRegions) {
      const parsed = parseRegionCode(region.code);
      expect(
        parsed.ok && parsed.value.code === region.code && parsed.value.level === region.level,
      ).toBe(true);
      expect(region.name).toMatch(/^\D+$/);
    }
  });

  it("leaves out placeholder groupings and statistical 功能区", () => {
    const names = new Set(cnRegions.map((region) => region.name));
    expect(names.has("市辖区")).toBe(false);
    expect(names.has("省直辖县级行政区划")).toBe(false);
    expect(cnRegions.some((region) => region.code.charAt(4) === "7")).toBe(false);
  });

  it("lists Taiwan, Hong Kong and Macao at province level", () => {
    expect(cnRegions.filter((region) => /^(71|81|82)/.test(region.code))).toEqual([
      { code: "710000", name: "台湾省", level: "province" },
      { code: "810000", name: "香港特别行政区", level: "province" },
      { code: "820000", name: "澳门特别行政区", level: "province" },
    ]);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(cnRegions)).toBe(true);
    expect(Object.isFrozen(cnRegions[0])).toBe(true);
  });
});
