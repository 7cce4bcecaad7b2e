// The comparison words of report prose before a number, each with the comparator it means: the
// plain comparatives (多于, 高于, 大于, 小于), their negations, and 至少/最少/至多/最多.
import { describe, expect, it } from "vitest";
import type { Comparator } from "../../src/quantity/types";
import { extractQuantities } from "../../src/text/extract-quantities";
import { parseQuantity } from "../../src/text/parse-quantity";

const words: readonly (readonly [string, Comparator])[] = [
  ["多于", "gt"],
  ["多於", "gt"],
  ["高于", "gt"],
  ["高於", "gt"],
  ["大于", "gt"],
  ["大於", "gt"],
  ["小于", "lt"],
  ["小於", "lt"],
  ["不小于", "gte"],
  ["不小於", "gte"],
  ["至少", "gte"],
  ["最少", "gte"],
  ["不大于", "lte"],
  ["不大於", "lte"],
  ["至多", "lte"],
  ["最多", "lte"],
  ["不多于", "lte"],
  ["不高于", "lte"],
];

describe("comparison words before a number", () => {
  it("read as the comparator they mean, the longer word first", () => {
    for (const [word, comparator] of words) {
      expect(parseQuantity(`${word}5人`), word).toEqual({
        value: 5,
        unit: "人",
        comparator,
        precision: 1,
      });
      expect(
        extractQuantities(`参加者${word}5人`).map((figure) => [figure.text, figure.label]),
        word,
      ).toEqual([[`${word}5人`, "参加者"]]);
    }
  });

  it("qualify no number they do not stand right before", () => {
    expect(extractQuantities("参与人数最多的5个社区")[0]?.quantity.comparator).toBe("eq");
  });
});
