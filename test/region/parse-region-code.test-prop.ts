import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRegionCode } from "../../src/region/is-region-code";
import { parseRegionCode } from "../../src/region/parse-region-code";
import { validRegionCode } from "./region-code-arbitraries";

describe("parseRegionCode properties", () => {
  it("never throws and always explains a failure, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^\d{1,13}$/), fc.anything()),
        (input) => {
          const result = parseRegionCode(input as string, { locale: "en" });
          if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
          expect(isRegionCode(input)).toBe(result.ok);
        },
      ),
    );
  });

  it("returns a canonical code that parses to itself, and padding does not change it", () => {
    fc.assert(
      fc.property(validRegionCode, (code) => {
        const result = parseRegionCode(code);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { value } = result;
        expect(parseRegionCode(value.code)).toEqual(result);
        expect(parseRegionCode(value.code.padEnd(12, "0"))).toEqual(result);
        expect(value.code.startsWith(value.provinceCode.slice(0, 2))).toBe(true);
      }),
    );
  });
});
