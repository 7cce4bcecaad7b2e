import { describe, expect, it } from "vitest";
import { aggregateOverTime } from "../../src/metric/aggregate-over-time";
import { rollup } from "../../src/metric/rollup";
import { standardIndicators } from "../../src/metric/standard-indicators";
import type { Indicator, MetricInput, Observation, RollupResult } from "../../src/metric/types";
import { createRegionIndex } from "../../src/region/create-region-index";

const index = createRegionIndex([
  { code: "150000", name: "内蒙古自治区", level: "province" },
  { code: "150100", name: "呼和浩特市", level: "prefecture", parentCode: "150000" },
  { code: "150102", name: "新城区", level: "county", parentCode: "150100" },
  { code: "150105", name: "赛罕区", level: "county", parentCode: "150100" },
]);
const visits: Indicator = {
  id: "visits",
  name: { "zh-CN": "参与人次" },
  kind: "count",
  aggregation: "sum",
};
const rate: Indicator = {
  id: "rate",
  name: { "zh-CN": "知晓率" },
  kind: "ratio",
  unit: "%",
  aggregation: "ratio",
};
const q = (value: number, unit: string): MetricInput => ({ value, unit, comparator: "eq" });
const of = (indicatorId: string, regionCode: string, rest: Partial<Observation>): Observation => ({
  indicatorId,
  regionCode,
  period: "2023",
  ...rest,
});
const entry = (result: RollupResult, code: string) => {
  if (!result.ok) throw new Error(result.message);
  return result.value.get(code);
};

describe("a summed aggregate says its unit", () => {
  it("is in the first figure's unit when the indicator has none, the others shifted onto it", () => {
    const observations = [
      of("visits", "150102", { value: q(5, "万人次") }),
      of("visits", "150105", { value: q(5, "人次") }),
    ];
    expect(entry(rollup(index, observations, visits), "150100")).toStrictEqual({
      value: 5.0005,
      comparator: "eq",
      count: 2,
      unit: "万人次",
    });
    expect(entry(rollup(index, observations, visits), "150105")).toStrictEqual({
      value: 0.0005,
      comparator: "eq",
      count: 1,
      unit: "万人次",
    });
    expect(entry(rollup(index, [...observations].reverse(), visits), "150100")).toStrictEqual({
      value: 50005,
      comparator: "eq",
      count: 2,
      unit: "人次",
    });
  });

  it("is in the indicator's unit, 万人 and 名 landing on 人", () => {
    const observations = [
      of("participants", "150102", { value: q(2, "万人") }),
      of("participants", "150105", { value: q(300, "名") }),
    ];
    const result = rollup(index, observations, standardIndicators.participants);
    expect(entry(result, "150000")).toMatchObject({ value: 20300, unit: "人" });
    expect(entry(result, "150102")).toMatchObject({ value: 20000, unit: "人" });
  });

  it("has no unit for bare numbers, and a bare number takes the unit a figure gives", () => {
    const bare = rollup(index, [of("visits", "150102", { value: 7 })], visits);
    expect(entry(bare, "150100")).toStrictEqual({ value: 7, comparator: "eq", count: 1 });
    const mixed = rollup(
      index,
      [of("visits", "150102", { value: 3 }), of("visits", "150105", { value: q(2, "万人次") })],
      visits,
    );
    expect(entry(mixed, "150100")).toMatchObject({ value: 5, unit: "万人次" });
    // The bare figure read before the unit was known says it too.
    expect(entry(mixed, "150102")).toStrictEqual({
      value: 3,
      comparator: "eq",
      count: 1,
      unit: "万人次",
    });
  });

  it("reads a bare number against % as a fraction, and a rate with no declared unit as one", () => {
    const growth = standardIndicators.growth_rate;
    const result = rollup(index, [of("growth_rate", "150102", { value: 0.067 })], growth);
    expect(entry(result, "150102")).toStrictEqual({
      value: 6.7,
      comparator: "eq",
      count: 1,
      unit: "%",
    });
    const highest: Indicator = { ...visits, id: "g", kind: "growth", aggregation: "max" };
    const fractions = rollup(
      index,
      [of("g", "150102", { value: q(6.7, "%") }), of("g", "150105", { value: 0.05 })],
      highest,
    );
    expect(entry(fractions, "150100")).toStrictEqual({ value: 0.067, comparator: "eq", count: 2 });
    const refused = rollup(
      index,
      [of("g", "150102", { value: q(6.7, "%") }), of("g", "150105", { value: q(5, "人") })],
      highest,
    );
    expect(refused.ok ? undefined : refused.message).toBe(
      "汇总：第 1 条观测值（地区 150105）的单位“人”与“%”不一致",
    );
  });

  it("meets ‰ with % on one scale", () => {
    const growth = standardIndicators.growth_rate;
    const result = rollup(index, [of("growth_rate", "150102", { value: q(5, "‰") })], growth);
    expect(entry(result, "150102")).toMatchObject({ value: 0.5, unit: "%" });
  });

  it("refuses 人 against 人次, naming both units", () => {
    const result = rollup(
      index,
      [
        of("visits", "150102", { value: q(5, "人次") }),
        of("visits", "150105", { value: q(5, "人") }),
      ],
      visits,
      { locale: "en" },
    );
    expect(result.ok ? undefined : [result.reason, result.message]).toEqual([
      "unit_mismatch",
      'roll-up: the unit "人" of observation 1 (region 150105) does not match "人次"',
    ]);
  });
});

