import { describe, expect, it } from "vitest";
import { indexWords, lazy, wordAt, wordBefore } from "../../src/text/word-index";

describe("word index", () => {
  const first = indexWords(
    [
      ["人", "a"],
      ["人次", "b"],
      ["人", "c"],
    ],
    "first",
  );
  const last = indexWords(
    [
      ["超", 1],
      ["超过", 2],
      ["不超过", 3],
    ],
    "last",
  );

  it("finds the longest word starting at an index, the first meaning of a repeated word", () => {
    expect(wordAt(first, "100人次参加", 3)).toEqual([2, "b"]);
    expect(wordAt(first, "100人参加", 3)).toEqual([1, "a"]);
    expect(wordAt(first, "100名", 3)).toBeUndefined();
    expect(wordAt(first, "人", 5)).toBeUndefined();
  });

  it("finds the longest word ending exactly at an index", () => {
    expect(wordBefore(last, "不超过100人", 3)).toEqual([3, 3]);
    expect(wordBefore(last, "超过100人", 2)).toEqual([2, 2]);
    expect(wordBefore(last, "超100人", 1)).toEqual([1, 1]);
    expect(wordBefore(last, "超100人", 0)).toBeUndefined();
  });

  it("builds a lazy value once, on first use", () => {
    let builds = 0;
    const value = lazy(() => ++builds);
    expect(builds).toBe(0);
    expect(value()).toBe(1);
    expect(value()).toBe(1);
    expect(builds).toBe(1);
  });
});
