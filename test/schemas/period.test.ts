import { describe, expect, it } from "vitest";
import { IsoDateSchema, PeriodKeySchema } from "../../src/schemas/period";

describe("PeriodKeySchema and IsoDateSchema", () => {
  it("parse keys and dates as the doc examples show", () => {
    expect(PeriodKeySchema.parse("2023-H1")).toBe("2023-H1");
    expect(PeriodKeySchema.safeParse("2023-Q5").success).toBe(false);
    expect(PeriodKeySchema.safeParse("2023-02-30").success).toBe(false);
    expect(IsoDateSchema.parse("2023-04-26")).toBe("2023-04-26");
    expect(IsoDateSchema.safeParse("2023-4-26").success).toBe(false);
    expect(IsoDateSchema.safeParse("2023-02-29").success).toBe(false);
  });

  it("accepts every kind of period key", () => {
    for (const key of ["2023", "2023-H2", "2023-Q3", "2023-09", "2023-09-20"]) {
      expect(PeriodKeySchema.safeParse(key).success).toBe(true);
    }
    for (const key of ["23", "2023-H3", "2023-13", "2023-9", "2023-09-32", "2023年"]) {
      expect(PeriodKeySchema.safeParse(key).success).toBe(false);
    }
  });

  it("takes dates only, without time or offset", () => {
    expect(IsoDateSchema.safeParse("2023-04-26T00:00:00Z").success).toBe(false);
    expect(IsoDateSchema.safeParse("2023-00-10").success).toBe(false);
  });

  it("checks dates against the calendar, calling a date a date", () => {
    expect(IsoDateSchema.safeParse("2024-02-29").success).toBe(true);
    expect(IsoDateSchema.safeParse("2023-02-29").error?.issues).toEqual([
      {
        code: "custom",
        path: [],
        params: { reason: "iso_date", value: "2023-02-29" },
        message: "日期 2023-02-29 无效：日历上没有这一天，或年份早于 1000 年",
      },
    ]);
    expect(PeriodKeySchema.safeParse("0999").success).toBe(false);
    expect(PeriodKeySchema.safeParse("2023-13").error?.issues).toHaveLength(1);
  });
});
