import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parse-period";
import { samePeriodLastYear } from "../../src/period/same-period-last-year";

const dayKey = fc
  .record({
    year: fc.integer({ min: 1001, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(
    ({ year, month, day }) =>
      `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  );

describe("samePeriodLastYear properties", () => {
  it("gives a valid key one year earlier, of the same kind, for every valid day", () => {
    fc.assert(
      fc.property(dayKey, (key) => {
        const result = samePeriodLastYear(key);
        if (!parsePeriod(key).ok) {
          expect(result.ok).toBe(false);
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const earlier = parsePeriod(result.value);
        expect(earlier.ok).toBe(true);
        if (earlier.ok && earlier.value.kind !== "interval") {
          expect(earlier.value.year).toBe(Number(key.slice(0, 4)) - 1);
          expect(earlier.value.index).toBe(Number(key.slice(5, 7)));
        }
      }),
    );
  });
});
