import { describe, expect, it } from "vitest";
import { percentOutOfRangeRule } from "../../../src/report/rules/percent-out-of-range";
import { validateReport } from "../../../src/report/validate-report";
import type { TargetInput } from "../../../src/schemas/campaign";
import type { QuantityInput } from "../../../src/schemas/quantity";
import { sampleReport, sampleReportWith } from "../fixtures";

const rules = [percentOutOfRangeRule];

function withValue(indicatorId: string, value: QuantityInput) {
  return sampleReportWith((report) => {
    const observation = report.observations?.[0];
    if (observation === undefined) throw new Error("fixture has an observation");
    observation.indicatorId = indicatorId;
    observation.value = value;
  });
}

/** The sample report with one component of the local campaign holding `targets`. */
function withTargets(...targets: TargetInput[]) {
  return sampleReportWith((report) => {
    const campaign = report.campaigns?.[1];
    if (campaign === undefined) throw new Error("fixture has a local campaign");
    campaign.components = [{ name: "知晓率提升", targets }];
  });
}

describe("percentOutOfRangeRule", () => {
  it("reports an awareness rate above 100% as the doc example shows", () => {
    const observations = [
      {
        indicatorId: "awareness_rate",
        regionCode: "150105",
        period: "2023",
        value: { value: 109, unit: "%" },
      },
    ];
    const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", observations };
    expect(validateReport(report, { rules: [percentOutOfRangeRule] }).diagnostics[0]?.message).toBe(
      "观测值（知晓率，地区 150105，2023）的知晓率 109% 超出可能的范围 0–100%",
    );
  });

  it("finds nothing in rates within 0–100% and fractions within 0–1", () => {
    expect(validateReport(sampleReport(), { rules }).diagnostics).toEqual([]);
    for (const value of [{ value: 0, unit: "%" }, { value: 100, unit: "%" }, { value: 0.99 }]) {
      expect(validateReport(withValue("coverage_rate", value), { rules }).diagnostics).toEqual([]);
    }
  });

  it("reports negative rates and fractions above 1", () => {
    const negative = validateReport(withValue("support_rate", { value: -1, unit: "%" }), { rules });
    expect(negative.ok).toBe(false);
    expect(negative.diagnostics.map((d) => d.path)).toEqual([["observations", 0, "value"]]);
    const fraction = validateReport(withValue("support_rate", { value: 1.2 }), {
      rules,
      locale: "en",
    });
    expect(fraction.diagnostics[0]?.message).toBe(
      "observation of support rate for 150105, 2023 gives support rate as 1.2, outside the possible range 0–1",
    );
  });

  it("lets growth exceed 100% but not fall below −100%", () => {
    expect(
      validateReport(withValue("growth_rate", { value: 250, unit: "%" }), { rules }).diagnostics,
    ).toEqual([]);
    expect(
      validateReport(withValue("growth_rate", { value: -120, unit: "%" }), { rules }).diagnostics,
    ).toHaveLength(1);
  });

  it("respects qualifiers: 近100% is possible, 超过100% is not", () => {
    const nearly = withValue("awareness_rate", { value: 100, unit: "%", comparator: "nearly" });
    expect(validateReport(nearly, { rules }).diagnostics).toEqual([]);
    const over = withValue("awareness_rate", { value: 100, unit: "%", comparator: "gt" });
    expect(validateReport(over, { rules }).diagnostics).toHaveLength(1);
  });

  it("ignores counts and other units", () => {
    expect(
      validateReport(withValue("participants", { value: 4000, unit: "人" }), { rules }).diagnostics,
    ).toEqual([]);
  });

  it("checks campaign targets measured by a rate", () => {
    const input = withTargets({
      description: "知晓率",
      indicatorId: "awareness_rate",
      target: { value: 95, unit: "%" },
      actual: { value: 120, unit: "%" },
    });
    expect(validateReport(input, { rules }).diagnostics.map((d) => d.path)).toEqual([
      ["campaigns", 1, "components", 0, "targets", 0, "actual"],
    ]);
  });

  it("says which range a growth rate breaks, as a percentage or a fraction", () => {
    const percent = validateReport(withValue("growth_rate", { value: -120, unit: "%" }), {
      rules,
      locale: "en",
    });
    expect(percent.diagnostics[0]?.message).toContain("≥ −100%");
    const fraction = validateReport(withValue("growth_rate", { value: -1.2 }), { rules });
    expect(fraction.diagnostics[0]?.message).toContain("≥ −1");
    expect(validateReport(withValue("growth_rate", { value: -1 }), { rules }).diagnostics).toEqual(
      [],
    );
  });

  it("judges bounds at the edges of the range by whether they include the edge", () => {
    const at = (value: number, comparator: QuantityInput["comparator"]) =>
      validateReport(withValue("awareness_rate", { value, unit: "%", comparator }), { rules })
        .diagnostics.length;
    expect(at(100, "gte")).toBe(0);
    expect(at(50, "gte")).toBe(0);
    expect(at(100, "gt")).toBe(1);
    expect(at(0, "lte")).toBe(0);
    expect(at(50, "lt")).toBe(0);
    expect(at(0, "lt")).toBe(1);
  });

  it("checks a target's own figure, and a target with no result yet", () => {
    const input = withTargets(
      { description: "知晓率", indicatorId: "awareness_rate", target: { value: 110, unit: "%" } },
      { description: "覆盖面", target: { value: 150, unit: "%" } },
    );
    const result = validateReport(input, { rules, locale: "en" });
    expect(result.diagnostics.map((d) => d.path)).toEqual([
      ["campaigns", 1, "components", 0, "targets", 0, "target"],
    ]);
    expect(result.diagnostics[0]?.message).toContain("110%");
  });
});
