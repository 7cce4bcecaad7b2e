import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/core/locale";
import {
  formatQuantity,
  growthRate,
  parsePeriod,
  parseRegionCode,
  safeCreateRegionIndex,
  safeQuantity,
  validateCreditCode,
  validateReport,
} from "../../src/index";

// Untyped JavaScript can pass any string as a locale; shiliu then speaks zh-CN.
const unknown = "en-US" as Locale;

describe("a locale shiliu does not speak", () => {
  it("gets zh-CN messages from every function that writes one, never a TypeError", () => {
    const failures = [
      growthRate(1, 0, { locale: unknown }),
      parsePeriod("2023-Q5", { locale: unknown }),
      parseRegionCode("990000", { locale: unknown }),
      safeQuantity(Number.NaN, "人", "eq", { locale: unknown }),
      validateCreditCode("91350100M000100Y4X", { locale: unknown }),
      safeCreateRegionIndex([{ code: "1", name: "x", level: "county" }], { locale: unknown }),
    ];
    for (const result of failures) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(
      formatQuantity({ value: 50000, unit: "人", comparator: "gt" }, { locale: unknown }),
    ).toBe("5万余人");
    const report = validateReport(null, { locale: unknown });
    expect(report.ok).toBe(false);
    expect(report.diagnostics[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
