import { describe, expect, it } from "vitest";
import { ShiliuError } from "../../src/core/shiliu-error";
import { createRegionIndex } from "../../src/region/create-region-index";
import type { Region } from "../../src/region/types";

// A test-only traditional → simplified mapping, enough to prove the strategy hook.
const TRADITIONAL: Readonly<Record<string, string>> = { 綏: "绥", 縣: "县", 區: "区", 賽: "赛" };
const toSimplifiedForTest = (name: string): string =>
  Array.from(name, (character) => TRADITIONAL[character] ?? character).join("");

const seeds: readonly Region[] = [
  { code: "150000", name: "内蒙古自治区", level: "province" },
  { code: "150100", name: "呼和浩特市", level: "prefecture" },
  { code: "150102", name: "新城区", level: "county" },
  { code: "150105", name: "赛罕区", level: "county", parentCode: "150100" },
  { code: "150200", name: "包头市", level: "prefecture" },
  { code: "150203", name: "昆都仑区", level: "county", aliases: ["昆区"] },
  { code: "530000", name: "云南省", level: "province" },
  { code: "530600", name: "昭通市", level: "prefecture" },
  { code: "530626", name: "绥江县", level: "county" },
  { code: "420000", name: "湖北省", level: "province" },
  { code: "429004", name: "仙桃市", level: "county" },
  { code: "110000", name: "北京市", level: "province" },
  { code: "110101", name: "东城区", level: "county" },
  { code: "150105001", name: "大学西路街道", level: "township" },
  { code: "150105001001", name: "某社区", level: "village" },
];

