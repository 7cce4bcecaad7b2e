import { describe, expect, it } from "vitest";
import { ShiliuError } from "../../src/core/shiliu-error";
import { formatPercent } from "../../src/metric/format-percent";

describe("formatPercent", () => {
  it("writes percentages as the doc example shows", () => {
    expect(formatPercent(0.99)).toBe("99%");
    expect(formatPercent(0.0665)).toBe("6.7%");
    expect(formatPercent(0.12345, { decimals: 2 })).toBe("12.35%");
  });

  it("rounds on the decimal, trims zeros and never prints -0", () => {
    expect(formatPercent(0.443)).toBe("44.3%");
    expect(formatPercent(0.5)).toBe("50%");
    expect(formatPercent(0.01005, { decimals: 2 })).toBe("1.01%");
    expect(formatPercent(-0.0001)).toBe("0%");
    expect(formatPercent(-0.067)).toBe("-6.7%");
    expect(formatPercent(0.99949, { decimals: 0 })).toBe("100%");
  });

  it("throws INVALID_ARGUMENT for non-finite fractions and bad decimals", () => {
    expect(() => formatPercent(Number.NaN)).toThrow(ShiliuError);
    expect(() => formatPercent(0.5, { decimals: -1 })).toThrow(ShiliuError);
  });
});
