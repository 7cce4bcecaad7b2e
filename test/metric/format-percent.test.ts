import { describe, expect, it } from "vitest";
import { ShiliuError } from "../../src/core/shiliu-error";
import { formatPercent } from "../../src/metric/format-percent";

describe("formatPercent", () => {
  it("writes percentages as the doc example shows", () => {
    expect(formatPercent(0.99)).toBe("99%");
    expect(formatPercent(0.0665)).toBe("6.7%");
    expect(formatPercent(0.12345, { decimals: 2 })).toBe("12.35%");
    expect(formatPercent({ ok: true, value: 0.1, approximate: true })).toBe("约10%");
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

  it("accepts 0 to 20 decimals and says which argument is wrong, and why", () => {
    expect(formatPercent(0.123456789, { decimals: 20 })).toBe("12.3456789%");
    expect(formatPercent(0.5, { decimals: 0 })).toBe("50%");
    expect(() => formatPercent(0.5, { decimals: 21 })).toThrow(
      expect.objectContaining({
        code: "INVALID_ARGUMENT",
        issues: [
          {
            path: ["decimals"],
            message: "小数位数须为 0 到 20 的整数，收到 21",
            reason: "invalid_decimals",
          },
        ],
      }),
    );
    expect(() => formatPercent(Number.NaN)).toThrow(
      expect.objectContaining({
        code: "INVALID_ARGUMENT",
        issues: [
          { path: ["fraction"], message: "比率须为有限数，收到 非数值", reason: "not_finite" },
        ],
      }),
    );
  });
});

describe("formatPercent of an approximate result", () => {
  it("writes the estimate word of the locale, and nothing for an exact result", () => {
    expect(formatPercent({ ok: true, value: 0.067, approximate: true }, { locale: "zh-TW" })).toBe(
      "約6.7%",
    );
    expect(formatPercent({ ok: true, value: 0.067, approximate: true }, { locale: "en" })).toBe(
      "about 6.7%",
    );
    expect(formatPercent({ ok: true, value: 0.067 })).toBe("6.7%");
  });
});
