import { describe, expect, it } from "vitest";
import { regionLevelOf } from "../../src/region/region-level-of";

describe("regionLevelOf", () => {
  it("reads the level as the doc example shows", () => {
    expect(regionLevelOf("150000")).toBe("province");
    expect(regionLevelOf("150105000000")).toBe("county");
    expect(regionLevelOf("150105001001")).toBe("village");
    expect(regionLevelOf("abc")).toBe(undefined);
  });

  it("reads prefectures and townships", () => {
    expect(regionLevelOf("150200")).toBe("prefecture");
    expect(regionLevelOf("150203003")).toBe("township");
    expect(regionLevelOf("429000")).toBe("prefecture");
  });
});
