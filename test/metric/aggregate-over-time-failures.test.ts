import { describe, expect, it } from "vitest";
import {
  type AggregateOverTimeOptions,
  aggregateOverTime,
} from "../../src/metric/aggregate-over-time";
import type { Indicator, Observation } from "../../src/metric/types";

const en = { locale: "en" } as const;
const tw = { locale: "zh-TW" } as const;
const sessions: Indicator = {
  id: "sessions",
  name: { "zh-CN": "活动场次", "zh-TW": "活動場次", en: "activity sessions" },
  kind: "count",
  aggregation: "sum",
  temporal: "sum",
};
const at = (period: string, value: unknown = 1, rest: Partial<Observation> = {}): Observation =>
  ({ indicatorId: "sessions", regionCode: "150105", period, value, ...rest }) as Observation;
const quarter = [at("2023-01"), at("2023-02"), at("2023-03")];
const q1 = { period: "2023-Q1", ...en } as const;
const failure = (
  period: string,
  reason: string,
  message: string,
  observationIndex = -1,
  regionCode = "150105",
) => ({ ok: false, reason, message, observationIndex, regionCode, period });

describe("aggregateOverTime's period option", () => {
  it.each([
    ["no options", null, "跨期汇总：缺少period", "空缺值"],
    ["no period", { locale: "en" }, "aggregation over time: period is missing", "a missing value"],
    [
      "a period that is not a string",
      { period: 2023, locale: "en" },
      "aggregation over time: period is missing",
      "2023",
    ],
    [
      "a key that does not parse",
      { period: "2023-13", locale: "en" },
      'aggregation over time: period "2023-13" is not a valid calendar date',
      "2023-13",
    ],
    [
      "a key that does not parse, in zh-TW",
      { period: "2023-13", locale: "zh-TW" },
      "跨期匯總：期間「2023-13」不是有效的日曆日期",
      "2023-13",
    ],
    [
      "an interval",
      { period: "2021/2023", locale: "en" },
      'aggregation over time: the period "2021/2023" is an interval and cannot be divided into years, halves, quarters, months or days',
      "2021/2023",
    ],
    [
      "an interval, in zh-CN",
      { period: "2021/2023" },
      "跨期汇总：期间“2021/2023”是一段区间，不能拆分为年、半年、季度、月或日",
      "2021/2023",
    ],
  ])("refuses %s, naming the formula once", (_, options, message, period) => {
    expect(
      aggregateOverTime(quarter, sessions, options as unknown as AggregateOverTimeOptions),
    ).toEqual(failure(period, "invalid_period", message, -1, ""));
  });

  it("names the region asked for in a refused period", () => {
    expect(
      aggregateOverTime(quarter, sessions, { period: "2023-13", regionCode: "150105", ...en }),
    ).toMatchObject({ reason: "invalid_period", observationIndex: -1, regionCode: "150105" });
  });

  it("keeps a long key whole in the failure", () => {
    const key = "2023-".repeat(14);
    expect(aggregateOverTime(quarter, sessions, { period: key })).toMatchObject({
      reason: "invalid_period",
      period: key,
    });
  });
});

describe("aggregateOverTime's observation keys", () => {
  it.each([
    ["a key that does not parse", "2023-15", 'period "2023-15" is not a valid calendar date'],
    [
      "an interval inside the quarter",
      "2023-01/2023-02",
      'the period "2023-01/2023-02" is an interval and cannot be divided into years, halves, quarters, months or days',
    ],
    [
      "an interval that ends on the quarter's first day",
      "2022-12-30/2023-01-01",
      'the period "2022-12-30/2023-01-01" is an interval and cannot be divided into years, halves, quarters, months or days',
    ],
    [
      "an interval that starts on the quarter's last day",
      "2023-03-31/2023-04-02",
      'the period "2023-03-31/2023-04-02" is an interval and cannot be divided into years, halves, quarters, months or days',
    ],
  ])("refuses %s", (_, key, words) => {
    expect(aggregateOverTime([...quarter, at(key)], sessions, q1)).toEqual(
      failure(key, "invalid_period", `aggregation over time: ${words}`, 3),
    );
  });

  it("ignores intervals clear of the quarter and periods outside it, even repeated", () => {
    const outside = [
      at("2022-12-30/2022-12-31"),
      at("2023-04-01/2023-04-02"),
      at("2023-04/.."),
      at("../2022-12"),
      at("2023-04"),
      at("2023-04"),
      at("2022"),
      at("2022"),
    ];
    expect(aggregateOverTime([...quarter, ...outside], sessions, q1)).toEqual({
      ok: true,
      value: { value: 3, comparator: "eq", count: 3 },
    });
  });
});

