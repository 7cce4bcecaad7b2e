import { describe, expect, it } from "vitest";
import { ObservationSchema } from "../../src/schemas/observation";

const base = { indicatorId: "coverage", regionCode: "150105", period: "2023" };

describe("ObservationSchema", () => {
  it("parses an observation as the doc example shows", () => {
    expect(
      ObservationSchema.parse({
        indicatorId: "awareness_rate",
        regionCode: "150105",
        period: "2023",
        value: { value: 99, unit: "%", quote: "知晓率达99%" },
      }).status,
    ).toBe("A");
    expect(
      ObservationSchema.parse({
        indicatorId: "activity_sessions",
        regionCode: "150105",
        period: "2023",
        value: { value: 30, unit: "场次", comparator: "gt", quote: "开展宣讲30余场次" },
        about: { kind: "carrier", id: "mobile-fronts" },
      }).about,
    ).toEqual({ kind: "carrier", id: "mobile-fronts" });
  });

  it("refuses the retired source and an about of an unknown kind", () => {
    const old = ObservationSchema.safeParse({
      ...base,
      value: { value: 99, unit: "%" },
      source: { quote: "知晓率达99%" },
    });
    expect(old.error?.issues).toMatchObject([{ code: "unrecognized_keys", keys: ["source"] }]);
    const about = ObservationSchema.safeParse({
      ...base,
      value: { value: 1 },
      about: { kind: "region", id: "150105" },
    });
    expect(about.error?.issues[0]?.path).toEqual(["about", "kind"]);
    const noId = ObservationSchema.safeParse({
      ...base,
      value: { value: 1 },
      about: { kind: "carrier", id: "" },
    });
    expect(noId.error?.issues[0]?.path).toEqual(["about", "id"]);
  });

  it("keeps a quote on each part of a ratio", () => {
    const observation = ObservationSchema.parse({
      ...base,
      numerator: { value: 90, unit: "家", quote: "90家" },
      denominator: { value: 96, unit: "家", quote: "96家新时代文明实践中心" },
    });
    expect([observation.numerator?.quote, observation.denominator?.quote]).toEqual([
      "90家",
      "96家新时代文明实践中心",
    ]);
  });

  it("takes a numerator with a denominator", () => {
    const observation = ObservationSchema.parse({
      ...base,
      numerator: { value: 96, unit: "个" },
      denominator: { value: 100, unit: "个" },
      status: "P",
    });
    expect([observation.numerator?.value, observation.denominator?.value]).toEqual([96, 100]);
  });

  it("wants a value or a numerator with a denominator, not both and not neither", () => {
    const reasons = (input: object) =>
      ObservationSchema.safeParse({ ...base, ...input }).error?.issues.map((issue) =>
        issue.code === "custom" ? issue.params?.reason : issue.code,
      );
    const value = { value: 1 };
    expect(reasons({})).toEqual(["value_xor_ratio"]);
    expect(reasons({ numerator: value })).toEqual(["value_xor_ratio"]);
    expect(reasons({ value, numerator: value, denominator: value })).toEqual(["value_xor_ratio"]);
    expect(reasons({ value })).toBeUndefined();
  });

  it("refuses an unknown status", () => {
    expect(ObservationSchema.safeParse({ ...base, value: { value: 1 }, status: "X" }).success).toBe(
      false,
    );
  });
});
