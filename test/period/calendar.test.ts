import { describe, expect, it } from "vitest";
import { daysInMonth, isoDate, periodFailure } from "../../src/period/calendar";

describe("calendar helpers", () => {
  it("counts days in months, leap years included", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2023, 9)).toBe(30);
  });

  it("pads dates and localizes failures", () => {
    expect(isoDate(2023, 9, 2)).toBe("2023-09-02");
    expect(periodFailure("year_out_of_range", "0999", "zh-CN")).toEqual({
      ok: false,
      reason: "year_out_of_range",
      message: "期间“0999”的年份须在 1000 到 9999 之间",
    });
  });
});
