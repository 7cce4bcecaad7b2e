import { describe, expect, it } from "vitest";
import { inverseNormal } from "../../src/metric/inverse-normal";

describe("inverseNormal", () => {
  it("matches published quantiles of the standard normal distribution", () => {
    expect(inverseNormal(0.975)).toBeCloseTo(1.959963985, 8);
    expect(inverseNormal(0.995)).toBeCloseTo(2.575829304, 8);
    expect(inverseNormal(0.95)).toBeCloseTo(1.644853627, 8);
    expect(inverseNormal(0.5)).toBe(0);
    expect(inverseNormal(0.01)).toBeCloseTo(-2.326347874, 8);
    expect(inverseNormal(1e-10)).toBeCloseTo(-6.361340902, 6);
  });
});