describe("aggregateOverTime's failures name the region and period", () => {
  it("refuses several regions without a regionCode", () => {
    expect(
      aggregateOverTime([at("2023-01"), at("2023-02", 1, { regionCode: "150102" })], sessions, q1),
    ).toEqual(
      failure(
        "2023-02",
        "mixed_regions",
        "aggregation over time: the observations belong to several regions (150105 and 150102); choose a regionCode",
        1,
        "150102",
      ),
    );
  });

  it("refuses a region code that is not a string as another region, without throwing", () => {
    const odd = at("2023-02", 1, { regionCode: null as unknown as string });
    expect(aggregateOverTime([at("2023-01"), odd], sessions, q1)).toMatchObject({
      ok: false,
      reason: "mixed_regions",
      observationIndex: 1,
      regionCode: "null",
    });
  });

  it.each([
    [en, "aggregation over time: observation 1 repeats observation 0 (region 150105, 2023-01)"],
    [tw, "跨期匯總：第 1 條觀測值與第 0 條重複（地區 150105，2023-01）"],
    [{}, "跨期汇总：第 1 条观测值与第 0 条重复（地区 150105，2023-01）"],
  ])("names a repeated period (%o)", (locale, message) => {
    expect(
      aggregateOverTime([at("2023-01"), at("2023-01")], sessions, { period: "2023-Q1", ...locale }),
    ).toEqual(failure("2023-01", "duplicate_observation", message, 1));
  });

  it.each([
    [
      { period: "2023-Q1", ...en },
      "aggregation over time: an observation for 2023-Q1 is missing",
      "",
    ],
    [
      { period: "2023-Q1", regionCode: "150105", ...en },
      "aggregation over time: an observation of region 150105 for 2023-Q1 is missing",
      "150105",
    ],
    [{ period: "2023-Q1" }, "跨期汇总：缺少2023-Q1 的观测值", ""],
    [
      { period: "2023-Q1", regionCode: "150105" },
      "跨期汇总：缺少地区 150105 2023-Q1 的观测值",
      "150105",
    ],
    [
      { period: "2023-Q1", regionCode: "150105", ...tw },
      "跨期匯總：缺少地區 150105 2023-Q1 的觀測值",
      "150105",
    ],
  ])("says nothing is there (%o)", (options, message, regionCode) => {
    expect(aggregateOverTime([], sessions, options)).toEqual(
      failure("2023-Q1", "missing_value", message, -1, regionCode),
    );
  });

  it.each([
    [sessions, en, 'indicator "activity sessions"'],
    [{ ...sessions, name: { "zh-CN": "活动场次" } }, en, 'indicator "活动场次"'],
    [{ ...sessions, name: undefined }, en, 'indicator "sessions"'],
  ])("names the indicator that does not combine over time", (indicator, locale, named) => {
    const own = { ...indicator, temporal: "none" } as unknown as Indicator;
    expect(aggregateOverTime([at("2023-01")], own, { period: "2023-Q1", ...locale })).toEqual(
      failure(
        "2023-Q1",
        "not_aggregatable",
        `aggregation over time: ${named} does not combine over time, and 2023-Q1 has no observation of its own`,
      ),
    );
  });

  it("names the indicator in zh-TW", () => {
    const own: Indicator = { ...sessions, temporal: "none" };
    expect(aggregateOverTime([at("2023-01")], own, { period: "2023-Q1", ...tw })).toMatchObject({
      message: "跨期匯總：指標「活動場次」不跨期匯總，2023-Q1 沒有自身的觀測值",
    });
  });

  it.each([
    [
      en,
      "aggregation over time: 2023-Q1 of region 150105 is incomplete, with no observation for 2023-02, 2023-03",
    ],
    [tw, "跨期匯總：地區 150105 的 2023-Q1 不完整，缺少 2023-02、2023-03 的觀測值"],
    [{}, "跨期汇总：地区 150105 的 2023-Q1 不完整，缺少 2023-02、2023-03 的观测值"],
  ])("lists the missing parts (%o)", (locale, message) => {
    expect(aggregateOverTime([at("2023-01")], sessions, { period: "2023-Q1", ...locale })).toEqual({
      ...failure("2023-Q1", "incomplete_period", message),
      missing: ["2023-02", "2023-03"],
    });
  });

  it("names five missing parts in full and says how many more there are past five", () => {
    const days = (n: number) =>
      Array.from({ length: n }, (_, i) => at(`2023-02-${String(i + 1).padStart(2, "0")}`));
    const five = aggregateOverTime(days(23), sessions, { period: "2023-02", ...en });
    expect(five).toMatchObject({
      message:
        "aggregation over time: 2023-02 of region 150105 is incomplete, with no observation for 2023-02-24, 2023-02-25, 2023-02-26, 2023-02-27, 2023-02-28",
    });
    const six = aggregateOverTime(days(22), sessions, { period: "2023-02", ...tw });
    expect(six).toMatchObject({
      message:
        "跨期匯總：地區 150105 的 2023-02 不完整，缺少 2023-02-23、2023-02-24、2023-02-25、2023-02-26、2023-02-27 等（另有 1 個） 的觀測值",
    });
  });

  it("reports a missing part before a total that would be too large", () => {
    const huge = [at("2023-02", 1.7e308), at("2023-03", 1.7e308)];
    expect(aggregateOverTime(huge, sessions, q1)).toMatchObject({
      ok: false,
      reason: "incomplete_period",
      missing: ["2023-01"],
    });
  });

  it("names the total past the largest number by region and period", () => {
    const huge = [at("2023-01", 1.7e308), at("2023-02", 1.7e308), at("2023-03", 1)];
    expect(aggregateOverTime(huge, sessions, q1)).toEqual(
      failure(
        "2023-Q1",
        "not_finite",
        "aggregation over time: the total of region 150105, 2023-Q1 must be a finite number, got positive infinity",
      ),
    );
    expect(aggregateOverTime(huge, sessions, { period: "2023-Q1", ...tw })).toMatchObject({
      message: "跨期匯總：地區 150105，2023-Q1 的合計須為有限數，收到 正無窮大",
    });
  });

  it("names an observation's failure by region and period", () => {
    const rate: Indicator = {
      id: "sessions",
      name: { "zh-CN": "知晓率" },
      kind: "ratio",
      aggregation: "ratio",
      temporal: "sum",
    };
    expect(aggregateOverTime([at("2023-Q1", 0.5)], rate, q1)).toEqual(
      failure(
        "2023-Q1",
        "not_aggregatable",
        "aggregation over time: observation 0 (region 150105, 2023-Q1) is a ratio without numerator and denominator and cannot be aggregated",
        0,
      ),
    );
    expect(aggregateOverTime([at("2023-Q1", Number.NaN)], sessions, q1)).toEqual(
      failure(
        "2023-Q1",
        "not_finite",
        "aggregation over time: observation 0 (region 150105, 2023-Q1) must be a finite number, got not a number",
        0,
      ),
    );
    expect(
      aggregateOverTime([at("2023-Q1", Number.NaN)], sessions, { period: "2023-Q1", ...tw }),
    ).toMatchObject({
      message: "跨期匯總：第 0 條觀測值（地區 150105，2023-Q1）須為有限數，收到 非數值",
    });
  });
});

describe("aggregateOverTime reads a period's own observation by the indicator", () => {
  it("reads a count's value even when the observation also has a numerator", () => {
    const own = at("2023-Q1", 7, { numerator: 1, denominator: 2 });
    for (const temporal of ["sum", "last", "none"] as const) {
      expect(aggregateOverTime([own], { ...sessions, temporal }, q1)).toEqual({
        ok: true,
        value: { value: 7, comparator: "eq", count: 1 },
      });
    }
  });
});
