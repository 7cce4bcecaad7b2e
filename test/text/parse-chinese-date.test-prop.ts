import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseChineseDate } from "../../src/text/parse-chinese-date";

describe("parseChineseDate properties", () => {
  it("reads back any day from 1900 to 2100 in both written forms", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1900-01-01T00:00:00Z"),
          max: new Date("2100-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [year, month, day] = iso.split("-").map(Number);
          expect(parseChineseDate(`${year}年${month}月${day}日`)).toBe(iso);
          expect(parseChineseDate(`${month}月${day}日`, { year: year ?? 0 })).toBe(iso);
          expect(parseChineseDate(iso)).toBe(iso);
        },
      ),
    );
  });

  it("never throws on any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "binary" })),
        fc.option(fc.integer()),
        (text, year) => {
          const result = parseChineseDate(text, year === null ? {} : { year });
          expect(result === undefined || /^\d{4}-\d{2}-\d{2}$/.test(result)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
