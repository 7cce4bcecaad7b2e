import { describe, expect, it } from "vitest";
import { aggregateOverTime } from "../../src/metric/aggregate-over-time";
import { standardIndicators } from "../../src/metric/standard-indicators";
import type {
  Indicator,
  MetricInput,
  Observation,
  ObservationStatus,
} from "../../src/metric/types";

const sessionsOf = standardIndicators.activity_sessions;
const unitsOf = standardIndicators.demonstration_units;

function at(period: string, value: MetricInput, extra: Partial<Observation> = {}): Observation {
  return { indicatorId: "activity_sessions", regionCode: "150105", period, value, ...extra };
}

const months = (year: number, values: readonly number[], first = 1): Observation[] =>
  values.map((value, i) => at(`${year}-${String(first + i).padStart(2, "0")}`, value));

function reasonOf(result: ReturnType<typeof aggregateOverTime>): string | undefined {
  return result.ok ? undefined : result.reason;
}

describe("aggregateOverTime", () => {
  it("sums a quarter as the doc example shows", () => {
    const sessions = (period: string, value: number, status?: "E") => ({
      indicatorId: "activity_sessions",
      regionCode: "150105",
      period,
      value: { value, unit: "场次", comparator: "eq" as const },
      ...(status ? { status } : {}),
    });
    const months = [sessions("2023-01", 4), sessions("2023-02", 6), sessions("2023-03", 5, "E")];
    expect(
      aggregateOverTime(months, standardIndicators.activity_sessions, { period: "2023-Q1" }),
    ).toEqual({
      ok: true,
      value: { value: 15, comparator: "eq", unit: "场次", count: 3, status: "E" },
    });
    const partial = aggregateOverTime(months.slice(0, 2), standardIndicators.activity_sessions, {
      period: "2023-Q1",
    });
    expect(partial.ok ? partial.value : partial.missing).toEqual(["2023-03"]);
  });

  it("sums twelve months into quarters, halves and the year", () => {
    const year = months(2023, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const total = (period: string) => {
      const result = aggregateOverTime(year, sessionsOf, { period });
      return result.ok ? [result.value.value, result.value.count] : result.reason;
    };
    expect(total("2023-Q1")).toEqual([6, 3]);
    expect(total("2023-Q4")).toEqual([33, 3]);
    expect(total("2023-H1")).toEqual([21, 6]);
    expect(total("2023-H2")).toEqual([57, 6]);
    expect(total("2023")).toEqual([78, 12]);
    expect(total("2023-07")).toEqual([7, 1]);
  });

  it("takes a period's own observation and sums parts of different levels", () => {
    const observations = [
      at("2023-Q1", 10),
      ...months(2023, [1, 2, 3], 4),
      at("2023-H2", 100),
      // The year's parts are there; the year itself is not, so they are added.
    ];
    const result = aggregateOverTime(observations, sessionsOf, { period: "2023" });
    expect(result.ok && result.value).toEqual({
      value: 116,
      comparator: "eq",
      unit: "场次",
      count: 5,
    });
    // A period reported itself is that figure: its parts are not added to it.
    const withYear = aggregateOverTime([...observations, at("2023", 120)], sessionsOf, {
      period: "2023",
    });
    expect(withYear.ok && withYear.value).toEqual({
      value: 120,
      comparator: "eq",
      unit: "场次",
      count: 1,
    });
  });

  it("sums the days of a month", () => {
    const days = Array.from({ length: 29 }, (_, i) =>
      at(`2024-02-${String(i + 1).padStart(2, "0")}`, 1),
    );
    const month = aggregateOverTime(days, sessionsOf, { period: "2024-02" });
    expect(month.ok && month.value.value).toBe(29);
    const short = aggregateOverTime(days.slice(1), sessionsOf, { period: "2024-02" });
    expect(short.ok ? undefined : short.missing).toEqual(["2024-02-01"]);
  });

  describe("incomplete periods", () => {
    it("refuses two of a quarter's three months, naming the missing one", () => {
      const result = aggregateOverTime(months(2023, [4, 6]), sessionsOf, { period: "2023-Q1" });
      expect(result).toEqual({
        ok: false,
        reason: "incomplete_period",
        message: "跨期汇总：地区 150105 的 2023-Q1 不完整，缺少 2023-03 的观测值",
        observationIndex: -1,
        regionCode: "150105",
        period: "2023-Q1",
        missing: ["2023-03"],
      });
    });

    it("names the largest missing parts, a handful in the message and how many more", () => {
      const result = aggregateOverTime(months(2023, [4, 6]), sessionsOf, { period: "2023" });
      expect(result.ok ? undefined : result.missing).toEqual(["2023-03", "2023-Q2", "2023-H2"]);
      const sparse = [1, 3, 5, 7, 9, 11].map((m) => at(`2023-${String(m).padStart(2, "0")}`, 1));
      const gaps = aggregateOverTime(sparse, sessionsOf, { period: "2023" });
      expect(gaps.ok ? undefined : [gaps.missing, gaps.message]).toEqual([
        ["2023-02", "2023-04", "2023-06", "2023-08", "2023-10", "2023-12"],
        "跨期汇总：地区 150105 的 2023 不完整，缺少 2023-02、2023-04、2023-06、2023-08、2023-10 等（另有 1 个） 的观测值",
      ]);
      const en = aggregateOverTime(sparse, sessionsOf, { period: "2023", locale: "en" });
      expect(en.ok ? undefined : en.message).toBe(
        "aggregation over time: 2023 of region 150105 is incomplete, with no observation for 2023-02, 2023-04, 2023-06, 2023-08, 2023-10 and 1 more",
      );
    });

    it("fails with missing_value when nothing is at or below the period", () => {
      const result = aggregateOverTime(months(2022, [1, 2, 3]), sessionsOf, { period: "2023-Q1" });
      expect(result.ok ? undefined : [result.reason, result.message]).toEqual([
        "missing_value",
        "跨期汇总：缺少地区 150105 2023-Q1 的观测值",
      ]);
    });
  });

  describe("last (stocks)", () => {
    const units = (period: string, value: number): Observation => ({
      indicatorId: "demonstration_units",
      regionCode: "150105",
      period,
      value: { value, unit: "个", comparator: "eq" },
    });

    it("takes the value at the end of the period, down to its last month", () => {
      const year = [units("2023-01", 30), units("2023-06", 32), units("2023-12", 35)];
      const result = aggregateOverTime(year, unitsOf, { period: "2023" });
      expect(result.ok && result.value).toEqual({
        value: 35,
        comparator: "eq",
        unit: "个",
        count: 1,
      });
      const half = aggregateOverTime(year, unitsOf, { period: "2023-H1" });
      expect(half.ok && half.value.value).toBe(32);
      const quarter = aggregateOverTime([units("2023-Q4", 36), ...year], unitsOf, {
        period: "2023",
      });
      expect(quarter.ok && quarter.value.value).toBe(36);
    });

    it("refuses a period whose last part is missing", () => {
      const result = aggregateOverTime([units("2023-01", 30), units("2023-11", 34)], unitsOf, {
        period: "2023",
      });
      expect(result.ok ? undefined : [result.reason, result.missing]).toEqual([
        "incomplete_period",
        ["2023-12"],
      ]);
    });
  });

  describe("none", () => {
    const awareness = standardIndicators.awareness_rate;
    const rate = (period: string, extra: Partial<Observation>): Observation => ({
      indicatorId: "awareness_rate",
      regionCode: "150105",
      period,
      ...extra,
    });

    it("gives the period's own observation, as a ratio or as a value", () => {
      const own = aggregateOverTime(
        [rate("2023", { numerator: 96, denominator: 100 })],
        awareness,
        {
          period: "2023",
        },
      );
      expect(own.ok && own.value).toEqual({
        value: 0.96,
        comparator: "eq",
        numerator: 96,
        denominator: 100,
        count: 1,
      });
      const percent = aggregateOverTime(
        [rate("2023", { value: { value: 96, unit: "%", comparator: "eq" } })],
        awareness,
        { period: "2023" },
      );
      expect(percent.ok && percent.value).toEqual({
        value: 96,
        comparator: "eq",
        unit: "%",
        count: 1,
      });
    });

    it("refuses to combine parts, and an indicator without a temporal rule likewise", () => {
      const parts = [
        rate("2023-H1", { numerator: 90, denominator: 100 }),
        rate("2023-H2", { numerator: 95, denominator: 100 }),
      ];
      const result = aggregateOverTime(parts, awareness, { period: "2023" });
      expect(result.ok ? undefined : [result.reason, result.message]).toEqual([
        "not_aggregatable",
        "跨期汇总：指标“知晓率”不跨期汇总，2023 没有自身的观测值",
      ]);
      const bare: Indicator = {
        id: "awareness_rate",
        name: { "zh-CN": "知晓率" },
        kind: "ratio",
        aggregation: "ratio",
      };
      expect(reasonOf(aggregateOverTime(parts, bare, { period: "2023" }))).toBe("not_aggregatable");
    });
  });

  it("adds a ratio's numerators and denominators over time", () => {
    const visits: Indicator = {
      id: "r",
      name: { "zh-CN": "参与率" },
      kind: "ratio",
      aggregation: "ratio",
      temporal: "sum",
    };
    const half = (period: string, numerator: number, denominator: number): Observation => ({
      indicatorId: "r",
      regionCode: "150105",
      period,
      numerator,
      denominator,
    });
    const result = aggregateOverTime([half("2023-H1", 30, 100), half("2023-H2", 90, 200)], visits, {
      period: "2023",
    });
    expect(result.ok && result.value).toEqual({
      value: 0.4,
      comparator: "eq",
      numerator: 120,
      denominator: 300,
      count: 2,
    });
    const percent: Observation = { ...half("2023-H2", 1, 1), value: 45 };
    delete (percent as { numerator?: unknown }).numerator;
    expect(
      reasonOf(aggregateOverTime([half("2023-H1", 30, 100), percent], visits, { period: "2023" })),
    ).toBe("not_aggregatable");
  });

  it("carries the weakest status of what it includes (U, F, E, P; none when all normal)", () => {
    const statusOf = (...statuses: (ObservationStatus | undefined)[]) => {
      const observations = statuses.map((status, i) =>
        at(`2023-0${i + 1}`, 1, status === undefined ? {} : { status }),
      );
      const result = aggregateOverTime(observations, sessionsOf, { period: "2023-Q1" });
      return result.ok ? result.value.status : result.reason;
    };
    expect(statusOf("A", undefined, "A")).toBeUndefined();
    expect(statusOf("A", "P", "A")).toBe("P");
    expect(statusOf("P", "E", "A")).toBe("E");
    expect(statusOf("E", "F", "P")).toBe("F");
    expect(statusOf("U", "F", "E")).toBe("U");
  });

  it("keeps qualifiers by their bounds, ranges, estimates and the coarsest precision", () => {
    const quarter = (values: readonly MetricInput[]) => {
      const observations = values.map((value, i) => at(`2023-0${i + 1}`, value));
      const result = aggregateOverTime(observations, sessionsOf, { period: "2023-Q1" });
      return result.ok ? result.value : result.reason;
    };
    expect(
      quarter([{ value: 50000, comparator: "gt" }, 100, { value: 10, comparator: "gte" }]),
    ).toEqual({ value: 50110, comparator: "gt", unit: "场次", count: 3 });
    expect(quarter([{ value: 30, upper: 40, comparator: "range" }, 5, 5])).toEqual({
      value: 40,
      upper: 50,
      comparator: "range",
      unit: "场次",
      count: 3,
    });
    expect(quarter([{ value: 12000, comparator: "approx" }, 5, 5])).toEqual({
      value: 12010,
      comparator: "approx",
      unit: "场次",
      count: 3,
    });
    expect(
      quarter([
        { value: 2e10, comparator: "eq", unit: "场次", precision: 1e8 },
        { value: 363.1e8, comparator: "eq", unit: "场次", precision: 1e7 },
        5,
      ]),
    ).toEqual({ value: 56310000005, comparator: "eq", unit: "场次", precision: 1e8, count: 3 });
  });

  it("meets units through the unit table and refuses different quantities", () => {
    const visits = standardIndicators.participant_visits;
    const of = (value: number, unit: string) =>
      at("", { value, unit, comparator: "eq" }, { indicatorId: "participant_visits" });
    const observations = [
      { ...of(1.5, "万人次"), period: "2023-01" },
      { ...of(500, "人次"), period: "2023-02" },
      { ...of(500, "人次"), period: "2023-03" },
    ];
    const result = aggregateOverTime(observations, visits, { period: "2023-Q1" });
    expect(result.ok && result.value.value).toBe(16000);
    const people = [...observations.slice(0, 2), { ...of(500, "人"), period: "2023-03" }];
    const mismatch = aggregateOverTime(people, visits, { period: "2023-Q1" });
    expect(mismatch.ok ? undefined : [mismatch.reason, mismatch.message, mismatch.period]).toEqual([
      "unit_mismatch",
      "跨期汇总：第 2 条观测值（地区 150105，2023-03）的单位“人”与“人次”不一致",
      "2023-03",
    ]);
  });

  it("refuses two observations of one period", () => {
    const result = aggregateOverTime([...months(2023, [1, 2, 3]), at("2023-02", 9)], sessionsOf, {
      period: "2023-Q1",
    });
    expect(result).toEqual({
      ok: false,
      reason: "duplicate_observation",
      message: "跨期汇总：第 3 条观测值与第 1 条重复（地区 150105，2023-02）",
      observationIndex: 3,
      regionCode: "150105",
      period: "2023-02",
    });
  });

  describe("period keys", () => {
    const quarter = months(2023, [1, 2, 3]);

    it.each(["2021/2023", "../2023-09-25", "2023-02/2023-05", "2023/.."])(
      "refuses an interval %s that overlaps the period",
      (interval) => {
        const result = aggregateOverTime([...quarter, at(interval, 5)], sessionsOf, {
          period: "2023-Q1",
        });
        expect(
          result.ok ? undefined : [result.reason, result.observationIndex, result.period],
        ).toEqual(["invalid_period", 3, interval]);
      },
    );

    it("names the interval in the message, and ignores one clear of the period", () => {
      const result = aggregateOverTime([at("2021/2023", 5)], sessionsOf, { period: "2023" });
      expect(result.ok ? undefined : result.message).toBe(
        "跨期汇总：期间“2021/2023”是一段区间，不能拆分为年、半年、季度、月或日",
      );
      const clear = aggregateOverTime([...quarter, at("2016/2020", 5)], sessionsOf, {
        period: "2023-Q1",
      });
      expect(clear.ok && clear.value.value).toBe(6);
    });

    it("refuses an interval or a malformed key as the period asked for", () => {
      expect(reasonOf(aggregateOverTime(quarter, sessionsOf, { period: "2021/2023" }))).toBe(
        "invalid_period",
      );
      const malformed = aggregateOverTime(quarter, sessionsOf, { period: "2023-Q5" });
      expect(malformed.ok ? undefined : malformed.message).toMatch(
        /^跨期汇总：无法识别的期间“2023-Q5”，应为 2023、2023-H1/,
      );
    });

    it("refuses an observation whose key does not parse", () => {
      const result = aggregateOverTime([...quarter, at("2023-13", 1)], sessionsOf, {
        period: "2023-Q1",
      });
      expect(result.ok ? undefined : [result.reason, result.observationIndex]).toEqual([
        "invalid_period",
        3,
      ]);
      const reversed = aggregateOverTime([...quarter, at("2023/2021", 1)], sessionsOf, {
        period: "2023-Q1",
      });
      expect(reversed.ok ? undefined : reversed.reason).toBe("invalid_period");
    });
  });

  describe("regions", () => {
    it("reads one region in any spelling of its code, and refuses several without regionCode", () => {
      const padded = [...months(2023, [1, 2]), at("2023-03", 3, { regionCode: "150105000000" })];
      const result = aggregateOverTime(padded, sessionsOf, { period: "2023-Q1" });
      expect(result.ok && result.value.value).toBe(6);
      const two = [...months(2023, [1, 2, 3]), at("2023-01", 7, { regionCode: "150102" })];
      const mixed = aggregateOverTime(two, sessionsOf, { period: "2023-Q1" });
      expect(mixed.ok ? undefined : [mixed.reason, mixed.message]).toEqual([
        "mixed_regions",
        "跨期汇总：观测值属于多个地区（150105 与 150102），请指定 regionCode",
      ]);
      const chosen = aggregateOverTime(two, sessionsOf, {
        period: "2023-Q1",
        regionCode: "150102",
      });
      expect(chosen.ok ? undefined : chosen.missing).toEqual(["2023-02", "2023-03"]);
    });
  });

  it("fails with not_finite when finite figures add up past the largest number", () => {
    const big = months(2023, [Number.MAX_VALUE, Number.MAX_VALUE, 1]);
    const result = aggregateOverTime(big, sessionsOf, { period: "2023-Q1" });
    expect(result.ok ? undefined : [result.reason, result.message]).toEqual([
      "not_finite",
      "跨期汇总：地区 150105，2023-Q1 的合计须为有限数，收到 正无穷大",
    ]);
  });

  it("ignores other indicators and periods, and changes nothing it was given", () => {
    const observations = [
      ...months(2023, [1, 2, 3]),
      ...months(2022, [9, 9, 9]),
      { ...at("2023-01", 50), indicatorId: "participants" },
    ];
    const before = structuredClone(observations);
    const result = aggregateOverTime(observations, sessionsOf, { period: "2023-Q1" });
    expect(result.ok && result.value.value).toBe(6);
    expect(observations).toEqual(before);
  });
});
