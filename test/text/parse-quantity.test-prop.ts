import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatQuantity } from "../../src/quantity/format-quantity";
import type { Comparator, Quantity } from "../../src/quantity/types";
import { parseQuantity } from "../../src/text/parse-quantity";

const comparators: readonly Comparator[] = ["eq", "approx", "nearly", "gt", "gte", "lt", "lte"];

/** Values the canonical form writes exactly: at most two decimals at the 万/亿 scale. */
const canonicalValue = fc.oneof(
  fc.integer({ min: 1, max: 9999 }),
  fc.integer({ min: 100, max: 999_999 }).map((n) => n * 100),
  fc.integer({ min: 100, max: 999_999 }).map((n) => n * 1_000_000),
);

const canonicalQuantity = fc.record({
  value: canonicalValue,
  unit: fc.constantFrom("人", "人次", "名", "个", "场次", "元", "篇", "平方米"),
  comparator: fc.constantFrom(...comparators),
});

const qualifierWords = [
  "近",
  "约",
  "超过",
  "不足",
  "余",
  "多",
  "以上",
  "以下",
  "左右",
  "达",
  "共",
  "逾",
];
const numeralPieces = [
  "一",
  "二",
  "十",
  "百",
  "千",
  "万",
  "亿",
  "零",
  "两",
  "5",
  "0",
  ".",
  ",",
  "萬",
  "餘",
];
const unitWords = ["人", "人次", "个", "個", "元", "%", "场次", "年", "月", "日"];

describe("parseQuantity properties", () => {
  it("reads back the canonical form of every quantity (zh-CN and zh-TW)", () => {
    fc.assert(
      fc.property(
        canonicalQuantity,
        fc.constantFrom("zh-CN" as const, "zh-TW" as const),
        (q, locale) => {
          expect(parseQuantity(formatQuantity(q, { locale }))).toEqual(q);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads back the percentages formatQuantity writes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }),
        fc.constantFrom(...comparators),
        (n, comparator) => {
          const q: Quantity = { value: n / 100, unit: "%", comparator };
          expect(parseQuantity(formatQuantity(q))).toEqual(q);
        },
      ),
    );
  });

  it("never throws and never returns NaN or an infinity, on any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (text) => {
        const q = parseQuantity(text);
        expect(q === undefined || Number.isFinite(q.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on random mixes of numerals, qualifiers and units", () => {
    const piece = fc.constantFrom(...qualifierWords, ...numeralPieces, ...unitWords);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const q = parseQuantity(pieces.join(""));
        expect(q === undefined || Number.isFinite(q.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
