import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/text/extract-quantities";

const pieces = [
  ..."〇零一二两三四五六七八九十百千万亿萬億0123456789０１２.,-:%％",
  ..."余餘多近约超逾第年月日人个個次场元《》“”「」()（）\n，、。达为是的",
  "不足",
  "以上",
  "左右",
  "百分之",
  "人次",
  "场次",
  "(jié)",
  "知晓率",
  "增速",
];

const reportLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(""));

function checkSpans(text: string): void {
  let previousEnd = 0;
  for (const found of extractQuantities(text)) {
    expect(found.start).toBeGreaterThanOrEqual(previousEnd);
    expect(found.end).toBeGreaterThan(found.start);
    expect(found.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(found.start, found.end)).toBe(found.text);
    expect(Number.isFinite(found.quantity.value)).toBe(true);
    previousEnd = found.end;
  }
}

describe("extractQuantities properties", () => {
  it("never throws, and its spans always index the input, on any string", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), checkSpans), {
      numRuns: 2000,
    });
  });

  it("never throws, and its spans always index the input, on report-like text", () => {
    fc.assert(fc.property(reportLike, checkSpans), { numRuns: 3000 });
  });

  it("finds the same figures wherever the text is embedded", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99999 }),
        fc.constantFrom("人", "个", "%", "场次"),
        (n, unit) => {
          const [found] = extractQuantities(`今年，共计${n}${unit}。`);
          expect(found?.quantity).toEqual({ value: n, unit, comparator: "eq" });
        },
      ),
    );
  });
});
