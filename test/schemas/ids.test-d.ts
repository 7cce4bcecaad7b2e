import { describe, expectTypeOf, it } from "vitest";
import type {
  ActivityId,
  AgreementId,
  BrandId,
  CampaignId,
  CarrierId,
  ComponentId,
  DesignationId,
  IndicatorId,
  ReportId,
  UnitId,
} from "../../src/schemas/ids";
import { ActivityIdSchema, CampaignIdSchema, UnitIdSchema } from "../../src/schemas/ids";
import type { RegionCode } from "../../src/schemas/region";
import { RegionCodeSchema } from "../../src/schemas/region";

declare function activityById(id: ActivityId): void;
declare function unitById(id: UnitId): void;
declare function regionByCode(code: RegionCode): void;

describe("branded ids", () => {
  it("are strings a schema produced", () => {
    expectTypeOf(ActivityIdSchema.parse("a")).toEqualTypeOf<ActivityId>();
    expectTypeOf<ActivityId>().toExtend<string>();
    expectTypeOf<RegionCode>().toExtend<string>();
  });

  it("do not mix: one kind of id is not another", () => {
    const campaign = CampaignIdSchema.parse("three-plans");
    const unit = UnitIdSchema.parse("bureau");
    const region = RegionCodeSchema.parse("150105");
    // @ts-expect-error a CampaignId is not an ActivityId
    activityById(campaign);
    // @ts-expect-error a RegionCode is not a UnitId
    unitById(region);
    // @ts-expect-error a UnitId is not a RegionCode
    regionByCode(unit);
    // @ts-expect-error a plain string has not been validated as a RegionCode
    regionByCode("150105");
    activityById(ActivityIdSchema.parse("a"));
  });

  it("are pairwise distinct types", () => {
    expectTypeOf<BrandId>().not.toEqualTypeOf<CampaignId>();
    expectTypeOf<AgreementId>().not.toEqualTypeOf<DesignationId>();
    expectTypeOf<IndicatorId>().not.toEqualTypeOf<ReportId>();
    expectTypeOf<UnitId>().not.toExtend<BrandId>();
    expectTypeOf<CarrierId>().not.toEqualTypeOf<ComponentId>();
    expectTypeOf<CarrierId>().not.toExtend<BrandId>();
    expectTypeOf<ComponentId>().not.toExtend<CampaignId>();
  });
});
