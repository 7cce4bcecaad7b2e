import { describe, expect, it } from "vitest";
import { yearOnYear } from "../../src/metric/year-on-year";

const observations = [
  { indicatorId: "visitors", regionCode: "150105", period: "2021/2023", value: 300 },
  { indicatorId: "visitors", regionCode: "150105", period: "2020/2022", value: 200 },
  { indicatorId: "visitors", regionCode: "150105", period: "2023-05/2023-09", value: 120 },
  { indicatorId: "visitors", regionCode: "150105", period: "2022-05/2022-09", value: 100 },
];
const options = (period: string, locale?: "en") => ({
  indicatorId: "visitors",
  regionCode: "150105",
  period,
  ...(locale === undefined ? {} : { locale }),
});

describe("yearOnYear over interval periods", () => {
  it("compares an interval of at most a year with the same months a year earlier", () => {
    const growth = yearOnYear(observations, options("2023-05/2023-09"));
    expect(growth.ok).toBe(true);
    expect(growth.ok ? growth.value : Number.NaN).toBeCloseTo(0.2, 12);
  });

  it("fails, typed, for an interval longer than a year or an open one, never a wrong figure", () => {
    const long = yearOnYear(observations, options("2021/2023", "en"));
    expect(long).toMatchObject({ ok: false, reason: "invalid_period" });
    expect(long.ok ? "" : long.message).toContain("cannot be compared year on year");
    const open = yearOnYear(observations, options("2021/.."));
    expect(open).toMatchObject({ ok: false, reason: "invalid_period" });
    expect(open.ok ? "" : open.message).toContain("没有上年同期");
  });
});
