import { describe, expect, it } from "vitest";
import { rollup } from "../../src/metric/rollup";
import { standardIndicators } from "../../src/metric/standard-indicators";
import type { Indicator, Observation } from "../../src/metric/types";
import { createRegionIndex } from "../../src/region/create-region-index";

describe("rollup", () => {
  it("rolls up as the doc example shows", () => {
    const index = createRegionIndex([
      { code: "530600", name: "昭通市", level: "prefecture" },
      { code: "530626", name: "绥江县", level: "county", parentCode: "530600" },
      { code: "530627", name: "镇雄县", level: "county", parentCode: "530600" },
    ]);
    const observations = [
      { indicatorId: "demonstration_units", regionCode: "530626", period: "2023", value: 35 },
      {
        indicatorId: "demonstration_units",
        regionCode: "530627",
        period: "2023",
        value: { value: 10, comparator: "gt" },
      },
    ] as const;
    const result = rollup(index, observations, standardIndicators.demonstration_units);
    expect(result.ok && result.value.get("530600")).toEqual({
      value: 45,
      comparator: "gt",
      unit: "个",
      count: 2,
    });
  });

  const index = createRegionIndex([
    { code: "150000", name: "内蒙古自治区", level: "province" },
    { code: "150100", name: "呼和浩特市", level: "prefecture", parentCode: "150000" },
    { code: "150102", name: "新城区", level: "county", parentCode: "150100" },
    { code: "150105", name: "赛罕区", level: "county", parentCode: "150100" },
    { code: "150200", name: "包头市", level: "prefecture", parentCode: "150000" },
    { code: "150203", name: "昆都仑区", level: "county", parentCode: "150200" },
  ]);
  const awareness = standardIndicators.awareness_rate;
  const sessions = standardIndicators.activity_sessions;

  it("sums the 绥江县 demonstration units of three levels to 35", () => {
    const suijiang = createRegionIndex([
      { code: "530600", name: "昭通市", level: "prefecture" },
      { code: "530626", name: "绥江县", level: "county", parentCode: "530600" },
      { code: "530626001", name: "中城镇", level: "township", parentCode: "530626" },
      { code: "530626002", name: "南岸镇", level: "township", parentCode: "530626" },
      { code: "530626003", name: "板栗镇", level: "township", parentCode: "530626" },
    ]);
    const units = (regionCode: string, value: number): Observation => ({
      indicatorId: "demonstration_units",
      regionCode,
      period: "2023",
      value: { value, unit: "个", comparator: "eq" },
    });
    // 省级4 市级11 县级20, recorded here against three townships to exercise the roll-up.
    const result = rollup(
      suijiang,
      [units("530626001", 4), units("530626002", 11), units("530626003", 20)],
      standardIndicators.demonstration_units,
    );
    expect(result.ok && result.value.get("530626")).toEqual({
      value: 35,
      comparator: "eq",
      unit: "个",
      count: 3,
    });
    expect(result.ok && result.value.get("530600")).toEqual({
      value: 35,
      comparator: "eq",
      unit: "个",
      count: 3,
    });
  });

  it("rolls ratios up as summed numerators over summed denominators", () => {
    const observations: Observation[] = [
      {
        indicatorId: "awareness_rate",
        regionCode: "150102",
        period: "2023",
        numerator: 99,
        denominator: 100,
      },
      {
        indicatorId: "awareness_rate",
        regionCode: "150105",
        period: "2023",
        numerator: 1,
        denominator: 10,
      },
    ];
    const result = rollup(index, observations, awareness);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // (99 + 1) / (100 + 10), not the average of 0.99 and 0.1.
    expect(result.value.get("150100")).toEqual({
      value: 100 / 110,
      comparator: "eq",
      numerator: 100,
      denominator: 110,
      count: 2,
    });
    expect(result.value.get("150000")?.count).toBe(2);
    expect(result.value.has("150200")).toBe(false);
    expect(result.value.has("150203")).toBe(false);
  });

  it("turns a bounded denominator around in the ratio's qualifier", () => {
    const result = rollup(
      index,
      [
        {
          indicatorId: "awareness_rate",
          regionCode: "150102",
          period: "2023",
          numerator: 50,
          denominator: { value: 100, comparator: "gt" },
        },
      ],
      awareness,
    );
    expect(result.ok && result.value.get("150102")?.comparator).toBe("lt");
  });

  it("fails with not_aggregatable for a ratio known only as a percentage, naming the observation", () => {
    const result = rollup(
      index,
      [
        {
          indicatorId: "awareness_rate",
          regionCode: "150102",
          period: "2023",
          numerator: 9,
          denominator: 10,
        },
        {
          indicatorId: "awareness_rate",
          regionCode: "150105",
          period: "2023",
          value: { value: 99, unit: "%", comparator: "eq" },
        },
      ],
      awareness,
    );
    expect(result).toEqual({
      ok: false,
      reason: "not_aggregatable",
      message: "汇总：第 1 条观测值（150105）只有比率值，没有分子和分母，无法汇总",
      observationIndex: 1,
      regionCode: "150105",
    });
  });

  it("carries qualifiers up as addQuantities does and ignores other indicators", () => {
    const observations: Observation[] = [
      {
        indicatorId: "activity_sessions",
        regionCode: "150102",
        period: "2023",
        value: { value: 150, unit: "场次", comparator: "gt" },
      },
      { indicatorId: "activity_sessions", regionCode: "150105", period: "2023", value: 20 },
      {
        indicatorId: "activity_sessions",
        regionCode: "150203",
        period: "2023",
        value: { value: 100, unit: "场次", comparator: "gte" },
      },
      { indicatorId: "participants", regionCode: "150203", period: "2023", value: 1e9 },
    ];
    const result = rollup(index, observations, sessions);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.get("150100")).toEqual({
      value: 170,
      comparator: "gt",
      unit: "场次",
      count: 2,
    });
    expect(result.value.get("150000")).toEqual({
      value: 270,
      comparator: "gt",
      unit: "场次",
      count: 3,
    });
    expect(result.value.get("150203")).toEqual({
      value: 100,
      comparator: "gte",
      unit: "场次",
      count: 1,
    });
    expect(result.value.size).toBe(6);
  });

  it("takes the largest, the smallest, or only each region's own value", () => {
    const observations: Observation[] = [
      { indicatorId: "x", regionCode: "150102", period: "2023", value: 3 },
      { indicatorId: "x", regionCode: "150105", period: "2023", value: 7 },
      {
        indicatorId: "x",
        regionCode: "150203",
        period: "2023",
        value: { value: 5, comparator: "nearly" },
      },
    ];
    const of = (aggregation: Indicator["aggregation"]): Indicator => ({
      id: "x",
      name: { "zh-CN": "测试" },
      kind: "count",
      aggregation,
    });
    const max = rollup(index, observations, of("max"));
    const min = rollup(index, observations, of("min"));
    const none = rollup(index, observations, of("none"));
    expect(max.ok && max.value.get("150100")).toEqual({ value: 7, comparator: "eq", count: 2 });
    expect(max.ok && max.value.get("150000")).toEqual({ value: 7, comparator: "approx", count: 3 });
    expect(min.ok && min.value.get("150000")).toEqual({ value: 3, comparator: "approx", count: 3 });
    expect(none.ok && [...none.value.keys()].sort()).toEqual(["150102", "150105", "150203"]);
  });

  it("names unknown regions, duplicates, mixed periods and bad values instead of dropping them", () => {
    const base = { indicatorId: "activity_sessions", period: "2023" } as const;
    expect(rollup(index, [{ ...base, regionCode: "999999", value: 1 }], sessions)).toMatchObject({
      ok: false,
      reason: "unknown_region",
      observationIndex: 0,
      regionCode: "999999",
    });
    expect(
      rollup(
        index,
        [
          { ...base, regionCode: "150102", value: 1 },
          { ...base, regionCode: "150102", value: 2 },
        ],
        sessions,
      ),
    ).toMatchObject({ ok: false, reason: "duplicate_observation", observationIndex: 1 });
    const twoYears: Observation[] = [
      { ...base, regionCode: "150102", value: 1 },
      { ...base, regionCode: "150105", period: "2022", value: 2 },
    ];
    expect(rollup(index, twoYears, sessions, { locale: "en" })).toEqual({
      ok: false,
      reason: "mixed_periods",
      message: "roll-up: the observations span several periods (2023 and 2022); choose a period",
      observationIndex: 1,
      regionCode: "150105",
    });
    const only2022 = rollup(index, twoYears, sessions, { period: "2022" });
    expect(only2022.ok && only2022.value.get("150000")).toEqual({
      value: 2,
      comparator: "eq",
      unit: "场次",
      count: 1,
    });
    expect(rollup(index, [{ ...base, regionCode: "150102" }], sessions)).toMatchObject({
      reason: "missing_value",
    });
    expect(
      rollup(index, [{ ...base, regionCode: "150102", value: Number.NaN }], sessions),
    ).toMatchObject({
      reason: "not_finite",
    });
    expect(
      rollup(
        index,
        [{ ...base, regionCode: "150102", value: { value: 1, unit: "人", comparator: "eq" } }],
        sessions,
      ),
    ).toMatchObject({ reason: "unit_mismatch" });
    const ratioBase = {
      indicatorId: "awareness_rate",
      period: "2023",
      regionCode: "150102",
    } as const;
    expect(
      rollup(index, [{ ...ratioBase, numerator: 1, denominator: 0 }], awareness),
    ).toMatchObject({
      reason: "zero_denominator",
    });
    expect(
      rollup(index, [{ ...ratioBase, numerator: -1, denominator: 2 }], awareness),
    ).toMatchObject({
      reason: "negative_input",
    });
    expect(rollup(index, [{ ...ratioBase }], awareness)).toMatchObject({ reason: "missing_value" });
  });

  it("does not change its inputs", () => {
    const observations = Object.freeze([
      Object.freeze({
        indicatorId: "activity_sessions",
        regionCode: "150102",
        period: "2023",
        value: 1,
      }),
    ]);
    expect(rollup(index, observations, sessions).ok).toBe(true);
  });
});

