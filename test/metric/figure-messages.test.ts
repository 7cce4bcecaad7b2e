import { describe, expect, it } from "vitest";
import { cagr } from "../../src/metric/cagr";
import { completionRate } from "../../src/metric/completion-rate";
import { coverage } from "../../src/metric/coverage";
import { growthRate } from "../../src/metric/growth-rate";
import { perCapita } from "../../src/metric/per-capita";
import { ratio } from "../../src/metric/ratio";
import { rollup } from "../../src/metric/rollup";
import { share } from "../../src/metric/share";
import { surveyRate } from "../../src/metric/survey-rate";
import type { Indicator, MetricInput, MetricResult } from "../../src/metric/types";
import { createRegionIndex } from "../../src/region/create-region-index";

const message = (result: MetricResult | { ok: boolean; message?: string }) =>
  result.ok ? undefined : (result as { message: string }).message;
const more100 = { value: 100, unit: "个", comparator: "gt" } as const;

describe("a failure prints an input figure as written, with its qualifier", () => {
  it("says 100余个, not 100, for a covered count certainly above its total, in each locale", () => {
    expect(message(coverage(more100, 100))).toBe("覆盖率：已覆盖数 100余个 超过总数 100");
    expect(message(coverage(more100, 100, { locale: "zh-TW" }))).toBe(
      "覆蓋率：已覆蓋數 100餘個 超過總數 100",
    );
    expect(message(coverage(more100, 100, { locale: "en" }))).toBe(
      "coverage: the covered count more than 100 个 exceeds the total 100",
    );
  });

  it("prints both figures of a share as written, scale word and qualifier kept", () => {
    const part = { value: 50000, unit: "人", comparator: "gt" } as const;
    const whole = { value: 50000, unit: "名", comparator: "lte" } as const;
    expect(message(share(part, whole))).toBe("占比：部分 5万余人 超过总数 5万名以下");
    expect(message(share(part, whole, { locale: "en" }))).toBe(
      "share: the part more than 50,000 人 exceeds the total at most 50,000 名",
    );
  });

  it("keeps every digit, so two figures that differ past a rounded one never print alike", () => {
    const covered = { value: 100.004, unit: "个", comparator: "eq" } as const;
    const total = { value: 100, unit: "个", comparator: "eq" } as const;
    expect(message(coverage(covered, total))).toBe("覆盖率：已覆盖数 100.004个 超过总数 100个");
  });

  it.each<[string, () => MetricResult, string]>([
    [
      "a negative numerator",
      () => ratio({ value: -3, unit: "人", comparator: "approx" }, 10),
      "比率：分子不能为负数，收到 约-3人",
    ],
    [
      "a negative denominator",
      () => perCapita(10, { value: -20, upper: -10, unit: "人", comparator: "range" }),
      "人均值：人口不能为负数，收到 -20至-10人",
    ],
    [
      "a negative target",
      () => completionRate(5, { value: -4, unit: "篇", comparator: "nearly" }),
      "完成率：目标值不能为负数，收到 近-4篇",
    ],
    [
      "a previous value that is not positive",
      () => growthRate(10, { value: -5, unit: "元", comparator: "approx" }),
      "增速：上期值须为正数，收到 约-5元",
    ],
    [
      "a start value that is not positive",
      () => cagr({ value: 0, unit: "元", comparator: "approx" }, 10, 5),
      "年均增速：期初值须为正数，收到 约0元",
    ],
    [
      "a negative end value",
      () => cagr(10, { value: -2, unit: "万元", comparator: "eq" }, 5),
      "年均增速：期末值不能为负数，收到 -2万元",
    ],
    [
      "a negative number of years",
      () => cagr(10, 20, { value: -2, unit: "年", comparator: "approx" }),
      "年均增速：年数不能为负数，收到 约-2年",
    ],
    [
      "a survey count that is not exact",
      () => surveyRate({ value: 99, unit: "人", comparator: "nearly" }, 100),
      "调查比率：肯定回答数须为确切的整数，收到 近99人",
    ],
    [
      "a survey count that is a range",
      () => surveyRate(5, { value: 30, upper: 40, unit: "人", comparator: "range" }),
      "调查比率：样本量须为确切的整数，收到 30至40人",
    ],
    [
      "a survey count larger than its sample",
      () =>
        surveyRate(
          { value: 101, unit: "人", comparator: "eq" },
          { value: 100, unit: "名", comparator: "eq" },
        ),
      "调查比率：肯定回答数 101人 超过总数 100名",
    ],
  ])("prints %s as written", (_, call, expected) => {
    expect(message(call())).toBe(expected);
  });

  it("prints the figure's number and unit when its comparator is not one shiliu knows", () => {
    const about = { value: -1, unit: "个", comparator: "about" } as unknown as MetricInput;
    expect(message(ratio(about, 5))).toBe("比率：分子不能为负数，收到 -1个");
    expect(message(ratio(about, 5, { locale: "en" }))).toBe(
      "ratio: the numerator must not be negative, got -1 个",
    );
  });

  it("prints plain numbers as they were given", () => {
    expect(message(coverage(101, 100))).toBe("覆盖率：已覆盖数 101 超过总数 100");
    expect(message(ratio(-50000, 1, { locale: "en" }))).toBe(
      "ratio: the numerator must not be negative, got -50000",
    );
  });

  it("prints a roll-up's negative numerator or denominator as written, not as shifted", () => {
    const index = createRegionIndex([{ code: "150105", name: "赛罕区", level: "county" }]);
    const rate: Indicator = {
      id: "rate",
      name: { "zh-CN": "知晓率" },
      kind: "ratio",
      aggregation: "ratio",
    };
    const at = (numerator: MetricInput, denominator: MetricInput) => ({
      indicatorId: "rate",
      regionCode: "150105",
      period: "2023",
      numerator,
      denominator,
    });
    const negative = { value: -5, unit: "万人", comparator: "eq" } as const;
    expect(message(rollup(index, [at(negative, 10)], rate))).toBe(
      "汇总：第 0 条观测值（地区 150105）不能为负数，收到 -5万人",
    );
    expect(message(rollup(index, [at(1, { value: -2, unit: "人", comparator: "eq" })], rate))).toBe(
      "汇总：第 0 条观测值（地区 150105）不能为负数，收到 -2人",
    );
  });
});
