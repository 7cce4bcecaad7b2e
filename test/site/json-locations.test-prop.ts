// Any JSON, however written: the span found for each path parses back to the value at that path.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonLocations, pointerOf } from "../../site/validate/json-locations";

type Path = readonly (string | number)[];

// Every path of a parsed JSON value with the value there (own keys only, `__proto__` included).
function* paths(value: unknown, path: Path = []): Generator<readonly [Path, unknown]> {
  yield [path, value];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* paths(item, [...path, index]);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) yield* paths(item, [...path, key]);
  }
}

describe("jsonLocations", () => {
  it("spans every value and key of any JSON text", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 1, 2, "\t"), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const parsed: unknown = JSON.parse(text);
        const locations = jsonLocations(text);
        for (const [path, at] of paths(parsed)) {
          const found = locations.get(pointerOf(path));
          expect(found).toBeDefined();
          expect(JSON.parse(text.slice(found?.start, found?.end))).toEqual(at);
          const key = path[path.length - 1];
          if (typeof key === "string") {
            const member = text.slice(found?.keyStart, found?.start).replace(/\s*:\s*$/, "");
            expect(JSON.parse(member)).toBe(key);
          }
        }
      }),
    );
  });
});
