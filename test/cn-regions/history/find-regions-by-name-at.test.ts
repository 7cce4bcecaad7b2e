import { describe, expect, it } from "vitest";
import { findRegionsByNameAt } from "../../../src/cn-regions/history/find-regions-by-name-at";

const codes = (result: ReturnType<typeof findRegionsByNameAt>) =>
  result.ok ? result.value.map((record) => record.code) : result.reason;

describe("findRegionsByNameAt", () => {
  it("finds 同仁县 in 2015 and not in 2021 as the doc example shows", () => {
    const found = findRegionsByNameAt("同仁县", 2015);
    expect(found.ok && found.value.map((record) => record.code)).toEqual(["632321"]);
    const later = findRegionsByNameAt("同仁县", 2021);
    expect(later.ok && later.value).toEqual([]);
  });

  it("finds a name in the year it had it, by official short name too", () => {
    expect(codes(findRegionsByNameAt("苍山县", 2010))).toEqual(["371324"]);
    expect(codes(findRegionsByNameAt("兰陵县", 2010))).toEqual([]);
    // 622222,肃南裕固族自治县,弃用,1981,2002,620721 — 620721,肃南裕固族自治县,在用,2002,,
    expect(codes(findRegionsByNameAt("肃南县", 1990))).toEqual(["622222"]);
    expect(codes(findRegionsByNameAt("肃南县", 2015))).toEqual(["620721"]);
  });

  it("finds every region with a shared name, or those within a code", () => {
    const suburbs = findRegionsByNameAt("郊区", 1985);
    expect(suburbs.ok && suburbs.value.length).toBeGreaterThan(20);
    expect(codes(findRegionsByNameAt("郊区", 1985, { within: "130500" }))).toEqual(["130504"]);
    expect(codes(findRegionsByNameAt("郊区", 1985, { within: "not a code" }))).toEqual([]);
  });

  it("fails only for a year the history does not cover", () => {
    expect(codes(findRegionsByNameAt("同仁县", 1970))).toBe("year_out_of_range");
    expect(codes(findRegionsByNameAt(7 as unknown as string, 2015))).toEqual([]);
  });
});