describe("rollup overflow", () => {
  it("fails with not_finite when finite figures add up past the largest number", () => {
    const index = createRegionIndex([
      { code: "150000", name: "内蒙古自治区", level: "province" },
      { code: "150100", name: "呼和浩特市", level: "prefecture", parentCode: "150000" },
      { code: "150200", name: "包头市", level: "prefecture", parentCode: "150000" },
    ]);
    const big = {
      indicatorId: "activity_sessions",
      period: "2023",
      value: Number.MAX_VALUE,
    } as const;
    const result = rollup(
      index,
      [
        { ...big, regionCode: "150100" },
        { ...big, regionCode: "150200" },
      ],
      standardIndicators.activity_sessions,
    );
    expect(result).toMatchObject({
      ok: false,
      reason: "not_finite",
      regionCode: "150000",
      observationIndex: -1,
    });
    // The message names the region's total, not an observation numbered -1, and says the sum
    // in words.
    expect(result.ok ? "" : result.message).toBe(
      "汇总：地区 150000 的合计须为有限数，收到 正无穷大",
    );
  });
});

describe("rollup failures", () => {
  const index = createRegionIndex([
    { code: "150000", name: "内蒙古自治区", level: "province" },
    { code: "150102", name: "新城区", level: "county", parentCode: "150000" },
    { code: "150105", name: "赛罕区", level: "county", parentCode: "150000" },
  ]);
  const sessions = standardIndicators.activity_sessions;
  const awareness = standardIndicators.awareness_rate;

  it("names the first of two duplicates, past observations of other indicators, regions and periods", () => {
    const base = { indicatorId: "activity_sessions", period: "2023" } as const;
    const observations: Observation[] = [
      { ...base, regionCode: "150105", value: 1 },
      { indicatorId: "awareness_rate", regionCode: "150102", period: "2023", value: 1 },
      { ...base, regionCode: "150102", period: "2022", value: 1 },
      { ...base, regionCode: "150102", value: 1 },
      { ...base, regionCode: "150102", value: 2 },
    ];
    expect(rollup(index, observations, sessions, { period: "2023" })).toEqual({
      ok: false,
      reason: "duplicate_observation",
      message: "汇总：第 4 条观测值与第 3 条重复（地区 150102）",
      observationIndex: 4,
      regionCode: "150102",
    });
  });

  it("refuses a ratio part that is missing, not finite or negative, naming the value", () => {
    const at = { indicatorId: "awareness_rate", period: "2023", regionCode: "150102" } as const;
    const failure = (observations: Observation[]) => {
      const result = rollup(index, observations, awareness);
      return result.ok ? undefined : [result.reason, result.message];
    };
    expect(failure([{ ...at, numerator: 5 }])).toEqual([
      "missing_value",
      "汇总：缺少第 0 条观测值（地区 150102）",
    ]);
    expect(failure([{ ...at, numerator: Number.NaN, denominator: 10 }])).toEqual([
      "not_finite",
      "汇总：第 0 条观测值（地区 150102）须为有限数，收到 非数值",
    ]);
    expect(
      failure([
        {
          ...at,
          numerator: 5,
          denominator: { value: Number.POSITIVE_INFINITY, comparator: "eq" },
        },
      ]),
    ).toEqual(["not_finite", "汇总：第 0 条观测值（地区 150102）须为有限数，收到 正无穷大"]);
    expect(failure([{ ...at, numerator: 5, denominator: -2 }])).toEqual([
      "negative_input",
      "汇总：第 0 条观测值（地区 150102）不能为负数，收到 -2",
    ]);
    expect(
      failure([
        { ...at, numerator: 1, denominator: 2 },
        { ...at, regionCode: "150105", numerator: 1e300, denominator: 1e-300 },
      ]),
    ).toEqual(["not_finite", "汇总：第 1 条观测值（地区 150105）须为有限数，收到 正无穷大"]);
  });
});

