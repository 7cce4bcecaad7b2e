import { describe, expect, it } from "vitest";
import { BrandSchema, CarrierSchema } from "../../src/schemas/brand";

describe("BrandSchema", () => {
  it("parses carriers and brands as the doc examples show", () => {
    expect(
      CarrierSchema.parse({
        kind: "station",
        name: "石榴红赛罕驿站",
        count: { value: 110, unit: "个" },
      }),
    ).toEqual({
      kind: "station",
      name: "石榴红赛罕驿站",
      count: { value: 110, unit: "个", comparator: "eq" },
    });
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

  it("refuses an unknown carrier kind and a carrier without a count", () => {
    const base = { id: "b", name: "品牌", regionCode: "150105" };
    const kind = BrandSchema.safeParse({
      ...base,
      carriers: [{ kind: "museum", name: "博物馆", count: { value: 1 } }],
    });
    expect(kind.error?.issues[0]?.path).toEqual(["carriers", 0, "kind"]);
    const count = BrandSchema.safeParse({ ...base, carriers: [{ kind: "home", name: "家园" }] });
    expect(count.error?.issues[0]?.path).toEqual(["carriers", 0, "count"]);
  });
});
