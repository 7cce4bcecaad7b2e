import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRegionCode } from "../../src/region/is-region-code";
import { RegionCodeSchema } from "../../src/schemas/region";
import { validRegionCode } from "../region/region-code-arbitraries";

describe("RegionCodeSchema properties", () => {
  it("accepts exactly the codes isRegionCode accepts, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.oneof(validRegionCode, fc.stringMatching(/^\d{1,13}$/), fc.string(), fc.anything()),
        (input) => {
          expect(RegionCodeSchema.safeParse(input).success).toBe(isRegionCode(input));
        },
      ),
    );
  });
});
