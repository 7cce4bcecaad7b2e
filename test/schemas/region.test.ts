import { describe, expect, it } from "vitest";
import { RegionCodeSchema, RegionLevelSchema, RegionSchema } from "../../src/schemas/region";

describe("RegionSchema", () => {
  it("parses codes, levels and regions as the doc examples show", () => {
    expect(RegionCodeSchema.parse("150105")).toBe("150105");
    expect(RegionCodeSchema.safeParse("15010").success).toBe(false);
    expect(RegionCodeSchema.safeParse("990105").success).toBe(false);
    expect(RegionLevelSchema.parse("county")).toBe("county");
    expect(
      RegionSchema.parse({ code: "150105", name: "赛罕区", level: "county", parentCode: "150100" }),
    ).toEqual({ code: "150105", name: "赛罕区", level: "county", parentCode: "150100" });
  });

  it("accepts 6-, 9- and 12-digit codes and nothing else", () => {
    for (const code of ["150105", "150105001", "150105001001"]) {
      expect(RegionCodeSchema.safeParse(code).success).toBe(true);
    }
    for (const code of ["1501050", "15010500", "1501050010010", "15O105", " 150105", 150105]) {
      expect(RegionCodeSchema.safeParse(code).success).toBe(false);
    }
  });

  it("refuses well-formed codes whose structure GB/T 2260 rules out, with parseRegionCode's reason", () => {
    const result = RegionCodeSchema.safeParse("990105");
    expect(result.error?.issues).toEqual([
      {
        code: "custom",
        path: [],
        params: { reason: "region_code", value: "990105" },
        message: "区划代码 990105 的省级代码 99 不在 GB/T 2260 的省级代码中",
      },
    ]);
    expect(RegionCodeSchema.safeParse("150005").success).toBe(false);
    expect(RegionCodeSchema.safeParse("15010").error?.issues).toHaveLength(1);
  });

  it("refuses unknown levels and keys", () => {
    expect(
      RegionSchema.safeParse({ code: "150105", name: "赛罕区", level: "district" }).success,
    ).toBe(false);
    expect(
      RegionSchema.safeParse({ code: "150105", name: "赛罕区", level: "county", pinyin: "saihan" })
        .success,
    ).toBe(false);
  });

  it("keeps aliases", () => {
    const region = RegionSchema.parse({
      code: "150203",
      name: "昆都仑区",
      level: "county",
      aliases: ["昆区"],
    });
    expect(region.aliases).toEqual(["昆区"]);
  });
});