describe("a ratio aggregate says the units of its sides", () => {
  it("puts each side on one scale and gives a plain fraction, whatever the indicator's unit", () => {
    const observations = [
      of("rate", "150102", { numerator: q(5, "万人"), denominator: q(10, "万人") }),
      of("rate", "150105", { numerator: q(3000, "人"), denominator: q(10000, "人") }),
    ];
    expect(entry(rollup(index, observations, rate), "150100")).toStrictEqual({
      value: 5.3 / 11,
      comparator: "eq",
      numerator: 5.3,
      denominator: 11,
      count: 2,
      numeratorUnit: "万人",
      denominatorUnit: "万人",
    });
  });

  it("divides sides of one quantity written at different scales on one scale", () => {
    const result = rollup(
      index,
      [of("rate", "150102", { numerator: q(5, "万人"), denominator: q(100000, "人") })],
      rate,
    );
    expect(entry(result, "150100")).toStrictEqual({
      value: 0.5,
      comparator: "eq",
      numerator: 5,
      denominator: 100000,
      count: 1,
      numeratorUnit: "万人",
      denominatorUnit: "人",
    });
  });

  it("gives a quotient of two quantities their unit", () => {
    const spending: Indicator = { ...rate, id: "spending", unit: "元" };
    const result = rollup(
      index,
      [
        of("spending", "150102", { numerator: q(3, "万元"), denominator: q(100, "人") }),
        of("spending", "150105", { numerator: q(10000, "元"), denominator: q(100, "名") }),
      ],
      spending,
    );
    expect(entry(result, "150100")).toStrictEqual({
      value: 0.02,
      comparator: "eq",
      numerator: 4,
      denominator: 200,
      count: 2,
      unit: "万元/人",
      numeratorUnit: "万元",
      denominatorUnit: "人",
    });
  });

  it("has no side units for bare numbers", () => {
    const result = rollup(index, [of("rate", "150102", { numerator: 9, denominator: 10 })], rate);
    expect(entry(result, "150102")).toStrictEqual({
      value: 0.9,
      comparator: "eq",
      numerator: 9,
      denominator: 10,
      count: 1,
    });
  });

  it("refuses a numerator or a denominator of another quantity", () => {
    const first = of("rate", "150102", { numerator: q(9, "人"), denominator: q(10, "人") });
    const numerator = rollup(
      index,
      [first, of("rate", "150105", { numerator: q(9, "人次"), denominator: q(10, "人") })],
      rate,
    );
    expect(numerator.ok ? undefined : numerator.message).toBe(
      "汇总：第 1 条观测值（地区 150105）的单位“人次”与“人”不一致",
    );
    const denominator = rollup(
      index,
      [first, of("rate", "150105", { numerator: q(9, "人"), denominator: q(10, "户") })],
      rate,
    );
    expect(denominator.ok ? undefined : denominator.message).toBe(
      "汇总：第 1 条观测值（地区 150105）的单位“户”与“人”不一致",
    );
  });
});

describe("an aggregate over time says its unit", () => {
  const month = (period: string, value: MetricInput, indicatorId = "visits"): Observation => ({
    indicatorId,
    regionCode: "150105",
    period,
    value,
  });

  it("sums 万人次 and 人次 on the first figure's scale", () => {
    const observations = [
      month("2023-01", q(1.5, "万人次")),
      month("2023-02", q(500, "人次")),
      month("2023-03", q(500, "人次")),
    ];
    const flow: Indicator = { ...visits, temporal: "sum" };
    expect(aggregateOverTime(observations, flow, { period: "2023-Q1" })).toStrictEqual({
      ok: true,
      value: { value: 1.6, comparator: "eq", count: 3, unit: "万人次" },
    });
  });

  it("adds a ratio's sides on one scale over time", () => {
    const indicator: Indicator = { ...rate, temporal: "sum" };
    const half = (period: string, numerator: MetricInput, denominator: MetricInput) =>
      ({
        indicatorId: "rate",
        regionCode: "150105",
        period,
        numerator,
        denominator,
      }) as Observation;
    const result = aggregateOverTime(
      [half("2023-H1", q(1, "万人"), q(2, "万人")), half("2023-H2", q(5000, "人"), q(20000, "人"))],
      indicator,
      { period: "2023" },
    );
    expect(result).toStrictEqual({
      ok: true,
      value: {
        value: 1.5 / 4,
        comparator: "eq",
        numerator: 1.5,
        denominator: 4,
        count: 2,
        numeratorUnit: "万人",
        denominatorUnit: "万人",
      },
    });
  });

  it("keeps a ratio given as a value in the indicator's unit", () => {
    const result = aggregateOverTime([month("2023", q(96, "%"), "rate")], rate, {
      period: "2023",
    });
    expect(result.ok && result.value).toStrictEqual({
      value: 96,
      comparator: "eq",
      count: 1,
      unit: "%",
    });
  });
});
