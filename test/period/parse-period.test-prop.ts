import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parse-period";

describe("parsePeriod properties", () => {
  it("never throws on any string and always gives a reason or a valid period", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^\d{4}(-(H\d|Q\d|\d{2}(-\d{2})?))?$/)),
        (key) => {
          const result = parsePeriod(key);
          if (result.ok && result.value.kind !== "interval") {
            expect(result.value.year).toBeGreaterThanOrEqual(1000);
            expect(result.value.year).toBeLessThanOrEqual(9999);
          } else if (!result.ok) {
            expect(result.message).not.toBe("");
          }
        },
      ),
    );
  });

  it("accepts a day key exactly when the date exists on the calendar", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }),
        (date) => {
          const key = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
          expect(parsePeriod(key).ok).toBe(true);
        },
      ),
    );
  });
});
