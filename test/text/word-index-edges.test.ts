// The edges of the word index: an empty word is never a word, a word before an index must fit
// between the start of the text and that index, and a group is ordered longest first whatever the
// order of the list.
import { describe, expect, it } from "vitest";
import { indexWords, wordAt, wordBefore } from "../../src/text/word-index";

describe("the word index at its edges", () => {
  it("ignores an empty word on either side, so no index ever matches nothing", () => {
    const first = indexWords(
      [
        ["", "empty"],
        ["人", "person"],
      ],
      "first",
    );
    const last = indexWords(
      [
        ["", "empty"],
        ["人", "person"],
      ],
      "last",
    );
    expect(wordAt(first, "人", 1)).toBeUndefined();
    expect(wordAt(first, "", 0)).toBeUndefined();
    expect(wordBefore(last, "人", 0)).toBeUndefined();
    expect(wordAt(first, "人", 0)).toEqual([1, "person"]);
    expect(wordBefore(last, "人", 1)).toEqual([1, "person"]);
  });

  it("finds a word before an index only when the whole word ends there", () => {
    const last = indexWords([["过过", 1]], "last");
    expect(wordBefore(last, "过过", 1)).toBeUndefined();
    expect(wordBefore(last, "过过", 2)).toEqual([2, 1]);
    expect(wordBefore(last, "过过过", 3)).toEqual([2, 1]);
  });

  it("orders each group longest first, whatever the order of the entries", () => {
    const words: (readonly [string, number])[] = [
      ["超", 1],
      ["超过", 2],
      ["超过了", 3],
      ["超出", 4],
    ];
    for (const entries of [words, [...words].reverse()]) {
      const first = indexWords(entries, "first");
      expect(wordAt(first, "超过了5人", 0)?.[1]).toBe(3);
      expect(wordAt(first, "超过5人", 0)?.[1]).toBe(2);
      expect(wordAt(first, "超出5人", 0)?.[1]).toBe(4);
      expect(wordAt(first, "超5人", 0)?.[1]).toBe(1);
    }
  });

  it("indexes a word by its last character for the lookup before an index", () => {
    const last = indexWords([["超过", 2]], "last");
    expect(wordBefore(last, "超过5人", 2)).toEqual([2, 2]);
    const first = indexWords([["超过", 2]], "first");
    expect(wordAt(first, "超过5人", 0)).toEqual([2, 2]);
    expect(wordBefore(first, "超过5人", 2)).toBeUndefined();
  });
});
