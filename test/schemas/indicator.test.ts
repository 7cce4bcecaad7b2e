import { describe, expect, it } from "vitest";
import { IndicatorSchema } from "../../src/schemas/indicator";

describe("IndicatorSchema", () => {
  it("parses an indicator as the doc example shows", () => {
    expect(
      IndicatorSchema.parse({
        id: "gdp",
        name: { "zh-CN": "地区生产总值", en: "gross regional product" },
        kind: "amount",
        unit: "元",
        aggregation: "sum",
      }).aggregation,
    ).toBe("sum");
  });

  it("wants a simplified-Chinese name and known kinds", () => {
    const base = { id: "i", name: { "zh-CN": "参与度" }, kind: "ratio", aggregation: "ratio" };
    expect(IndicatorSchema.safeParse(base).success).toBe(true);
    expect(IndicatorSchema.safeParse({ ...base, name: { en: "participation" } }).success).toBe(
      false,
    );
    expect(IndicatorSchema.safeParse({ ...base, kind: "index" }).success).toBe(false);
    expect(IndicatorSchema.safeParse({ ...base, aggregation: "mean" }).success).toBe(false);
    expect(IndicatorSchema.safeParse({ ...base, temporal: "last" }).success).toBe(true);
  });
});
