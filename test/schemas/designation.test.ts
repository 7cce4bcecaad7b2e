import { describe, expect, it } from "vitest";
import { DesignationSchema } from "../../src/schemas/designation";

describe("DesignationSchema", () => {
  it("parses a designation as the doc example shows", () => {
    const designation = DesignationSchema.parse({
      id: "education-bureau",
      title: "全国民族团结进步模范集体",
      kind: "model_collective",
      level: "national",
      recipient: { type: "unit", name: "昆区教育局", regionCode: "150203" },
      year: 2024,
    });
    expect(designation.recipient.name).toBe("昆区教育局");
  });

  const base = {
    id: "d",
    title: "民族团结进步示范单位",
    kind: "demonstration_unit",
    level: "provincial",
    recipient: { type: "unit", name: "某单位", regionCode: "530626" },
    year: 2023,
  };

  it("wants a whole year", () => {
    expect(DesignationSchema.safeParse({ ...base, year: 2023.5 }).success).toBe(false);
    expect(DesignationSchema.safeParse({ ...base, year: "2023" }).success).toBe(false);
    expect(DesignationSchema.safeParse({ ...base, year: 1800 }).success).toBe(false);
  });

  it("refuses unknown levels and recipient types", () => {
    expect(DesignationSchema.safeParse({ ...base, level: "township" }).success).toBe(false);
    expect(
      DesignationSchema.safeParse({ ...base, recipient: { ...base.recipient, type: "household" } })
        .success,
    ).toBe(false);
  });

  it("leaves out a year the source does not give", () => {
    const { year: _year, ...undated } = base;
    expect("year" in DesignationSchema.parse(undated)).toBe(false);
  });
});
