import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatQuantity } from "../../src/quantity/format-quantity";
import type { Comparator, Quantity } from "../../src/quantity/types";
import { parseQuantity } from "../../src/text/parse-quantity";

const comparators: readonly Comparator[] = ["eq", "approx", "nearly", "gt", "gte", "lt", "lte"];
/** Not 年: 1000年 to 9999年 written in full read as calendar years, as years are written. */
const units = ["人", "人次", "名", "个", "场次", "元", "篇", "平方米", "份", "天"];

/**
 * A quantity written with a given precision, as the canonical form can print it: the precision
 * lies between 1/100 of the printed scale and the scale (1, 1万, 1亿), and the value is a whole
 * multiple of it inside that scale (`count` multiples of `10^place`).
 */
const precise = fc
  .record({
    scale: fc.constantFrom(0, 4, 8),
    finer: fc.integer({ min: 0, max: 2 }),
    multiple: fc.integer({ min: 0, max: 999_999 }),
    extra: fc.integer({ min: 1, max: 999 }),
  })
  .map(({ scale, finer, multiple, extra }) => {
    const place = scale - finer;
    // At least one unit of the scale, and below 1万 of them once `extra` is added.
    const lowest = 10 ** finer;
    const count = lowest + (multiple % (10 ** (4 + finer) - lowest - 1000));
    return { place, precision: Number(`1e${place}`), count, extra };
  });

const toValue = (count: number, place: number) => Number(`${count}e${place}`);

describe("parseQuantity reads formatQuantity back", () => {
  it("for every comparator, in both Chinese scripts, precision included", () => {
    fc.assert(
      fc.property(
        precise,
        fc.constantFrom(...units),
        fc.constantFrom(...comparators),
        fc.constantFrom("zh-CN" as const, "zh-TW" as const),
        ({ place, precision, count }, unit, comparator, locale) => {
          const q: Quantity = { value: toValue(count, place), unit, comparator, precision };
          expect(parseQuantity(formatQuantity(q, { locale }))).toEqual(q);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("for ranges, each end with its scale word", () => {
    fc.assert(
      fc.property(
        precise,
        fc.constantFrom(...units),
        fc.constantFrom("zh-CN" as const, "zh-TW" as const),
        ({ place, precision, count, extra }, unit, locale) => {
          const q: Quantity = {
            value: toValue(count, place),
            upper: toValue(count + extra, place),
            unit,
            comparator: "range",
            precision,
          };
          expect(parseQuantity(formatQuantity(q, { locale }))).toEqual(q);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("for percentages", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }),
        fc.constantFrom(...comparators),
        (n, comparator) => {
          const q: Quantity = { value: n / 100, unit: "%", comparator, precision: 0.01 };
          expect(parseQuantity(formatQuantity(q))).toEqual(q);
        },
      ),
    );
  });

  it("for a quantity without precision: its value, unit and comparator", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.constantFrom(...units),
        fc.constantFrom(...comparators),
        (value, unit, comparator) => {
          const read = parseQuantity(formatQuantity({ value, unit, comparator }));
          expect(read).toMatchObject({ value, unit, comparator });
        },
      ),
    );
  });
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

describe("parseQuantity on any input", () => {
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
