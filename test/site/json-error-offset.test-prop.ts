// The spot where a text stops being JSON agrees with JSON.parse on what is JSON at all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "../../site/validate/json-error-offset";

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// JSON texts with a few characters deleted, inserted or replaced: mostly broken, sometimes not.
const edited = fc
  .tuple(
    fc.jsonValue().map((value) => JSON.stringify(value, null, 1)),
    fc.array(
      fc.tuple(fc.nat(), fc.constantFrom("", ",", "}", "]", '"', ":", "x", "1", "\\", "\n")),
      {
        maxLength: 3,
      },
    ),
  )
  .map(([text, edits]) =>
    edits.reduce((result, [at, char]) => {
      const position = at % (result.length + 1);
      return result.slice(0, position) + char + result.slice(position + (char === "" ? 1 : 0));
    }, text),
  );

describe("jsonErrorOffset", () => {
  it("finds no error exactly in the texts JSON.parse accepts, and points inside the text otherwise", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          edited,
          fc.string(),
        ),
        (text) => {
          const offset = jsonErrorOffset(text);
          expect(offset === undefined).toBe(parses(text));
          if (offset !== undefined) {
            expect(offset).toBeGreaterThanOrEqual(0);
            expect(offset).toBeLessThanOrEqual(text.length);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
