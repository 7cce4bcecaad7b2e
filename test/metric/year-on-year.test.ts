import { describe, expect, it } from "vitest";
import type { Observation } from "../../src/metric/types";
import { yearOnYear } from "../../src/metric/year-on-year";

describe("yearOnYear", () => {
  it("compares with the same period last year as the doc example shows", () => {
    const observations = [
      { indicatorId: "gdp", regionCode: "150102", period: "2023-H1", value: 36310000000 },
      { indicatorId: "gdp", regionCode: "150102", period: "2022-H1", value: 34030000000 },
    ];
    expect(
      yearOnYear(observations, { indicatorId: "gdp", regionCode: "150102", period: "2023-H1" }),
    ).toEqual({ ok: true, value: 0.06699970614163964 });
  });

  const observations: readonly Observation[] = [
    {
      indicatorId: "awareness_rate",
      regionCode: "150105",
      period: "2023",
      numerator: 99,
      denominator: 100,
    },
    {
      indicatorId: "awareness_rate",
      regionCode: "150105",
      period: "2022",
      numerator: 90,
      denominator: 100,
    },
    {
      indicatorId: "activity_sessions",
      regionCode: "150105",
      period: "2023",
      value: { value: 150, unit: "场次", comparator: "gt" },
    },
    { indicatorId: "activity_sessions", regionCode: "150105", period: "2022", value: 100 },
    { indicatorId: "empty", regionCode: "150105", period: "2023" },
    { indicatorId: "empty", regionCode: "150105", period: "2022", value: 1 },
  ];

  it("reads ratios from numerator and denominator and carries qualifiers", () => {
    const rate = yearOnYear(observations, {
      indicatorId: "awareness_rate",
      regionCode: "150105",
      period: "2023",
    });
    expect(rate.ok && rate.value).toBeCloseTo(0.1, 10);
    expect(
      yearOnYear(observations, {
        indicatorId: "activity_sessions",
        regionCode: "150105",
        period: "2023",
      }),
    ).toEqual({ ok: true, value: 0.5, lower: 0.5 });
  });

  it("fails for a missing observation, a missing value and an invalid period", () => {
    expect(
      yearOnYear(observations, {
        indicatorId: "activity_sessions",
        regionCode: "150105",
        period: "2024",
      }),
    ).toEqual({
      ok: false,
      reason: "missing_value",
      message: "同比增速：缺少activity_sessions 150105 2024",
    });
    expect(
      yearOnYear(observations, { indicatorId: "empty", regionCode: "150105", period: "2023" }),
    ).toMatchObject({ ok: false, reason: "missing_value" });
    expect(
      yearOnYear(observations, {
        indicatorId: "activity_sessions",
        regionCode: "150105",
        period: "2023-Q5",
      }),
    ).toMatchObject({ ok: false, reason: "invalid_period" });
  });

  it("names a missing region or period in words in the message", () => {
    const options = { indicatorId: "activity_sessions", period: "2023" } as unknown as Parameters<
      typeof yearOnYear
    >[1];
    expect(yearOnYear(observations, { ...options, locale: "en" })).toMatchObject({
      ok: false,
      reason: "missing_value",
    });
    const result = yearOnYear(observations, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).not.toContain("undefined");
  });
});

describe("yearOnYear on the figure model", () => {
  const at = { indicatorId: "rate", regionCode: "150105" } as const;
  const options = { indicatorId: "rate", regionCode: "150105", period: "2023" } as const;

  it("meets % and fractions on one scale", () => {
    const result = yearOnYear(
      [
        { ...at, period: "2023", value: { value: 99, unit: "%", comparator: "eq" } },
        { ...at, period: "2022", value: 0.9 },
      ],
      options,
    );
    expect(result.ok && Math.abs(result.value - 0.1) < 1e-12).toBe(true);
  });

  it("fails on two values of one period instead of taking the first", () => {
    expect(
      yearOnYear(
        [
          { ...at, period: "2023", value: 110 },
          { ...at, period: "2023", value: 120 },
          { ...at, period: "2022", value: 100 },
        ],
        options,
      ),
    ).toMatchObject({ ok: false, reason: "duplicate_observation" });
  });

  it("compares region codes in canonical form", () => {
    expect(
      yearOnYear(
        [
          { ...at, regionCode: "150105000000", period: "2023", value: 110 },
          { ...at, period: "2022", value: 100 },
        ],
        options,
      ),
    ).toEqual({ ok: true, value: 0.10000000000000009 });
    expect(
      yearOnYear(
        [
          { ...at, period: "2023", value: 110 },
          { ...at, regionCode: "150105000", period: "2023", value: 110 },
          { ...at, period: "2022", value: 100 },
        ],
        options,
      ),
    ).toMatchObject({ reason: "duplicate_observation" });
  });

  it("refuses options that are not an object of ids", () => {
    expect(yearOnYear([], 5 as never)).toMatchObject({ ok: false, reason: "missing_value" });
    expect(yearOnYear([], {} as never)).toMatchObject({ ok: false, reason: "missing_value" });
  });
});
