import { describe, expect, it } from "vitest";
import { rollup } from "../../src/metric/rollup";
import type { Indicator, Observation, RollupResult } from "../../src/metric/types";
import { createRegionIndex } from "../../src/region/create-region-index";

const index = createRegionIndex([
  { code: "150000", name: "内蒙古自治区", level: "province" },
  { code: "150100", name: "呼和浩特市", level: "prefecture", parentCode: "150000" },
  { code: "150102", name: "新城区", level: "county", parentCode: "150100" },
  { code: "150105", name: "赛罕区", level: "county", parentCode: "150100" },
]);
const en = { locale: "en" } as const;
const rate: Indicator = {
  id: "rate",
  name: { "zh-CN": "知晓率" },
  kind: "ratio",
  aggregation: "ratio",
};
const sessions: Indicator = {
  id: "sessions",
  name: { "zh-CN": "活动场次" },
  kind: "count",
  unit: "场次",
  aggregation: "sum",
};
const ratioAt = (rest: Partial<Observation>, regionCode = "150105"): Observation => ({
  indicatorId: "rate",
  regionCode,
  period: "2023",
  ...rest,
});
const sessionsAt = (value: unknown, regionCode = "150105", rest: Partial<Observation> = {}) =>
  ({ indicatorId: "sessions", regionCode, period: "2023", value, ...rest }) as Observation;
const entry = (result: RollupResult, code: string) => {
  if (!result.ok) throw new Error(result.message);
  return result.value.get(code);
};
const at0 = (message: string) => `roll-up: observation 0 (region 150105) ${message}`;

describe("rollup refuses a ratio observation", () => {
  it.each([
    ["with no figure", {}, "missing_value", "roll-up: observation 0 (region 150105) is missing"],
    [
      "known only as a value",
      { value: 0.5 },
      "not_aggregatable",
      "roll-up: observation 0 (150105) is a ratio without numerator and denominator and cannot be aggregated",
    ],
    [
      "whose numerator quantity has no value",
      { numerator: { comparator: "eq" }, denominator: 5 },
      "not_finite",
      at0("must be a finite number, got a missing value"),
    ],
    [
      "whose numerator is null",
      { numerator: null, denominator: 5 },
      "not_finite",
      at0("must be a finite number, got a missing value"),
    ],
    [
      "whose denominator is null",
      { numerator: 5, denominator: null },
      "not_finite",
      at0("must be a finite number, got a missing value"),
    ],
    [
      "whose numerator is infinite",
      { numerator: Number.POSITIVE_INFINITY, denominator: 5 },
      "not_finite",
      at0("must be a finite number, got positive infinity"),
    ],
    [
      "whose numerator is negative",
      { numerator: -5, denominator: 10 },
      "negative_input",
      at0("must not be negative, got -5"),
    ],
    [
      "whose denominator is zero",
      { numerator: 5, denominator: 0 },
      "zero_denominator",
      at0("is zero and cannot divide"),
    ],
  ])("%s", (_, figures, reason, message) => {
    expect(rollup(index, [ratioAt(figures as Partial<Observation>)], rate, en)).toEqual({
      ok: false,
      reason,
      message,
      observationIndex: 0,
      regionCode: "150105",
    });
  });
});

describe("rollup reads a ratio's qualifiers", () => {
  it.each([
    ["two plain numbers", 5, 10, "eq"],
    ["two exact quantities", { value: 5, comparator: "eq" }, { value: 10, comparator: "eq" }, "eq"],
    ["a numerator of more than 5", { value: 5, comparator: "gt" }, 10, "gt"],
    ["a numerator of at most 5", { value: 5, comparator: "lte" }, 10, "lte"],
    ["a denominator of more than 10", 5, { value: 10, comparator: "gt" }, "lt"],
    ["a numerator range", { value: 5, upper: 7, comparator: "range" }, 10, "approx"],
    ["a denominator range", 5, { value: 10, upper: 12, comparator: "range" }, "approx"],
    ["a comparator it does not know", { value: 5, comparator: "about" }, 10, "approx"],
  ])("with %s", (_, numerator, denominator, comparator) => {
    const result = rollup(
      index,
      [ratioAt({ numerator, denominator } as Partial<Observation>)],
      rate,
    );
    expect(entry(result, "150100")).toStrictEqual({
      value: 0.5,
      comparator,
      numerator: 5,
      denominator: 10,
      count: 1,
    });
  });

  it("keeps a status that is not normal, and leaves A out", () => {
    const estimated = rollup(
      index,
      [ratioAt({ numerator: 5, denominator: 10, status: "E" })],
      rate,
    );
    expect(entry(estimated, "150105")).toStrictEqual({
      value: 0.5,
      comparator: "eq",
      numerator: 5,
      denominator: 10,
      count: 1,
      status: "E",
    });
    const normal = rollup(index, [ratioAt({ numerator: 5, denominator: 10, status: "A" })], rate);
    expect(entry(normal, "150105")).toStrictEqual({
      value: 0.5,
      comparator: "eq",
      numerator: 5,
      denominator: 10,
      count: 1,
    });
  });
});

