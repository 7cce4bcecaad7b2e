import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parse-period";
import { IsoDateSchema, PeriodKeySchema } from "../../src/schemas/period";

/** A `YYYY-MM-DD` key around the ends of months (days 26–32) in any year from 0000. */
const monthEnd = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 26, max: 32 }),
  )
  .map(([year, month, day]) =>
    [String(year).padStart(4, "0"), String(month).padStart(2, "0"), String(day)].join("-"),
  );

/** Keys shaped like periods, so the calendar decides and not the pattern. */
const periodShaped = fc.oneof(
  monthEnd,
  fc.stringMatching(/^\d{4}-(0[1-9]|1[0-2])-[0-3]\d$/),
  fc.stringMatching(/^\d{4}(-(H[0-3]|Q[0-5]|\d{2}))?$/),
  fc.string(),
);

describe("period schema properties", () => {
  it("PeriodKeySchema accepts exactly the keys parsePeriod accepts", () => {
    fc.assert(
      fc.property(periodShaped, (key) => {
        expect(PeriodKeySchema.safeParse(key).success).toBe(parsePeriod(key).ok);
      }),
      { numRuns: 2000 },
    );
  });

  it("IsoDateSchema accepts exactly the keys parsePeriod reads as a day", () => {
    fc.assert(
      fc.property(periodShaped, (key) => {
        const parsed = parsePeriod(key);
        expect(IsoDateSchema.safeParse(key).success).toBe(parsed.ok && parsed.value.kind === "day");
      }),
      { numRuns: 2000 },
    );
  });
});
