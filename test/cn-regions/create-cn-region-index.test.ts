import { describe, expect, it } from "vitest";
import { createCnRegionIndex } from "../../src/cn-regions/create-cn-region-index";

// A test-only traditional → simplified mapping, enough to prove the strategy hook.
const TRADITIONAL: Readonly<Record<string, string>> = { 綏: "绥", 縣: "县", 區: "区" };
const toSimplifiedForTest = (name: string): string =>
  Array.from(name, (character) => TRADITIONAL[character] ?? character).join("");

describe("createCnRegionIndex", () => {
  it("finds every 市中区 as the doc example shows", () => {
    const index = createCnRegionIndex();
    expect(index.findByName("市中区").map((region) => region.code)).toEqual([
      "370103",
      "370402",
      "511002",
      "511102",
    ]);
    expect(index.parent("429004")?.name).toBe("湖北省");
  });

  const index = createCnRegionIndex();

  it("tells the four 市中区 apart by their cities", () => {
    expect(index.findByName("市中区", { within: "370100" }).map((region) => region.code)).toEqual([
      "370103",
    ]);
    expect(index.findByName("市中区", { within: "370000" }).map((region) => region.code)).toEqual([
      "370103",
      "370402",
    ]);
    expect(index.findByName("市中区", { within: "510000" })).toHaveLength(2);
    expect(index.findByName("市中区").map((region) => index.parent(region.code)?.name)).toEqual([
      "济南市",
      "枣庄市",
      "内江市",
      "乐山市",
    ]);
  });

  it("places every county under a prefecture or, for direct units and municipalities, a province", () => {
    expect(index.ancestors("150203").map((region) => region.name)).toEqual([
      "包头市",
      "内蒙古自治区",
    ]);
    expect(index.parent("110101")?.code).toBe("110000");
    expect(index.parent("500101")?.code).toBe("500000");
    expect(index.parent("659001")?.code).toBe("650000");
    for (const region of index.regions()) {
      if (region.level === "province") expect(index.parent(region.code)).toBe(undefined);
      else expect(index.parent(region.code)).toBeDefined();
    }
  });

  it("finds 绥江县 written in traditional characters with a normalizeName strategy", () => {
    expect(index.findByName("綏江縣")).toEqual([]);
    const normalized = createCnRegionIndex({ normalizeName: toSimplifiedForTest });
    expect(normalized.findByName("綏江縣").map((region) => region.code)).toEqual(["530626"]);
  });

  it("counts the regions of a province through descendants", () => {
    const innerMongolia = index.descendants("150000");
    expect(innerMongolia.filter((region) => region.level === "prefecture")).toHaveLength(12);
    expect(innerMongolia.every((region) => region.code.startsWith("15"))).toBe(true);
  });
});
