import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/report/find-quotes";

// A small alphabet makes overlapping and nested quotes common, where a matcher goes wrong.
const letters = fc.constantFrom("a", "b", "c", "人", "9");
const word = (maxLength: number) => fc.array(letters, { maxLength }).map((cs) => cs.join(""));

describe("findQuotes properties", () => {
  it("finds exactly the quotes that occur, as indexOf does", () => {
    fc.assert(
      fc.property(word(40), fc.array(word(5), { maxLength: 8 }), (text, quotes) => {
        const { found } = findQuotes(text, quotes);
        expect(found).toEqual(quotes.map((quote) => text.includes(quote)));
      }),
    );
  });

  it("gives, for each place a quote ends, the longest quote ending there", () => {
    fc.assert(
      fc.property(word(40), fc.array(word(5), { maxLength: 8 }), (text, quotes) => {
        const expected: [number, number][] = [];
        for (let end = 1; end <= text.length; end++) {
          let longest = 0;
          for (const quote of quotes) {
            if (quote.length > longest && text.slice(0, end).endsWith(quote)) {
              longest = quote.length;
            }
          }
          if (longest > 0) expected.push([end - longest, end]);
        }
        expect(findQuotes(text, quotes).spans).toEqual(expected);
      }),
    );
  });
});
