import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/text/normalize-text";

describe("normalizeText properties", () => {
  it("never throws and is idempotent on any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("never makes text longer, and leaves text without full-width forms or brackets alone", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(normalizeText(text).length).toBeLessThanOrEqual(text.length);
        if (!/[\uff01-\uff5e(]/.test(text)) expect(normalizeText(text)).toBe(text);
      }),
    );
  });

  it("turns full-width digits into the same ASCII digits", () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const wide = String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        expect(normalizeText(wide)).toBe(String(n));
      }),
    );
  });
});
