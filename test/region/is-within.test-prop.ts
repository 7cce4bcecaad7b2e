import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWithin } from "../../src/region/is-within";
import { parentCodeOf } from "../../src/region/parent-code-of";
import { validRegionCode } from "./region-code-arbitraries";

describe("isWithin properties", () => {
  it("holds for a code and itself and for its parent, never for a parent within its child", () => {
    fc.assert(
      fc.property(validRegionCode, (code) => {
        expect(isWithin(code, code)).toBe(true);
        const parent = parentCodeOf(code);
        if (parent !== undefined) {
          expect(isWithin(code, parent)).toBe(true);
          expect(isWithin(parent, code)).toBe(false);
        }
      }),
    );
  });

  it("never throws on any pair of strings", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(typeof isWithin(a, b)).toBe("boolean");
      }),
    );
  });
});
