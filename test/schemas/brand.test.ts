import { describe, expect, it } from "vitest";
import { BrandSchema, CarrierSchema } from "../../src/schemas/brand";

describe("BrandSchema", () => {
  it("parses carriers and brands as the doc examples show", () => {
    expect(
      CarrierSchema.parse({
        kind: "station",
        name: "石榴红赛罕驿站",
        count: { value: 110, unit: "个", quote: "石榴红赛罕驿站110个" },
      }),
    ).toEqual({
      kind: "station",
      name: "石榴红赛罕驿站",
      count: { value: 110, unit: "个", comparator: "eq", quote: "石榴红赛罕驿站110个" },
    });
    expect(
      CarrierSchema.parse({
        id: "volunteer-teams",
        kind: "volunteer_team",
        name: "石榴籽志愿服务队",
      }),
    ).toEqual({ id: "volunteer-teams", kind: "volunteer_team", name: "石榴籽志愿服务队" });
    const brand = BrandSchema.parse({ id: "saihan-red", name: "赛出石榴红", regionCode: "150105" });
    expect(brand.carriers).toEqual([]);
  });

  it("keeps sub-brands, slogans and mascots", () => {
    const brand = BrandSchema.parse({
      id: "kun",
      name: "红石榴",
      regionCode: "150203",
      parentBrandId: "baotou",
      mascot: "昆小团",
    });
    expect([brand.parentBrandId, brand.mascot]).toEqual(["baotou", "昆小团"]);
  });

  it("refuses an unknown carrier kind, and takes a carrier without a count", () => {
    const base = { id: "b", name: "品牌", regionCode: "150105" };
    const kind = BrandSchema.safeParse({
      ...base,
      carriers: [{ kind: "museum", name: "博物馆", count: { value: 1 } }],
    });
    expect(kind.error?.issues[0]?.path).toEqual(["carriers", 0, "kind"]);
    const uncounted = BrandSchema.parse({ ...base, carriers: [{ kind: "home", name: "家园" }] });
    expect(uncounted.carriers[0]?.count).toBeUndefined();
  });

  it("takes the carrier kinds real articles name", () => {
    for (const kind of [
      "theme_park",
      "signboard",
      "exhibition_hall",
      "heritage_training_site",
      "media_column",
    ]) {
      expect(CarrierSchema.safeParse({ kind, name: "阵地" }).success).toBe(true);
    }
  });

  it("refuses an empty carrier id and an unknown key on a carrier", () => {
    expect(
      CarrierSchema.safeParse({ id: "", kind: "home", name: "家园" }).error?.issues[0]?.path,
    ).toEqual(["id"]);
    expect(CarrierSchema.safeParse({ kind: "home", name: "家园", quote: "家园9个" }).success).toBe(
      false,
    );
  });
});
