import { describe, expect, it } from "vitest";
import { CreditCodeSchema, UnitSchema } from "../../src/schemas/unit";
import { unitKinds } from "../../src/unit/unit-kinds";

describe("UnitSchema", () => {
  it("parses units and credit codes as the doc examples show", () => {
    expect(CreditCodeSchema.safeParse("91350100M000100Y43").success).toBe(true);
    expect(CreditCodeSchema.safeParse("91350100M000100Y4").success).toBe(false);
    expect(CreditCodeSchema.safeParse("91350100M000100Y44").success).toBe(false);
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

  it("refuses a wrong check character with validateCreditCode's reason", () => {
    expect(CreditCodeSchema.safeParse("91350100M000100Y44").error?.issues).toEqual([
      {
        code: "custom",
        path: [],
        params: { reason: "credit_code", value: "91350100M000100Y44" },
        message: "校验码错误：第 18 位应为 3，收到 4",
      },
    ]);
  });

  it("takes every unit kind the unit folder lists", () => {
    for (const kind of unitKinds) {
      const unit = { id: "u", name: "某单位", kind, regionCode: "150203" };
      expect(UnitSchema.parse(unit).kind).toBe(kind);
    }
  });

  it("refuses unknown kinds", () => {
    const unit = { id: "u", name: "某寺", kind: "temple", regionCode: "150203" };
    expect(UnitSchema.safeParse(unit).success).toBe(false);
    expect(UnitSchema.safeParse({ ...unit, kind: "religious_venue" }).success).toBe(true);
  });

  it("takes a volunteer team, a studio and a lecture team as units", () => {
    for (const [kind, name] of [
      ["volunteer_team", "石榴红志愿服务队"],
      ["studio", "窦兰英工作室"],
      ["lecture_team", "红石榴宣讲团"],
    ] as const) {
      expect(UnitSchema.parse({ id: kind, name, kind, regionCode: "620721" }).kind).toBe(kind);
    }
  });
});
