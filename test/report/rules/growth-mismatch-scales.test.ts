import { describe, expect, it } from "vitest";
import { growthMismatchRule } from "../../../src/report/rules/growth-mismatch";
import { validateReport } from "../../../src/report/validate-report";
import type { QuantityInput } from "../../../src/schemas/quantity";

const rules = [growthMismatchRule];

function gdp(period: string, value: QuantityInput) {
  return { indicatorId: "gross_domestic_product", regionCode: "150102", period, value };
}

const growth = (value: number) => ({
  indicatorId: "growth_rate",
  growthOf: "gross_domestic_product",
  regionCode: "150102",
  period: "2023-H1",
  value: { value, unit: "%" },
});

function codes(observations: readonly object[]) {
  const report = { id: "r", title: "新城区", regionCode: "150102", period: "2023", observations };
  return validateReport(report, { rules }).diagnostics.map((d) => [d.code, d.path, d.message]);
}

describe("growthMismatchRule, levels written at two scales of one unit", () => {
  // 363.1亿元 against 3403000万元 (340.3亿元): 6.7%, whichever scale each year is written in.
  const current = gdp("2023-H1", { value: 36310000000, unit: "元", precision: 10000000 });
  const previousInWan = gdp("2022-H1", { value: 3403000, unit: "万元" });

  it("puts both years on one scale and reports a rate that no rounding allows", () => {
    expect(codes([current, previousInWan, growth(8.7)])).toEqual([
      [
        "GROWTH_MISMATCH",
        ["observations", 2, "value"],
        "观测值（增速，地区 150102，2023-H1）为 8.7%，但地区生产总值 363.1亿元（2023-H1）与 340.3亿元（2022-H1）算出的增速为 6.7%",
      ],
    ]);
  });

  it("accepts the rate the two scales give, in either order of the units", () => {
    expect(codes([current, previousInWan, growth(6.7)])).toEqual([]);
    const currentInYi = gdp("2023-H1", { value: 363.1, unit: "亿元" });
    const previous = gdp("2022-H1", { value: 34030000000, unit: "元", precision: 10000000 });
    expect(codes([currentInYi, previous, growth(6.7)])).toEqual([]);
    expect(codes([currentInYi, previous, growth(8.7)]).map((d) => d[0])).toEqual([
      "GROWTH_MISMATCH",
    ]);
  });
});
