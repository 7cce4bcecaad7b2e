// The address fragment that carries a page's input: `#text=…&locale=en`.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFragment, writeFragment } from "../../site/shared/fragment";

describe("readFragment and writeFragment", () => {
  it("reads what it writes, for any field names and values", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1 }), fc.string({ unit: "grapheme" })),
        (fields) => {
          const read = readFragment(writeFragment(fields));
          expect(Object.fromEntries(read.values)).toEqual(fields);
          expect(read.unreadable).toEqual([]);
        },
      ),
    );
  });

  it("keeps + as a plus sign and reads a fragment without its #", () => {
    expect(readFragment("text=1+1%3D2&locale=en").values).toEqual(
      new Map([
        ["text", "1+1=2"],
        ["locale", "en"],
      ]),
    );
  });

  it("names a field whose value is broken percent-encoding instead of throwing", () => {
    const read = readFragment("#text=%E4%BD&locale=zh-TW");
    expect(read.unreadable).toEqual(["text"]);
    expect(read.values).toEqual(new Map([["locale", "zh-TW"]]));
  });

  it("leaves out fields whose value is undefined", () => {
    expect(writeFragment({ report: "{}", catalogue: undefined })).toBe("#report=%7B%7D");
  });
});