describe("rollup refuses a summed observation", () => {
  it.each([
    ["with no value", undefined, "missing_value", at0("is missing")],
    ["of a null value", null, "not_finite", at0("must be a finite number, got a missing value")],
    [
      "of a quantity whose value is not a number",
      { value: Number.NaN, comparator: "eq" },
      "not_finite",
      at0("must be a finite number, got not a number"),
    ],
    [
      "of a range with no upper end",
      { value: 5, unit: "场次", comparator: "range" },
      "not_finite",
      at0("must be a finite number, got a missing value"),
    ],
    [
      "of a range whose upper end is a string",
      { value: 5, upper: "6", unit: "场次", comparator: "range" },
      "not_finite",
      at0("must be a finite number, got 6"),
    ],
    [
      "of a range whose upper end is infinite",
      { value: 5, upper: Number.POSITIVE_INFINITY, unit: "场次", comparator: "range" },
      "not_finite",
      at0("must be a finite number, got positive infinity"),
    ],
    [
      "of a range whose upper end is below its lower",
      { value: 5, upper: 4, unit: "场次", comparator: "range" },
      "not_finite",
      at0("must be a finite number, got 4"),
    ],
    [
      "written to a precision of 0",
      { value: 5, unit: "场次", comparator: "eq", precision: 0 },
      "invalid_precision",
      "roll-up: the written precision of observation 0 (region 150105) must be a positive finite number, got 0",
    ],
    [
      "written to a precision that is a string",
      { value: 5, unit: "场次", comparator: "eq", precision: "1" },
      "invalid_precision",
      "roll-up: the written precision of observation 0 (region 150105) must be a positive finite number, got 1",
    ],
    [
      "in another quantity's unit",
      { value: 5, unit: "人", comparator: "eq" },
      "unit_mismatch",
      'roll-up: the unit "人" of observation 0 (region 150105) does not match "场次"',
    ],
  ])("%s", (_, value, reason, message) => {
    expect(rollup(index, [sessionsAt(value)], sessions, en)).toEqual({
      ok: false,
      reason,
      message,
      observationIndex: 0,
      regionCode: "150105",
    });
  });

  it("refuses a second figure of another quantity when the indicator has no unit", () => {
    const bare: Indicator = {
      id: "sessions",
      name: { "zh-CN": "人数" },
      kind: "count",
      aggregation: "sum",
    };
    const observations = [
      sessionsAt({ value: 5, unit: "人", comparator: "eq" }),
      sessionsAt({ value: 5, unit: "人次", comparator: "eq" }, "150102"),
    ];
    expect(rollup(index, observations, bare, en)).toEqual({
      ok: false,
      reason: "unit_mismatch",
      message: 'roll-up: the unit "人次" of observation 1 (region 150102) does not match "人"',
      observationIndex: 1,
      regionCode: "150102",
    });
  });

  it("fails on a range whose upper end adds up past the largest number", () => {
    const wide = { value: 1, upper: 1.7e308, comparator: "range" };
    const result = rollup(index, [sessionsAt(wide), sessionsAt(wide, "150102")], {
      ...sessions,
      unit: undefined,
    } as unknown as Indicator);
    expect(result).toMatchObject({
      ok: false,
      reason: "not_finite",
      observationIndex: -1,
      regionCode: "150100",
    });
  });

  it("names the total past the largest number in zh-TW and zh-CN", () => {
    const observations = [sessionsAt(1.7e308), sessionsAt(1.7e308, "150102")];
    expect(rollup(index, observations, sessions, { locale: "zh-TW" })).toMatchObject({
      message: "匯總：地區 150100 的合計須為有限數，收到 正無窮大",
    });
    expect(rollup(index, observations, sessions)).toMatchObject({
      message: "汇总：地区 150100 的合计须为有限数，收到 正无穷大",
    });
  });
});

