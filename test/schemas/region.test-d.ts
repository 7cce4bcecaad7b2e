import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { Quantity } from "../../src/quantity/types";
import type { Region } from "../../src/region/types";
import type { QuantitySchema } from "../../src/schemas/quantity";
import type { RegionSchema } from "../../src/schemas/region";
import type { UnitSchema } from "../../src/schemas/unit";
import type { Unit } from "../../src/unit/types";

describe("schema outputs and the pure domain types", () => {
  it("a parsed region is a Region a region index accepts", () => {
    expectTypeOf<z.output<typeof RegionSchema>>().toExtend<Region>();
  });

  it("a parsed quantity is a Quantity the formulas accept", () => {
    expectTypeOf<z.output<typeof QuantitySchema>>().toExtend<Quantity>();
  });

  it("a parsed unit is a Unit", () => {
    expectTypeOf<z.output<typeof UnitSchema>>().toExtend<Unit>();
  });
});
