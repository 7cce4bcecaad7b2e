import { describe, expect, it } from "vitest";
import { isWithin } from "../../src/region/is-within";

describe("isWithin", () => {
  it("compares codes as the doc example shows", () => {
    expect(isWithin("150105", "150000")).toBe(true);
    expect(isWithin("150105", "150105")).toBe(true);
    expect(isWithin("370103", "370400")).toBe(false);
  });

  it("follows every level and every padding", () => {
    expect(isWithin("150105001001", "150105001")).toBe(true);
    expect(isWithin("150105001001", "150100")).toBe(true);
    expect(isWithin("150105000000", "150105")).toBe(true);
    expect(isWithin("150105", "150100000000")).toBe(true);
    expect(isWithin("441900003", "441900")).toBe(true);
    expect(isWithin("429004", "420000")).toBe(true);
  });

  it("is false upwards, sideways and for invalid codes", () => {
    expect(isWithin("150000", "150105")).toBe(false);
    expect(isWithin("150203", "150100")).toBe(false);
    expect(isWithin("150105001", "150105002")).toBe(false);
    expect(isWithin("160105", "160000")).toBe(false);
    expect(isWithin("150105", "")).toBe(false);
  });
});