describe("rollup's summed entries", () => {
  it("accepts a range whose ends meet", () => {
    const result = rollup(
      index,
      [sessionsAt({ value: 5, upper: 5, comparator: "range" })],
      sessions,
    );
    expect(entry(result, "150100")).toStrictEqual({
      value: 5,
      comparator: "range",
      unit: "场次",
      count: 1,
      upper: 5,
    });
  });

  it("reads a comparator it does not know as an estimate", () => {
    const result = rollup(index, [sessionsAt({ value: 5, comparator: "about" })], sessions);
    expect(entry(result, "150105")).toStrictEqual({
      value: 5,
      comparator: "approx",
      unit: "场次",
      count: 1,
    });
  });

  it("shifts a figure onto the indicator's unit when its own is a finer scale of it", () => {
    const visits: Indicator = {
      id: "sessions",
      name: { "zh-CN": "参与人次" },
      kind: "count",
      unit: "万人次",
      aggregation: "sum",
    };
    const observations = [
      sessionsAt({ value: 5, unit: "人次", comparator: "eq" }),
      sessionsAt({ value: 1, unit: "万人次", comparator: "eq" }, "150102"),
    ];
    expect(entry(rollup(index, observations, visits), "150100")).toStrictEqual({
      value: 1.0005,
      comparator: "eq",
      unit: "万人次",
      count: 2,
    });
  });

  it("reads −0 as 0", () => {
    const plain = entry(rollup(index, [sessionsAt(-0)], sessions), "150105");
    const quantity = entry(
      rollup(index, [sessionsAt({ value: -0, comparator: "eq" })], sessions),
      "150105",
    );
    expect(Object.is(plain?.value, 0)).toBe(true);
    expect(Object.is(quantity?.value, 0)).toBe(true);
  });

  it.each([
    ["plain numbers", 1, 2],
    ["quantities", { value: 1, comparator: "eq" }, { value: 2, comparator: "eq" }],
  ])("carries the weakest status of %s, leaving A and none out", (_, one, two) => {
    const statuses = [
      [undefined, undefined, undefined],
      ["A", "A", undefined],
      ["A", "U", "U"],
      ["U", "A", "U"],
      ["P", "E", "E"],
      ["E", "P", "E"],
      [undefined, "F", "F"],
      ["F", undefined, "F"],
    ] as const;
    for (const [first, second, weakest] of statuses) {
      const result = rollup(
        index,
        [
          sessionsAt(one, "150105", first === undefined ? {} : { status: first }),
          sessionsAt(two, "150102", second === undefined ? {} : { status: second }),
        ],
        sessions,
      );
      expect(entry(result, "150100")).toStrictEqual({
        value: 3,
        comparator: "eq",
        unit: "场次",
        count: 2,
        ...(weakest === undefined ? {} : { status: weakest }),
      });
    }
  });

  it("carries the coarsest precision up, whichever region has one", () => {
    const written = (value: number, precision?: number) => ({
      value,
      unit: "场次",
      comparator: "eq",
      ...(precision === undefined ? {} : { precision }),
    });
    for (const [a, b] of [
      [written(100), written(5, 1)],
      [written(5, 1), written(100)],
    ]) {
      const result = rollup(index, [sessionsAt(a), sessionsAt(b, "150102")], sessions);
      expect(entry(result, "150100")).toStrictEqual({
        value: 105,
        comparator: "eq",
        unit: "场次",
        precision: 1,
        count: 2,
      });
    }
  });
});

describe("rollup's entries of the observed regions", () => {
  it.each([
    ["a plain number", 5],
    ["a quantity", { value: 5, comparator: "eq" }],
  ])("have no status when the observation gives none, for %s", (_, value) => {
    expect(entry(rollup(index, [sessionsAt(value)], sessions), "150105")).toStrictEqual({
      value: 5,
      comparator: "eq",
      unit: "场次",
      count: 1,
    });
  });

  it("have no status when a ratio observation gives none", () => {
    const result = rollup(index, [ratioAt({ numerator: 5, denominator: 10 })], rate);
    expect(entry(result, "150105")).toStrictEqual({
      value: 0.5,
      comparator: "eq",
      numerator: 5,
      denominator: 10,
      count: 1,
    });
  });
});

