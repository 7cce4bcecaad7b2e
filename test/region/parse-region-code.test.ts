import { describe, expect, it } from "vitest";
import { parseRegionCode } from "../../src/region/parse-region-code";

describe("parseRegionCode", () => {
  it("reads a padded code as the doc example shows", () => {
    expect(parseRegionCode("150105000000")).toEqual({
      ok: true,
      value: {
        code: "150105",
        level: "county",
        provinceCode: "150000",
        prefectureCode: "150100",
        countyCode: "150105",
      },
    });
    expect(parseRegionCode("160105").ok).toBe(false);
  });

  it("reads the seed regions and the four 市中区", () => {
    for (const code of ["150105", "150102", "150203", "370103", "370402", "511002", "511102"]) {
      const result = parseRegionCode(code);
      expect(result).toMatchObject({ ok: true, value: { code, level: "county" } });
    }
    expect(parseRegionCode("530626")).toMatchObject({
      ok: true,
      value: { provinceCode: "530000", prefectureCode: "530600", countyCode: "530626" },
    });
  });

  it("reads provinces, prefectures, townships and villages", () => {
    expect(parseRegionCode("150000")).toEqual({
      ok: true,
      value: { code: "150000", level: "province", provinceCode: "150000" },
    });
    expect(parseRegionCode("150100")).toEqual({
      ok: true,
      value: {
        code: "150100",
        level: "prefecture",
        provinceCode: "150000",
        prefectureCode: "150100",
      },
    });
    expect(parseRegionCode("150105001")).toEqual({
      ok: true,
      value: {
        code: "150105001",
        level: "township",
        provinceCode: "150000",
        prefectureCode: "150100",
        countyCode: "150105",
        townshipCode: "150105001",
      },
    });
    expect(parseRegionCode("150105001001")).toMatchObject({
      ok: true,
      value: { code: "150105001001", level: "village", townshipCode: "150105001" },
    });
  });

  it("accepts municipal districts, 省直辖县级 units and every official province prefix", () => {
    expect(parseRegionCode("110101")).toMatchObject({
      ok: true,
      value: { prefectureCode: "110100" },
    });
    expect(parseRegionCode("429004")).toMatchObject({
      ok: true,
      value: { level: "county", prefectureCode: "429000", countyCode: "429004" },
    });
    for (const prefix of [
      "11",
      "15",
      "21",
      "23",
      "31",
      "37",
      "41",
      "46",
      "50",
      "54",
      "61",
      "65",
      "71",
      "81",
      "82",
    ]) {
      expect(parseRegionCode(`${prefix}0000`).ok).toBe(true);
    }
  });

  it("reads townships of a prefecture-level city without counties (东莞 441900)", () => {
    expect(parseRegionCode("441900003")).toEqual({
      ok: true,
      value: {
        code: "441900003",
        level: "township",
        provinceCode: "440000",
        prefectureCode: "441900",
        townshipCode: "441900003",
      },
    });
  });

  it("reduces zero padding to the level it names", () => {
    expect(parseRegionCode("150000000000")).toMatchObject({
      ok: true,
      value: { code: "150000", level: "province" },
    });
    expect(parseRegionCode("150100000")).toMatchObject({
      ok: true,
      value: { code: "150100", level: "prefecture" },
    });
    expect(parseRegionCode("150105001000")).toMatchObject({
      ok: true,
      value: { code: "150105001", level: "township" },
    });
  });

  it.each([
    ["", "invalid_format"],
    ["15010", "invalid_format"],
    ["1501050", "invalid_format"],
    ["15010500000", "invalid_format"],
    ["1501050000000", "invalid_format"],
    ["15O105", "invalid_format"],
    [" 150105", "invalid_format"],
    ["１５０１０５", "invalid_format"],
    ["-15010", "invalid_format"],
    ["1.5e+5", "invalid_format"],
    ["000000", "unknown_province"],
    ["100000", "unknown_province"],
    ["160105", "unknown_province"],
    ["390000", "unknown_province"],
    ["470000", "unknown_province"],
    ["550000", "unknown_province"],
    ["660000", "unknown_province"],
    ["720000", "unknown_province"],
    ["830000", "unknown_province"],
    ["990000", "unknown_province"],
    ["150005", "county_without_prefecture"],
    ["150005001", "county_without_prefecture"],
    ["150000001", "township_without_prefecture"],
    ["150105600", "invalid_township"],
    ["150105999001", "invalid_township"],
    ["150105000001", "village_without_township"],
  ])("rejects %j as %s", (code, reason) => {
    expect(parseRegionCode(code)).toMatchObject({ ok: false, reason });
  });

  it("says what is wrong, in the chosen locale", () => {
    expect(parseRegionCode("160105")).toEqual({
      ok: false,
      reason: "unknown_province",
      message: "区划代码 160105 的省级代码 16 不在 GB/T 2260 的省级代码中",
    });
    expect(parseRegionCode("1501", { locale: "en" })).toMatchObject({
      message: 'a region code has 6, 9 or 12 digits; got "1501"',
    });
    expect(parseRegionCode("150105600", { locale: "zh-TW" })).toMatchObject({
      message: "區劃代碼 150105600 的鄉級代碼 600 不在 001–599 之間",
    });
  });

  it("returns a failure, not a throw, for values that are not strings", () => {
    expect(parseRegionCode(150105 as unknown as string)).toMatchObject({
      ok: false,
      reason: "invalid_format",
    });
    expect(parseRegionCode(null as unknown as string)).toMatchObject({
      ok: false,
      reason: "invalid_format",
    });
  });

  it("checks each digit and part at its edges", () => {
    // The characters next to 0 and 9 are not digits.
    expect(parseRegionCode("15010/")).toMatchObject({ ok: false, reason: "invalid_format" });
    expect(parseRegionCode("15010:")).toMatchObject({ ok: false, reason: "invalid_format" });
    expect(parseRegionCode("150105599")).toMatchObject({ ok: true, value: { level: "township" } });
    expect(parseRegionCode("441900003000")).toMatchObject({
      ok: true,
      value: { code: "441900003", level: "township", townshipCode: "441900003" },
    });
    expect(parseRegionCode("441900003001")).toEqual({
      ok: true,
      value: {
        code: "441900003001",
        level: "village",
        provinceCode: "440000",
        prefectureCode: "441900",
        townshipCode: "441900003",
      },
    });
    expect(parseRegionCode("150105001001")).toMatchObject({
      value: { prefectureCode: "150100", countyCode: "150105" },
    });
    const parts = ["150005001", "150000001", "150105600", "150105000001"].map((code) => {
      const result = parseRegionCode(code, { locale: "en" });
      return result.ok ? "" : result.message;
    });
    expect(parts[0]).toContain(" 05");
    expect(parts[1]).toContain(" 001");
    expect(parts[2]).toContain(" 600");
    expect(parts[3]).toContain(" 001");
  });
});
