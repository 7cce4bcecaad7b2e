import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { Indicator } from "../../src/metric/types";
import type { IndicatorSchema } from "../../src/schemas/indicator";

describe("IndicatorSchema", () => {
  it("parses to an Indicator the metric functions accept", () => {
    expectTypeOf<z.output<typeof IndicatorSchema>>().toExtend<Indicator>();
  });
});
