import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../src/period/is-iso-date";
import { periodContains } from "../../src/period/period-contains";
import { periodLabel } from "../../src/period/period-label";
import { periodRange } from "../../src/period/period-range";

const year = fc.integer({ min: 1000, max: 9999 });
const key = fc.oneof(
  year.map(String),
  fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
);

describe("period properties", () => {
  it("gives every valid key a range of real dates, start not after end, containing itself", () => {
    fc.assert(
      fc.property(key, (k) => {
        const range = periodRange(k);
        expect(range.ok).toBe(true);
        if (!range.ok) return;
        expect(isIsoDate(range.value.start)).toBe(true);
        expect(isIsoDate(range.value.end)).toBe(true);
        expect((range.value.start ?? "") <= (range.value.end ?? "")).toBe(true);
        expect(periodContains(k, k)).toEqual({ ok: true, value: true });
        expect(periodContains(k.slice(0, 4), k)).toEqual({ ok: true, value: true });
        expect(periodLabel(k).ok).toBe(true);
      }),
    );
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(typeof periodContains(a, b).ok).toBe("boolean");
        expect(typeof periodRange(a).ok).toBe("boolean");
        expect(typeof periodLabel(a, "en").ok).toBe("boolean");
      }),
    );
  });
});
