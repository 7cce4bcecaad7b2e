import { describe, expect, it } from "vitest";
import {
  ActivityIdSchema,
  AgreementIdSchema,
  BrandIdSchema,
  CampaignIdSchema,
  CarrierIdSchema,
  ComponentIdSchema,
  DesignationIdSchema,
  IndicatorIdSchema,
  ReportIdSchema,
  UnitIdSchema,
} from "../../src/schemas/ids";

const schemas = {
  BrandIdSchema,
  CampaignIdSchema,
  CarrierIdSchema,
  ComponentIdSchema,
  ActivityIdSchema,
  AgreementIdSchema,
  DesignationIdSchema,
  UnitIdSchema,
  IndicatorIdSchema,
  ReportIdSchema,
};

describe("id schemas", () => {
  it("parse ids as the doc examples show", () => {
    expect(BrandIdSchema.parse("saihan-shiliu-red")).toBe("saihan-shiliu-red");
    expect(CampaignIdSchema.parse("three-plans")).toBe("three-plans");
    expect(CarrierIdSchema.parse("saihan-station")).toBe("saihan-station");
    expect(ComponentIdSchema.parse("five-actions-soul")).toBe("five-actions-soul");
    expect(ActivityIdSchema.parse("cloud-exchange-2023-04-26")).toBe("cloud-exchange-2023-04-26");
    expect(AgreementIdSchema.parse("binsai-co-construction")).toBe("binsai-co-construction");
    expect(DesignationIdSchema.parse("model-collective-education-bureau")).toBe(
      "model-collective-education-bureau",
    );
    expect(UnitIdSchema.parse("kundulun-education-bureau")).toBe("kundulun-education-bureau");
    expect(IndicatorIdSchema.parse("awareness_rate")).toBe("awareness_rate");
    expect(ReportIdSchema.parse("saihan-2023")).toBe("saihan-2023");
  });

  it.each(Object.entries(schemas))(
    "%s refuses empty, overlong and non-string ids",
    (_name, schema) => {
      expect(schema.safeParse("").success).toBe(false);
      expect(schema.safeParse("x".repeat(201)).success).toBe(false);
      expect(schema.safeParse(42).success).toBe(false);
      expect(schema.safeParse("昆区教育局").success).toBe(true);
    },
  );

  it.each(Object.entries(schemas))("%s carries a zh-CN title", (_name, schema) => {
    expect(schema.meta()?.title).toMatch(/编号$/);
  });
});
