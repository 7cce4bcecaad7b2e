// Where a diagnostic's path stands in the JSON a reader pasted into validate.html.
import { describe, expect, it } from "vitest";
import { jsonLocations, locate, pointerOf } from "../../site/validate/json-locations";

const text = `{
  "units": [
    { "id": "a", "name": "统战部" },
    { "id": "b/c~d" }
  ],
  "period": "2023"
}`;

describe("jsonLocations", () => {
  const locations = jsonLocations(text);

  it("spans each value and, for a member, its key", () => {
    const at = locations.get("/units/0/name");
    expect(at).toBeDefined();
    expect(text.slice(at?.start, at?.end)).toBe('"统战部"');
    expect(text.slice(at?.keyStart, at?.end)).toBe('"name": "统战部"');
    const units = locations.get("/units");
    expect(JSON.parse(text.slice(units?.start, units?.end))).toEqual(JSON.parse(text).units);
    expect(locations.get("")).toEqual({ start: 0, end: text.length });
  });

  it("escapes ~ and / in pointers as RFC 6901 does", () => {
    expect(pointerOf(["units", 1, "a/b~c"])).toBe("/units/1/a~1b~0c");
    expect(pointerOf([])).toBe("");
  });

  it("falls back to the nearest holder for a key that is missing", () => {
    const holder = locate(locations, ["units", 1, "name"]);
    expect(text.slice(holder?.start, holder?.end)).toBe('{ "id": "b/c~d" }');
    expect(locate(locations, ["observations", 0])).toEqual(locations.get(""));
  });

  it("answers an empty map for JSON nested too deeply to walk, without throwing", () => {
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    expect(() => jsonLocations(deep)).not.toThrow();
    expect(jsonLocations(deep).size === 0 || jsonLocations(deep).has("")).toBe(true);
  });
});
