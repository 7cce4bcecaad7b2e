import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Comparator } from "../../src/quantity/types";
import { extractQuantities } from "../../src/text/extract-quantities";

const pieces = [
  ..."〇零一二两三四五六七八九十百千万亿萬億几数上成0123456789０１２.,-:%％—～至",
  ..."余餘多近约超逾第年月日人个個次场元《》“”「」()（）\n，、。；：达为是的占 ",
  "不足",
  "以上",
  "左右",
  "百分之",
  "人次",
  "场次",
  "(次)",
  "(jié)",
  "知晓率",
  "增速",
  "不低于",
  "成千上万",
];

const reportLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(""));

function checkSpans(text: string): void {
  let previousEnd = 0;
  for (const found of extractQuantities(text)) {
    expect(found.start).toBeGreaterThanOrEqual(previousEnd);
    expect(found.end).toBeGreaterThan(found.start);
    expect(found.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(found.start, found.end)).toBe(found.text);
    const { value, upper, precision } = found.quantity;
    expect(Number.isFinite(value)).toBe(true);
    expect(precision === undefined || (Number.isFinite(precision) && precision > 0)).toBe(true);
    expect(upper === undefined || (Number.isFinite(upper) && upper > value)).toBe(true);
    previousEnd = found.end;
  }
}

/** Words and marks that end a prefix or start a suffix without joining the figure. */
const before = [
  "今年",
  "全区",
  "社区",
  "活动中",
  "参加",
  "，",
  "。",
  "、",
  "；",
  "（",
  "\n",
  "共",
  "达",
];
const after = ["参加", "活动", "群众", "社区", "同比", "其中", "，", "。", "、", "；", "）", "\n"];
const context = (words: readonly string[]) =>
  fc.array(fc.constantFrom(...words, "民族团结", "进步", "宣传", "石榴籽"), { maxLength: 6 });

/** A figure as a writer puts it, with the quantity it states. */
const figure = fc
  .record({
    n: fc.integer({ min: 1, max: 99999 }),
    unit: fc.constantFrom("人", "人次", "个", "場次", "份", "平方公里", "%", "名", "户"),
    qualifier: fc.constantFrom(
      ["", "eq"],
      ["约", "approx"],
      ["近", "nearly"],
      ["超过", "gt"],
      ["不足", "lt"],
      ["不少于", "gte"],
    ),
    more: fc.boolean(),
    upper: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
  })
  .map(({ n, unit, qualifier, more, upper }) => {
    const simplified = unit === "場次" ? "场次" : unit;
    if (upper !== undefined) {
      return {
        text: `${n}至${n + upper}${unit}`,
        quantity: { value: n, upper: n + upper, unit: simplified, comparator: "range" },
      };
    }
    const [word, comparator] = qualifier as [string, Comparator];
    const marked = more && unit !== "%" && comparator === "eq";
    return {
      text: `${word}${n}${marked ? "余" : ""}${unit}`,
      quantity: { value: n, unit: simplified, comparator: marked ? "gt" : comparator },
    };
  });

describe("extractQuantities properties", () => {
  it("never throws, and its spans always index the input, on any string", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), checkSpans), {
      numRuns: 2000,
    });
  });

  it("never throws, and its spans always index the input, on report-like text", () => {
    fc.assert(fc.property(reportLike, checkSpans), { numRuns: 3000 });
  });

  it("finds a figure with the same value wherever it is embedded", () => {
    // Directly after the words before it and before the words after it, or set off by a comma.
    const joint = fc.constantFrom("", "，");
    fc.assert(
      fc.property(
        context(before),
        joint,
        figure,
        joint,
        context(after),
        (prefix, open, { text, quantity }, close, suffix) => {
          const head = `${prefix.join("")}${open}`;
          const input = `${head}${text}${close}${suffix.join("")}`;
          const found = extractQuantities(input).filter((f) => f.start >= head.length);
          expect(found[0]?.text).toBe(text);
          expect(found[0]?.quantity).toMatchObject(quantity);
          expect(found[0]?.start).toBe(head.length);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never reads a malformed numeral as a figure, wherever it stands", () => {
    const malformed = fc.constantFrom(
      "二〇二三万",
      "3.5万5",
      "1.2.3",
      "十百",
      "万万",
      "百十百",
      "2023-09-20",
      "11:50:00",
      "1万5",
    );
    fc.assert(
      fc.property(
        context(before),
        malformed,
        fc.constantFrom("人", "个", "场次", "%"),
        context(after),
        (prefix, numeral, unit, suffix) => {
          const head = `${prefix.join("")}，`;
          const input = `${head}${numeral}${unit}，${suffix.join("")}`;
          const end = head.length + numeral.length + unit.length;
          for (const found of extractQuantities(input)) {
            expect(found.end <= head.length || found.start >= end).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
