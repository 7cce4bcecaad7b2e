import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../../src/core/round-half-up";
import { formatPercent } from "../../src/metric/format-percent";

/** Exact half-away-from-zero rounding of a decimal string scaled by 100, with BigInt. */
function exactPercent(
  negative: boolean,
  whole: string,
  fraction: string,
  decimals: number,
): string {
  const digits = fraction.padEnd(decimals + 3, "0");
  const scaled = BigInt(whole + digits.slice(0, decimals + 3));
  const rounded = (scaled + 5n) / 10n;
  let text = rounded.toString().padStart(decimals + 1, "0");
  if (decimals > 0)
    text = `${text.slice(0, text.length - decimals)}.${text.slice(text.length - decimals)}`;
  if (text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  return `${negative && text !== "0" ? "-" : ""}${text}%`;
}

const decimalParts = fc.record({
  negative: fc.boolean(),
  whole: fc.stringMatching(/^(0|[1-9]\d{0,4})$/),
  fraction: fc.stringMatching(/^\d{0,8}$/),
  decimals: fc.integer({ min: 0, max: 4 }),
});

describe("formatPercent properties", () => {
  it("agrees with exact decimal rounding on random decimals", () => {
    fc.assert(
      fc.property(decimalParts, ({ negative, whole, fraction, decimals }) => {
        const value = Number(`${negative ? "-" : ""}${whole}.${fraction || "0"}`);
        expect(formatPercent(value, { decimals })).toBe(
          exactPercent(negative, whole, fraction, decimals),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with roundHalfUp of the percentage for every finite fraction", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
        fc.integer({ min: 0, max: 6 }),
        (f, decimals) => {
          const text = formatPercent(f, { decimals });
          expect(text).toMatch(/^-?\d+(\.\d*[1-9])?%$/);
          // The shift by 100 is exact on the decimal; compare through the shortest decimal of f×100 when it is exact.
          const shifted = Number(
            f.toExponential().replace(/e([+-]\d+)$/, (_, power: string) => `e${Number(power) + 2}`),
          );
          expect(Number(text.slice(0, -1))).toBe(roundHalfUp(shifted, decimals));
        },
      ),
    );
  });
});
