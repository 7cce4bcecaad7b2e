import { describe, expect, it } from "vitest";
import type { Observation } from "../../src/metric/types";
import { type YearOnYearOptions, yearOnYear } from "../../src/metric/year-on-year";

const en = { locale: "en" } as const;
const options = { indicatorId: "x", regionCode: "150105", period: "2023", locale: "en" } as const;
const at = (period: string, rest: Partial<Observation>, regionCode = "150105"): Observation => ({
  indicatorId: "x",
  regionCode,
  period,
  ...rest,
});

describe("yearOnYear options", () => {
  it.each([
    ["no indicatorId", { regionCode: "150105", period: "2023" }],
    ["an indicatorId that is a number", { indicatorId: 5, regionCode: "150105", period: "2023" }],
    ["no regionCode", { indicatorId: "x", period: "2023" }],
    ["no period", { indicatorId: "x", regionCode: "150105" }],
  ])("refuses options with %s", (_, given) => {
    expect(yearOnYear([], { ...given, ...en } as unknown as YearOnYearOptions)).toEqual({
      ok: false,
      reason: "missing_value",
      message: "year-on-year growth: indicatorId / regionCode / period is missing",
    });
  });

  it.each([
    ["null", null],
    ["a number", 5],
  ])("refuses options that are %s, in zh-CN as there is no locale to read", (_, given) => {
    expect(yearOnYear([], given as unknown as YearOnYearOptions)).toEqual({
      ok: false,
      reason: "missing_value",
      message: "同比增速：缺少indicatorId / regionCode / period",
    });
  });

  it("refuses a period that is not a key, saying why", () => {
    expect(yearOnYear([], { ...options, period: "2023-13" })).toEqual({
      ok: false,
      reason: "invalid_period",
      message: 'year-on-year growth: period "2023-13" is not a valid calendar date',
    });
  });
});

describe("yearOnYear observations", () => {
  it.each([
    ["no observation of last year", [at("2023", { value: 5 })]],
    ["last year's without a value", [at("2023", { value: 5 }), at("2022", {})]],
    ["last year's with a numerator only", [at("2023", { value: 5 }), at("2022", { numerator: 4 })]],
    [
      "last year's with a denominator only",
      [at("2023", { value: 5 }), at("2022", { denominator: 4 })],
    ],
  ])("names the missing figure when there is %s", (_, observations) => {
    expect(yearOnYear(observations, options)).toEqual({
      ok: false,
      reason: "missing_value",
      message: "year-on-year growth: x 150105 2022 is missing",
    });
  });

  it("words the failures of the ratio and the growth as its own, in the locale asked for", () => {
    expect(
      yearOnYear([at("2023", { value: 5 }), at("2022", { numerator: 4, denominator: 0 })], options),
    ).toEqual({
      ok: false,
      reason: "zero_denominator",
      message:
        "year-on-year growth: the denominator of the 2022 observation is zero and cannot divide",
    });
    expect(yearOnYear([at("2023", { value: 5 }), at("2022", { value: 0 })], options)).toEqual({
      ok: false,
      reason: "non_positive_base",
      message: "year-on-year growth: the 2022 observation must be positive, got 0",
    });
  });

  it("names both observations of a repeated period", () => {
    expect(
      yearOnYear(
        [
          at("2023", { value: 5 }, "150105000000"),
          at("2023", { value: 6 }),
          at("2022", { value: 4 }),
        ],
        options,
      ),
    ).toEqual({
      ok: false,
      reason: "duplicate_observation",
      message: "year-on-year growth: observation 1 repeats observation 0 (region 150105)",
    });
  });

  it("uses only the region asked for, in any spelling of its code", () => {
    const observations = [
      at("2023", { value: 5 }),
      at("2023", { value: 6 }, "150102"),
      at("2022", { value: 4 }, "150105000"),
      at("2022", { value: 1 }, "150102"),
    ];
    expect(yearOnYear(observations, options)).toEqual({ ok: true, value: 0.25 });
    expect(yearOnYear(observations, { ...options, regionCode: "150105000000" })).toEqual({
      ok: true,
      value: 0.25,
    });
    const unnamed = at("2023", { value: 9 }, null as unknown as string);
    expect(yearOnYear([unnamed, ...observations], options)).toEqual({ ok: true, value: 0.25 });
    expect(yearOnYear(observations, { ...options, regionCode: "150102" })).toEqual({
      ok: true,
      value: 5,
    });
  });
});
