import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../../src/core/round-half-up";

/** Reference rounding on the decimal string with BigInt: half away from zero. */
function exactRound(negative: boolean, whole: string, fraction: string, decimals: number): number {
  const scaled = BigInt(whole + fraction.padEnd(decimals + 1, "0").slice(0, decimals + 1));
  const rounded = (scaled + 5n) / 10n;
  const text = rounded.toString().padStart(decimals + 1, "0");
  const value = Number(
    `${text.slice(0, text.length - decimals)}.${text.slice(text.length - decimals) || "0"}`,
  );
  return negative && value !== 0 ? -value : value;
}

const decimalParts = fc.record({
  negative: fc.boolean(),
  whole: fc.stringMatching(/^(0|[1-9]\d{0,6})$/),
  fraction: fc.stringMatching(/^\d{0,8}$/),
  decimals: fc.integer({ min: 0, max: 6 }),
});

describe("roundHalfUp properties", () => {
  it("agrees with exact decimal rounding on random decimals of up to 15 digits", () => {
    fc.assert(
      fc.property(decimalParts, ({ negative, whole, fraction, decimals }) => {
        const value = Number(`${negative ? "-" : ""}${whole}.${fraction || "0"}`);
        expect(roundHalfUp(value, decimals)).toBe(exactRound(negative, whole, fraction, decimals));
      }),
      { numRuns: 2000 },
    );
  });

  it("returns a finite number for every finite input and is idempotent", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 20 }),
        (value, decimals) => {
          const once = roundHalfUp(value, decimals);
          expect(Number.isFinite(once)).toBe(true);
          expect(roundHalfUp(once, decimals)).toBe(once);
        },
      ),
    );
  });

  it("is odd: rounding -x gives minus the rounding of x", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 10 }),
        (value, decimals) => {
          expect(roundHalfUp(-value, decimals) + roundHalfUp(value, decimals)).toBe(0);
        },
      ),
    );
  });
});
