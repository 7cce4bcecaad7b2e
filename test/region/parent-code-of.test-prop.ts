import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWithin } from "../../src/region/is-within";
import { parentCodeOf } from "../../src/region/parent-code-of";
import { parseRegionCode } from "../../src/region/parse-region-code";
import { regionLevelOf } from "../../src/region/region-level-of";
import { validRegionCode } from "./region-code-arbitraries";

describe("parentCodeOf properties", () => {
  it("climbs from any valid code to a province in at most four steps, each an ancestor", () => {
    fc.assert(
      fc.property(validRegionCode, (code) => {
        const ancestors: string[] = [];
        let current: string | undefined = parentCodeOf(code);
        while (current !== undefined && ancestors.length <= 4) {
          ancestors.push(current);
          current = parentCodeOf(current);
        }
        expect(ancestors.length).toBeLessThanOrEqual(4);
        // With no parent, the code is a province itself.
        expect(regionLevelOf(ancestors.at(-1) ?? code)).toBe("province");
        for (const ancestor of ancestors) {
          expect(isWithin(code, ancestor)).toBe(true);
          expect(isWithin(ancestor, code)).toBe(false);
        }
      }),
    );
  });

  it("never throws and returns a valid code or undefined for any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{6,12}$/)), (code) => {
        const parent = parentCodeOf(code);
        if (parent !== undefined) expect(parseRegionCode(parent).ok).toBe(true);
      }),
    );
  });
});