describe("rollup on the figure model", () => {
  const index = createRegionIndex([
    { code: "150000", name: "内蒙古自治区", level: "province" },
    { code: "150100", name: "呼和浩特市", level: "prefecture", parentCode: "150000" },
    { code: "150105", name: "赛罕区", level: "county", parentCode: "150100" },
    { code: "150102", name: "新城区", level: "county", parentCode: "150100" },
  ]);
  const sessions = standardIndicators.activity_sessions;
  const base = { indicatorId: "activity_sessions", period: "2023" } as const;

  it("keys a padded code by the region it names, and counts it for every ancestor", () => {
    const result = rollup(index, [{ ...base, regionCode: "150105000000", value: 7 }], sessions);
    expect(result.ok && [...result.value.keys()].sort()).toEqual(["150000", "150100", "150105"]);
    expect(result.ok && result.value.get("150100")).toEqual({
      value: 7,
      comparator: "eq",
      unit: "场次",
      count: 1,
    });
    expect(result.ok && result.value.has("150105000000")).toBe(false);
  });

  it("finds a duplicate in any spelling of its code", () => {
    expect(
      rollup(
        index,
        [
          { ...base, regionCode: "150105", value: 1 },
          { ...base, regionCode: "150105000000", value: 2 },
        ],
        sessions,
      ),
    ).toMatchObject({ ok: false, reason: "duplicate_observation", observationIndex: 1 });
  });

  it("adds ranges, one scale of a quantity, and carries the weakest status up", () => {
    const result = rollup(
      index,
      [
        {
          ...base,
          regionCode: "150105",
          value: { value: 30, upper: 40, unit: "场次", comparator: "range" },
          status: "E",
        },
        {
          ...base,
          regionCode: "150102",
          value: { value: 5, unit: "场", comparator: "eq" },
          status: "P",
        },
      ],
      sessions,
    );
    expect(result.ok && result.value.get("150100")).toEqual({
      value: 35,
      upper: 45,
      comparator: "range",
      unit: "场次",
      count: 2,
      status: "E",
    });
    expect(result.ok && result.value.get("150102")).toEqual({
      value: 5,
      comparator: "eq",
      unit: "场次",
      count: 1,
      status: "P",
    });
    const people = rollup(
      index,
      [
        {
          indicatorId: "participants",
          period: "2023",
          regionCode: "150105",
          value: { value: 2, unit: "万人次", comparator: "eq" },
        },
        {
          indicatorId: "participants",
          period: "2023",
          regionCode: "150102",
          value: { value: 500, unit: "人次", comparator: "eq" },
        },
      ],
      {
        id: "participants",
        name: { "zh-CN": "参与人次" },
        kind: "count",
        unit: "人次",
        aggregation: "sum",
      },
    );
    expect(people.ok && people.value.get("150100")?.value).toBe(20500);
  });

  it("types a ratio's entries with their numerator, and a sum's without", () => {
    const ratios = rollup(
      index,
      [
        {
          indicatorId: "awareness_rate",
          period: "2023",
          regionCode: "150105",
          numerator: 9,
          denominator: 10,
        },
      ],
      standardIndicators.awareness_rate,
    );
    const entry = ratios.ok ? ratios.value.get("150105") : undefined;
    // A ratio's entry is told from a sum's by its numerator, with no cast.
    expect(entry !== undefined && "numerator" in entry ? entry.numerator : undefined).toBe(9);
    const literal = rollup(
      index,
      [{ indicatorId: "x", period: "2023", regionCode: "150105", numerator: 1, denominator: 4 }],
      { id: "x", name: { "zh-CN": "比率" }, kind: "ratio", aggregation: "ratio" } as const,
    );
    expect(literal.ok ? literal.value.get("150105")?.denominator : undefined).toBe(4);
  });
});
