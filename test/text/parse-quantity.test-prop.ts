import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Comparator, Quantity } from "../../src/quantity/types";
import { parseQuantity } from "../../src/text/parse-quantity";

/**
 * The canonical written forms of a quantity (62.5万人次, 5万余人, 近4000人, 约1.2万人, 100人以上,
 * 不足100人, 100人以下, 363.1亿元, 99%; zh-TW with 萬/億/餘), as `formatQuantity` writes them.
 * Swap this for `formatQuantity` from `src/quantity/format-quantity` once both live on one branch;
 * the properties below do not change.
 */
function formatCanonical(q: Quantity, locale: "zh-CN" | "zh-TW"): string {
  const [tenThousand, hundredMillion, more] =
    locale === "zh-CN" ? ["万", "亿", "余"] : ["萬", "億", "餘"];
  let number: string;
  if (q.value >= 1e8) number = `${trim(q.value / 1e8)}${hundredMillion}`;
  else if (q.value >= 1e4) number = `${trim(q.value / 1e4)}${tenThousand}`;
  else number = trim(q.value);
  const unit = q.unit ?? "";
  switch (q.comparator) {
    case "eq":
      return `${number}${unit}`;
    case "approx":
      return `${locale === "zh-CN" ? "约" : "約"}${number}${unit}`;
    case "nearly":
      return `近${number}${unit}`;
    case "gt":
      return `${number}${more}${unit}`;
    case "gte":
      return `${number}${unit}以上`;
    case "lt":
      return `不足${number}${unit}`;
    case "lte":
      return `${number}${unit}以下`;
  }
}

function trim(value: number): string {
  return String(Number(value.toFixed(2)));
}

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
          expect(parseQuantity(formatCanonical(q, locale))).toEqual(q);
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
          expect(parseQuantity(formatCanonical(q, "zh-CN"))).toEqual(q);
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
