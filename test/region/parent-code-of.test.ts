import { describe, expect, it } from "vitest";
import { parentCodeOf } from "../../src/region/parent-code-of";

describe("parentCodeOf", () => {
  it("climbs one level as the doc example shows", () => {
    expect(parentCodeOf("150105001001")).toBe("150105001");
    expect(parentCodeOf("150105")).toBe("150100");
    expect(parentCodeOf("150100")).toBe("150000");
    expect(parentCodeOf("150000")).toBe(undefined);
  });

  it("names the code-level parent even where no region exists", () => {
    expect(parentCodeOf("429004")).toBe("429000");
    expect(parentCodeOf("110101")).toBe("110100");
    expect(parentCodeOf("441900003")).toBe("441900");
  });

  it("reads padded codes and rejects invalid ones", () => {
    expect(parentCodeOf("150105000000")).toBe("150100");
    expect(parentCodeOf("160105")).toBe(undefined);
    expect(parentCodeOf("")).toBe(undefined);
  });
});