describe("createRegionIndex", () => {
  it("finds every 市中区 as the doc example shows", () => {
    const index = createRegionIndex([
      { code: "370000", name: "山东省", level: "province" },
      { code: "370100", name: "济南市", level: "prefecture" },
      { code: "370103", name: "市中区", level: "county" },
      { code: "370400", name: "枣庄市", level: "prefecture" },
      { code: "370402", name: "市中区", level: "county" },
    ]);
    expect(index.findByName("市中区").map((region) => region.code)).toEqual(["370103", "370402"]);
    expect(index.findByName("市中区", { within: "370400" }).map((region) => region.code)).toEqual([
      "370402",
    ]);
    expect(index.ancestors("370103").map((region) => region.name)).toEqual(["济南市", "山东省"]);
  });

  const index = createRegionIndex(seeds);

  it("gets regions by code, padded or not", () => {
    expect(index.size).toBe(seeds.length);
    expect(index.get("150105")?.name).toBe("赛罕区");
    expect(index.get("150105000000")?.name).toBe("赛罕区");
    expect(index.get("150105001000")?.name).toBe("大学西路街道");
    expect(index.get("150106")).toBe(undefined);
    expect(index.get("not a code")).toBe(undefined);
  });

  it("places 省直辖县级 units and municipal districts under the nearest present ancestor", () => {
    expect(index.parent("429004")?.code).toBe("420000");
    expect(index.parent("110101")?.code).toBe("110000");
    expect(index.children("420000").map((region) => region.code)).toEqual(["429004"]);
    expect(index.parent("150000")).toBe(undefined);
  });

  it("walks ancestors nearest first, also from a code it does not hold", () => {
    expect(index.ancestors("150105001001").map((region) => region.code)).toEqual([
      "150105001",
      "150105",
      "150100",
      "150000",
    ]);
    expect(index.ancestors("150105002").map((region) => region.code)).toEqual([
      "150105",
      "150100",
      "150000",
    ]);
    expect(index.parent("150106")?.code).toBe("150100");
    expect(index.ancestors("160000")).toEqual([]);
  });

  it("lists children by code and descendants parents first", () => {
    expect(index.children("150000").map((region) => region.code)).toEqual(["150100", "150200"]);
    expect(index.children("150100").map((region) => region.code)).toEqual(["150102", "150105"]);
    expect(index.descendants("150100").map((region) => region.code)).toEqual([
      "150102",
      "150105",
      "150105001",
      "150105001001",
    ]);
    expect(index.descendants("150105001001")).toEqual([]);
    expect(index.descendants("150106")).toEqual([]);
    expect(index.children("150106")).toEqual([]);
  });

  it("lists every region with parents before children", () => {
    const order = index.regions().map((region) => region.code);
    expect(order).toHaveLength(seeds.length);
    for (const region of index.regions()) {
      const parent = index.parent(region.code);
      if (parent !== undefined)
        expect(order.indexOf(parent.code)).toBeLessThan(order.indexOf(region.code));
    }
    expect(order.slice(0, 3)).toEqual(["110000", "110101", "150000"]);
  });

  it("finds aliases, and a region once even when its name and alias agree", () => {
    expect(index.findByName("昆区").map((region) => region.code)).toEqual(["150203"]);
    expect(index.findByName(" 昆都仑区 ").map((region) => region.code)).toEqual(["150203"]);
    const doubled = createRegionIndex([
      { code: "150000", name: "内蒙古", level: "province", aliases: ["内蒙古"] },
    ]);
    expect(doubled.findByName("内蒙古")).toHaveLength(1);
    expect(index.findByName("不存在")).toEqual([]);
  });

  it("applies a normalizeName strategy to stored names and queries", () => {
    expect(index.findByName("綏江縣")).toEqual([]);
    const normalized = createRegionIndex(seeds, { normalizeName: toSimplifiedForTest });
    expect(normalized.findByName("綏江縣").map((region) => region.code)).toEqual(["530626"]);
    expect(normalized.findByName("绥江县").map((region) => region.code)).toEqual(["530626"]);
    const stored = createRegionIndex([{ code: "530626", name: "綏江縣", level: "county" }], {
      normalizeName: toSimplifiedForTest,
    });
    expect(stored.findByName("绥江县").map((region) => region.name)).toEqual(["綏江縣"]);
  });

  it("restricts findByName to a region with within, and to nothing for an invalid within", () => {
    expect(index.findByName("赛罕区", { within: "150000" })).toHaveLength(1);
    expect(index.findByName("赛罕区", { within: "150105" })).toHaveLength(1);
    expect(index.findByName("赛罕区", { within: "150200" })).toEqual([]);
    expect(index.findByName("赛罕区", { within: "15" })).toEqual([]);
  });

  it("stores padded codes in canonical form and leaves its input untouched", () => {
    const input: Region[] = [
      { code: "150000000000", name: "内蒙古自治区", level: "province" },
      { code: "150105000000", name: "赛罕区", level: "county", parentCode: "150000000000" },
    ];
    const copy = structuredClone(input);
    const padded = createRegionIndex(input);
    expect(padded.get("150105")).toEqual({
      code: "150105",
      name: "赛罕区",
      level: "county",
      parentCode: "150000",
    });
    expect(input).toEqual(copy);
  });

  it("returns results that cannot be modified", () => {
    expect(Object.isFrozen(index.children("150000"))).toBe(true);
    expect(Object.isFrozen(index.regions())).toBe(true);
    expect(Object.isFrozen(index.findByName("赛罕区"))).toBe(true);
  });

  it("throws ShiliuError INVALID_REGION_INDEX with every located issue", () => {
    const build = () =>
      createRegionIndex([
        { code: "150000", name: "内蒙古自治区", level: "province" },
        { code: "150000", name: "内蒙古", level: "province" },
        { code: "150105", name: "赛罕区", level: "prefecture" },
      ]);
    expect(build).toThrow(ShiliuError);
    try {
      build();
    } catch (error) {
      expect(error).toMatchObject({
        code: "INVALID_REGION_INDEX",
        issues: [
          { path: ["regions", 1, "code"], reason: "duplicate_code" },
          { path: ["regions", 2, "level"], reason: "level_mismatch" },
        ],
      });
    }
  });

  it("adds aliases to given rows by code, without repeating them", () => {
    const rows = seeds.map(({ aliases: _, ...region }) => region);
    const withAliases = createRegionIndex(rows, {
      aliases: { "150203": ["昆区"], "150105000000": ["赛罕"] },
    });
    expect(withAliases.findByName("昆区").map((region) => region.code)).toEqual(["150203"]);
    expect(withAliases.findByName("赛罕").map((region) => region.code)).toEqual(["150105"]);
    expect(withAliases.get("150203")?.aliases).toEqual(["昆区"]);
    expect(
      createRegionIndex(seeds, { aliases: { "150203": ["昆都仑"] } }).get("150203")?.aliases,
    ).toEqual(["昆区", "昆都仑"]);
    expect(() =>
      createRegionIndex(rows, { aliases: { "150299": ["无"], "150203": [""] } }),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ path: ["aliases", "150203", 0], reason: "invalid_alias" }),
          expect.objectContaining({ path: ["aliases", "150299"], reason: "unknown_alias_code" }),
        ],
      }),
    );
  });

  it("finds by a prefix of the name only when asked and when no name matches whole", () => {
    expect(index.findByName("昆都")).toEqual([]);
    expect(index.findByName("昆都", { prefix: true }).map((region) => region.code)).toEqual([
      "150203",
    ]);
    expect(index.findByName("呼和浩特", { prefix: true }).map((region) => region.code)).toEqual([
      "150100",
    ]);
    // 赛罕区 matches whole, so the prefix does not add 赛罕区's namesakes that start with it.
    expect(index.findByName("赛罕区", { prefix: true })).toHaveLength(1);
    // A name ending in a level word matches the names with its stem and that ending.
    expect(index.findByName("呼和浩特区", { prefix: true })).toEqual([]);
    expect(index.findByName("昆都区", { prefix: true }).map((region) => region.code)).toEqual([
      "150203",
    ]);
    expect(index.findByName("", { prefix: true })).toEqual([]);
    expect(index.findByName("区", { prefix: true })).toEqual([]);
  });

  it("finds one region by name, or says that none or several have it", () => {
    expect(index.findOneByName("赛罕区")).toEqual({ ok: true, value: index.get("150105") });
    expect(index.findOneByName("不存在")).toEqual({
      ok: false,
      reason: "not_found",
      message: "没有名为 不存在 的区划",
      candidates: [],
    });
    const shared = createRegionIndex(
      ["370103", "370402", "511002", "511102", "370203", "370303"].map((code) => ({
        code,
        name: "市中区",
        level: "county" as const,
      })),
      { locale: "en" },
    );
    const ambiguous = shared.findOneByName("市中区");
    expect(ambiguous).toMatchObject({ ok: false, reason: "ambiguous" });
    if (!ambiguous.ok) {
      expect(ambiguous.candidates).toHaveLength(6);
      expect(ambiguous.message).toBe(
        "the name 市中区 matches 6 regions: 370103 市中区, 370203 市中区, 370303 市中区, 370402 市中区, 511002 市中区 …",
      );
    }
    expect(shared.findOneByName("市中区", { within: "370400" })).toMatchObject({
      ok: true,
      value: { code: "370402" },
    });
  });

  it("lists and counts the descendants of one level", () => {
    expect(index.descendants("150000", { level: "county" }).map((region) => region.code)).toEqual([
      "150102",
      "150105",
      "150203",
    ]);
    expect(index.descendants("150000", { level: "village" }).map((region) => region.code)).toEqual([
      "150105001001",
    ]);
    expect(index.count("150000")).toBe(7);
    expect(index.count("150000", { level: "township" })).toBe(1);
    expect(index.count("150105001001")).toBe(0);
    expect(index.count("150106")).toBe(0);
    expect(index.descendants("150106", { level: "county" })).toEqual([]);
  });

  it("finds the short names of autonomous areas", () => {
    const autonomous = createRegionIndex([
      { code: "620000", name: "甘肃省", level: "province" },
      { code: "620700", name: "张掖市", level: "prefecture" },
      { code: "620721", name: "肃南裕固族自治县", level: "county" },
    ]);
    expect(autonomous.findByName("肃南县").map((region) => region.code)).toEqual(["620721"]);
    expect(autonomous.findByName("肃南裕固族自治县").map((region) => region.code)).toEqual([
      "620721",
    ]);
    expect(autonomous.get("620721")?.aliases).toBe(undefined);
  });
});
