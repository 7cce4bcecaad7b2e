import { describe, expect, it } from "vitest";
import { isRegionCode } from "../../src/region/is-region-code";

describe("isRegionCode", () => {
  it("tells codes apart as the doc example shows", () => {
    expect(isRegionCode("370103")).toBe(true);
    expect(isRegionCode("429004")).toBe(true);
    expect(isRegionCode("150005")).toBe(false);
  });

  it("accepts 9- and 12-digit codes and rejects anything else", () => {
    expect(isRegionCode("150105001")).toBe(true);
    expect(isRegionCode("150105001001")).toBe(true);
    expect(isRegionCode(150105)).toBe(false);
    expect(isRegionCode(undefined)).toBe(false);
    expect(isRegionCode("15010")).toBe(false);
  });
});
