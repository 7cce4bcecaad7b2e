import { describe, expect, it } from "vitest";
import { samePeriodLastYear } from "../../src/period/same-period-last-year";

describe("samePeriodLastYear", () => {
  it("steps back a year as the doc example shows", () => {
    expect(samePeriodLastYear("2023-Q3")).toEqual({ ok: true, value: "2022-Q3" });
    expect(samePeriodLastYear("2024-02-29")).toEqual({ ok: true, value: "2023-02-28" });
  });

  it("keeps the kind of every key", () => {
    expect(samePeriodLastYear("2023")).toEqual({ ok: true, value: "2022" });
    expect(samePeriodLastYear("2023-H1")).toEqual({ ok: true, value: "2022-H1" });
    expect(samePeriodLastYear("2023-09")).toEqual({ ok: true, value: "2022-09" });
    expect(samePeriodLastYear("2023-09-20")).toEqual({ ok: true, value: "2022-09-20" });
    expect(samePeriodLastYear("2025-03-01")).toEqual({ ok: true, value: "2024-03-01" });
  });

  it("fails for invalid keys and for the first year of the domain", () => {
    expect(samePeriodLastYear("1000-Q1")).toMatchObject({ ok: false, reason: "year_out_of_range" });
    expect(samePeriodLastYear("2023-02-29")).toMatchObject({ ok: false, reason: "invalid_date" });
  });
});