describe("rollup by max and min", () => {
  const largest: Indicator = {
    id: "sessions",
    name: { "zh-CN": "最大" },
    kind: "count",
    aggregation: "max",
  };
  const smallest: Indicator = { ...largest, aggregation: "min" };

  it.each([
    [1, 2],
    [2, 1],
  ])("keeps the extreme whichever region comes first (%o, %o)", (a, b) => {
    const observations = [sessionsAt(a), sessionsAt(b, "150102")];
    expect(entry(rollup(index, observations, largest), "150100")).toStrictEqual({
      value: 2,
      comparator: "eq",
      count: 2,
    });
    expect(entry(rollup(index, observations, smallest), "150100")).toStrictEqual({
      value: 1,
      comparator: "eq",
      count: 2,
    });
  });

  it("is an estimate with no upper end when any figure is not exact", () => {
    const range = { value: 2, upper: 3, comparator: "range" };
    const more = { value: 2, comparator: "gt" };
    for (const observations of [
      [sessionsAt(range), sessionsAt(2, "150102")],
      [sessionsAt(2), sessionsAt(range, "150102")],
      [sessionsAt(more), sessionsAt(1, "150102")],
      [sessionsAt(1), sessionsAt(more, "150102")],
    ]) {
      for (const indicator of [largest, smallest]) {
        const parent = entry(rollup(index, observations, indicator), "150100");
        expect(parent).toMatchObject({ comparator: "approx", count: 2 });
        expect(parent).not.toHaveProperty("upper");
      }
    }
  });
});

describe("rollup names the observation of a region", () => {
  const bare: Indicator = {
    id: "sessions",
    name: { "zh-CN": "场次" },
    kind: "count",
    aggregation: "sum",
  };
  const one = (regionCode: string, rest: Partial<Observation> = {}) =>
    sessionsAt(1, regionCode, rest);
  const failure = (
    observations: readonly Observation[],
    indicator: Indicator = bare,
    options: { readonly period?: string } = {},
  ) => {
    const result = rollup(index, observations, indicator, { ...en, ...options });
    return result.ok
      ? undefined
      : [result.reason, result.message, result.observationIndex, result.regionCode];
  };
  const unknown = (i: number, code = "990000") => [
    "unknown_region",
    `roll-up: the region ${code} of observation ${i} is not in the region index`,
    i,
    code,
  ];
  const repeat = (i: number, first: number) => [
    "duplicate_observation",
    `roll-up: observation ${i} repeats observation ${first} (region 150105)`,
    i,
    "150105",
  ];

  it("finds a region the index does not hold beside regions it does", () => {
    expect(failure([one("150105"), one("990000")])).toEqual(unknown(1));
    expect(failure([one("990000"), one("150105")])).toEqual(unknown(0));
    expect(failure([one("990000000000")])).toEqual(unknown(0, "990000000000"));
    expect(
      failure([{ ...one("990000"), indicatorId: "other" }, one("150105"), one("990000")]),
    ).toEqual(unknown(2));
  });

  it("finds a region the index does not hold with no roll-up (none)", () => {
    const own: Indicator = { ...bare, aggregation: "none" };
    expect(failure([one("150105"), one("990000")], own)).toEqual(unknown(1));
    const result = rollup(index, [one("150105"), one("150102")], own);
    expect(result.ok && [...result.value.keys()]).toEqual(["150105", "150102"]);
  });

  it("names the first observation of a repeated region, in any spelling of its code", () => {
    expect(failure([one("150105"), one("150105000")])).toEqual(repeat(1, 0));
    expect(failure([one("150105000000"), one("150105")])).toEqual(repeat(1, 0));
    expect(failure([one("150102000000"), one("150105000000"), one("150105")])).toEqual(
      repeat(2, 1),
    );
    expect(failure([one("990000000000"), one("150105"), one("150105")])).toEqual(repeat(2, 1));
  });

  it("does not count a record's figure or another period's as the first", () => {
    const about = { about: { kind: "activity", id: "a1" } } as const;
    expect(failure([one("150105", about), one("150105"), one("150105")])).toEqual(repeat(2, 1));
    expect(
      failure([one("150105", { period: "2022" }), one("150105"), one("150105")], bare, {
        period: "2023",
      }),
    ).toEqual(repeat(2, 1));
  });

  it("words region failures in zh-TW", () => {
    const tw = { locale: "zh-TW" } as const;
    expect(rollup(index, [one("150105"), one("150105")], bare, tw)).toMatchObject({
      message: "匯總：第 1 條觀測值與第 0 條重複（地區 150105）",
    });
    expect(rollup(index, [one("990000")], bare, tw)).toMatchObject({
      message: "匯總：第 0 條觀測值的地區 990000 不在地區索引中",
    });
  });
});
