import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locales } from "../../src/core/locale";
import { roundHalfUp } from "../../src/core/round-half-up";
import { formatQuantity } from "../../src/quantity/format-quantity";
import type { Comparator, Quantity } from "../../src/quantity/types";
import { parseQuantity } from "../../src/text/parse-quantity";

const comparator = fc.constantFrom<Comparator>("eq", "approx", "nearly", "gt", "gte", "lt", "lte");

/** Reads the number back out of a canonical zh-CN form (a minimal reader for the test). */
function readBack(text: string): number {
  const match = /(-?\d+(?:\.\d+)?)(万|亿)?/.exec(text);
  if (match === null) throw new Error(`no number in ${text}`);
  const scale = match[2] === "亿" ? 1e8 : match[2] === "万" ? 1e4 : 1;
  return Number(`${match[1]}e${Math.log10(scale)}`);
}

describe("formatQuantity properties", () => {
  it("never throws and never prints NaN or Infinity for any finite figure in any locale", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        comparator,
        fc.constantFrom(undefined, "人", "%", "元"),
        fc.constantFrom(...locales),
        (value, c, unit, locale) => {
          const q: Quantity =
            unit === undefined ? { value, comparator: c } : { value, unit, comparator: c };
          const text = formatQuantity(q, { locale });
          expect(text).not.toMatch(/NaN|Infinity|e[+-]/);
        },
      ),
    );
  });

  it("reads back to the same value for figures with at most 2 decimals at the printed scale", () => {
    const canonical = fc
      .tuple(fc.integer({ min: 0, max: 999999 }), fc.constantFrom(1, 100, 1e4, 1e6))
      .map(([hundredths, scale]) => Number(`${hundredths}e-2`) * scale)
      .map((value) => roundHalfUp(value, 2))
      .filter((value) => {
        const power = Math.abs(value) >= 1e8 ? 8 : Math.abs(value) >= 1e4 ? 4 : 0;
        const shifted = Number(`${value}e-${power}`);
        return roundHalfUp(shifted, 2) === shifted;
      });
    fc.assert(
      fc.property(canonical, comparator, (value, c) => {
        const text = formatQuantity({ value, unit: "人", comparator: c });
        expect(readBack(text)).toBe(value);
      }),
    );
  });

  it("never claims a bound the figure does not have: lower bounds round down, upper bounds up", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e12, max: 1e12 }),
          fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        ),
        comparator,
        (value, c) => {
          const text = formatQuantity({ value, unit: "人", comparator: c });
          const back = readBack(text);
          if (c === "gt" || c === "gte") expect(back).toBeLessThanOrEqual(value);
          if (c === "nearly" || c === "lt" || c === "lte")
            expect(back).toBeGreaterThanOrEqual(value);
          // The printed qualifier states the same bound: the text reader gives the comparator back
          // (it reads no negative figures).
          if (value >= 0) expect(parseQuantity(text)?.comparator, text).toBe(c);
        },
      ),
    );
  });
});
