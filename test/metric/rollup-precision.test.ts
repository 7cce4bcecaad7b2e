import { describe, expect, it } from "vitest";
import { rollup } from "../../src/metric/rollup";
import { standardIndicators } from "../../src/metric/standard-indicators";
import type { Observation } from "../../src/metric/types";
import { createRegionIndex } from "../../src/region/create-region-index";

describe("rollup of a written precision", () => {
  const index = createRegionIndex([
    { code: "150100", name: "呼和浩特市", level: "prefecture" },
    { code: "150102", name: "新城区", level: "county", parentCode: "150100" },
    { code: "150105", name: "赛罕区", level: "county", parentCode: "150100" },
  ]);
  const sessions = standardIndicators.activity_sessions;
  const at = (regionCode: string, value: number, precision: number): Observation => ({
    indicatorId: "activity_sessions",
    regionCode,
    period: "2023",
    value: { value, unit: "场次", comparator: "eq", precision },
  });

  it("carries the coarsest precision up", () => {
    const result = rollup(index, [at("150102", 200, 100), at("150105", 35, 1)], sessions);
    expect(result.ok && result.value.get("150100")).toEqual({
      value: 235,
      comparator: "eq",
      unit: "场次",
      precision: 100,
      count: 2,
    });
  });

  it.each([
    [Number.NaN, "非数值"],
    [Number.POSITIVE_INFINITY, "正无穷大"],
    [0, "0"],
    [-1, "-1"],
  ])(
    "refuses a precision of %s as invalid_precision, naming the observation",
    (precision, words) => {
      const result = rollup(index, [at("150102", 200, 100), at("150105", 35, precision)], sessions);
      expect(result).toEqual({
        ok: false,
        reason: "invalid_precision",
        message: `汇总：第 1 条观测值（地区 150105）的书写精度须为正的有限数，收到 ${words}`,
        observationIndex: 1,
        regionCode: "150105",
      });
    },
  );

  it("words the refusal in zh-TW and en", () => {
    const observations = [at("150105", 35, Number.NaN)];
    const tw = rollup(index, observations, sessions, { locale: "zh-TW" });
    const en = rollup(index, observations, sessions, { locale: "en" });
    expect(tw.ok ? undefined : tw.message).toBe(
      "匯總：第 0 條觀測值（地區 150105）的書寫精度須為正的有限數，收到 非數值",
    );
    expect(en.ok ? undefined : en.message).toBe(
      "roll-up: the written precision of observation 0 (region 150105) must be a positive finite number, got not a number",
    );
  });
});
