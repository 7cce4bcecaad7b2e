import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { Observation } from "../../src/metric/types";
import type { ObservationSchema } from "../../src/schemas/observation";

describe("ObservationSchema", () => {
  it("parses to an Observation that rollup and yearOnYear accept", () => {
    expectTypeOf<z.output<typeof ObservationSchema>>().toExtend<Observation>();
  });
});
