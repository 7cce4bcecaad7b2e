import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/report/find-quotes";

describe("findQuotes", () => {
  it("finds overlapping quotes, a quote inside another, and repeated quotes", () => {
    const { found, spans } = findQuotes("知晓率达99%，满意率达98%", [
      "率达99%",
      "99",
      "率达",
      "满意率达98%",
      "99",
    ]);
    expect(found).toEqual([true, true, true, true, true]);
    expect(spans).toEqual([
      [2, 4],
      [4, 6],
      [2, 7],
      [10, 12],
      [8, 15],
    ]);
  });

  it("reports a quote that does not occur, and an empty quote as found", () => {
    expect(findQuotes("abc", ["abd", ""]).found).toEqual([false, true]);
    expect(findQuotes("abc", [])).toEqual({ found: [], spans: [] });
  });
});
