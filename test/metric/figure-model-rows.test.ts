// Each call of the figure model's table of wrong answers, with the answer it must give now.
import { describe, expect, it } from "vitest";
import { coverage } from "../../src/metric/coverage";
import { growthRate } from "../../src/metric/growth-rate";
import { rollup } from "../../src/metric/rollup";
import { standardIndicators } from "../../src/metric/standard-indicators";
import { yearOnYear } from "../../src/metric/year-on-year";
import { addQuantities } from "../../src/quantity/add-quantities";
import { formatQuantity } from "../../src/quantity/format-quantity";
import { createRegionIndex } from "../../src/region/create-region-index";
import { growthMismatchRule } from "../../src/report/rules/growth-mismatch";
import { validateReport } from "../../src/report/validate-report";
import { extractQuantities } from "../../src/text/extract-quantities";
import { parseQuantity } from "../../src/text/parse-quantity";

const n = (value: number, unit: string, comparator: "eq" | "gt" | "nearly" | "approx" = "eq") => ({
  value,
  unit,
  comparator,
});

describe("the figure model's table, row by row", () => {
  it("growthRate(110人, 100元) is a unit failure", () => {
    const result = growthRate(n(110, "人"), n(100, "元"));
    expect(result.ok ? undefined : result.reason).toBe("unit_mismatch");
  });

  it("6.7% against 0.05, and 99% against 0.9, meet on one scale", () => {
    const growth = growthRate(n(6.7, "%"), 0.05);
    expect(growth.ok && growth.value).toBeCloseTo(0.34, 12);
    const observations = [
      { indicatorId: "x", regionCode: "150105", period: "2023", value: n(99, "%") },
      { indicatorId: "x", regionCode: "150105", period: "2022", value: 0.9 },
    ];
    const result = yearOnYear(observations, {
      indicatorId: "x",
      regionCode: "150105",
      period: "2023",
    });
    expect(result.ok && result.value).toBeCloseTo(0.1, 12);
  });

  it("coverage refuses 100余个 of 100 and allows 近101个 of 100", () => {
    const more = coverage(n(100, "个", "gt"), 100);
    expect(more.ok ? undefined : more.reason).toBe("numerator_exceeds_denominator");
    expect(coverage(n(101, "个", "nearly"), 100)).toEqual({ ok: true, value: 1, upper: 1 });
  });

  it("an approximate input makes an approximate growth", () => {
    const result = growthRate(n(110, "人", "approx"), 100);
    expect(result.ok && result.approximate).toBe(true);
  });

  it("formatQuantity never claims more than it knows, nor prints what it was not given", () => {
    expect(formatQuantity(n(49995, "人", "gt"))).toBe("4.99万余人");
    expect(() => formatQuantity(n(Number.NaN, "人"))).toThrow(
      expect.objectContaining({ code: "INVALID_QUANTITY" }),
    );
  });

  it("addQuantities past the largest double is a ShiliuError", () => {
    expect(() => addQuantities(n(Number.MAX_VALUE, "人"), n(Number.MAX_VALUE, "人"))).toThrow(
      expect.objectContaining({ name: "ShiliuError", code: "INVALID_QUANTITY" }),
    );
  });

  it("GDP 200亿 against 100亿 with 增速 8.7% is a GROWTH_MISMATCH error", () => {
    const gdp = (period: string, value: number) => ({
      indicatorId: "gross_domestic_product",
      regionCode: "150102",
      period,
      value: { value, unit: "元", precision: 1e8 },
    });
    const growth = {
      indicatorId: "growth_rate",
      growthOf: "gross_domestic_product",
      regionCode: "150102",
      period: "2023",
      value: { value: 8.7, unit: "%" },
    };
    const report = {
      id: "r",
      title: "报告",
      regionCode: "150102",
      period: "2023",
      observations: [gdp("2023", 2e10), gdp("2022", 1e10), growth],
    };
    const result = validateReport(report, { rules: [growthMismatchRule] });
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["GROWTH_MISMATCH", "error"],
    ]);
  });

  it("rollup keys 150105000000 as 150105 and counts it for 150100 and 150000", () => {
    const index = createRegionIndex([
      { code: "150000", name: "内蒙古自治区", level: "province" },
      { code: "150100", name: "呼和浩特市", level: "prefecture", parentCode: "150000" },
      { code: "150105", name: "赛罕区", level: "county", parentCode: "150100" },
    ]);
    const observations = [
      { indicatorId: "activity_sessions", regionCode: "150105000000", period: "2023", value: 7 },
    ];
    const result = rollup(index, observations, standardIndicators.activity_sessions);
    expect(result.ok && [...result.value.keys()].sort()).toEqual(["150000", "150100", "150105"]);
  });

  it("yearOnYear with two 2023 values fails instead of taking the first", () => {
    const at = (period: string, value: number) => ({
      indicatorId: "x",
      regionCode: "150105",
      period,
      value,
    });
    const result = yearOnYear([at("2023", 1), at("2023", 2), at("2022", 1)], {
      indicatorId: "x",
      regionCode: "150105",
      period: "2023",
    });
    expect(result.ok ? undefined : result.reason).toBe("duplicate_observation");
  });

  it("extractQuantities reads 三四十场，两三千人次 as ranges and 三点五万人 as 3.5万人", () => {
    expect(extractQuantities("三四十场，两三千人次").map((figure) => figure.quantity)).toEqual([
      { value: 30, upper: 40, unit: "场", comparator: "range", precision: 10 },
      { value: 2000, upper: 3000, unit: "人次", comparator: "range", precision: 1000 },
    ]);
    const [figure, ...rest] = extractQuantities("三点五万人");
    expect(rest).toEqual([]);
    expect(figure?.quantity).toEqual({
      value: 35000,
      unit: "人",
      comparator: "eq",
      precision: 1000,
    });
    expect(figure?.label).toBeUndefined();
  });

  it("parseQuantity reads 十几个, 上千万次 and 数百人 with their bounds", () => {
    expect(parseQuantity("十几个")).toEqual({
      value: 11,
      upper: 19,
      unit: "个",
      comparator: "range",
      precision: 1,
    });
    expect(parseQuantity("上千万次")).toEqual({
      value: 1e7,
      unit: "次",
      comparator: "gte",
      precision: 1e7,
    });
    expect(parseQuantity("数百人")).toEqual({
      value: 200,
      upper: 900,
      unit: "人",
      comparator: "range",
      precision: 100,
    });
  });
});
