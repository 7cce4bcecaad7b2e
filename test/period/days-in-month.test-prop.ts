import { getDaysInMonth } from "date-fns/getDaysInMonth";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth } from "../../src/period/calendar";

describe("daysInMonth properties", () => {
  it("agrees with the calendar of date-fns for every month of years 1000 to 9999", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        (year, month) => {
          expect(daysInMonth(year, month)).toBe(getDaysInMonth(new Date(year, month - 1, 1)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("knows the century rule: 1900 and 2100 have no 29 February, 2000 has", () => {
    expect([1900, 2000, 2024, 2100, 2023].map((year) => daysInMonth(year, 2))).toEqual([
      28, 29, 29, 28, 28,
    ]);
  });
});
