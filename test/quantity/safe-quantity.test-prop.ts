import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeQuantity } from "../../src/quantity/safe-quantity";

describe("safeQuantity properties", () => {
  it("accepts exactly the finite values and never throws", () => {
    fc.assert(
      fc.property(fc.double(), fc.option(fc.string(), { nil: undefined }), (value, unit) => {
        const result = safeQuantity(value, unit);
        expect(result.ok).toBe(Number.isFinite(value) && unit !== "");
        if (result.ok) expect(Number.isFinite(result.value.value)).toBe(true);
      }),
    );
  });
});
