import { describe, expect, it } from "vitest";
import { CreditCodeSchema, UnitSchema } from "../../src/schemas/unit";

describe("UnitSchema", () => {
  it("parses units and credit codes as the doc examples show", () => {
    expect(CreditCodeSchema.safeParse("91350100M000100Y43").success).toBe(true);
    expect(CreditCodeSchema.safeParse("91350100M000100Y4").success).toBe(false);
    expect(
      UnitSchema.parse({
        id: "education-bureau",
        name: "昆区教育局",
        kind: "agency",
        regionCode: "150203",
      }),
    ).toEqual({ id: "education-bureau", name: "昆区教育局", kind: "agency", regionCode: "150203" });
  });

  it("refuses letters a credit code never uses", () => {
    expect(CreditCodeSchema.safeParse("91350100M000100I43").success).toBe(false);
    expect(CreditCodeSchema.safeParse("91350100m000100y43").success).toBe(false);
  });

  it("refuses unknown kinds", () => {
    const unit = { id: "u", name: "某寺", kind: "temple", regionCode: "150203" };
    expect(UnitSchema.safeParse(unit).success).toBe(false);
    expect(UnitSchema.safeParse({ ...unit, kind: "religious_venue" }).success).toBe(true);
  });
});
