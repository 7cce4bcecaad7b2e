// Where a text pasted into validate.html stops being JSON.
import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "../../site/validate/json-error-offset";

describe("jsonErrorOffset", () => {
  it("points at the character where reading stops", () => {
    expect(jsonErrorOffset('{\n  "id": "x",\n  "title": }')).toBe(26);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset("[1, 2")).toBe(5);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('{"units": []}')).toBeUndefined();
  });
});
