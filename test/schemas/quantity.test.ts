import { describe, expect, it } from "vitest";
import { ComparatorSchema, QuantitySchema } from "../../src/schemas/quantity";

describe("QuantitySchema", () => {
  it("parses figures as the doc example shows", () => {
    expect(ComparatorSchema.parse("gt")).toBe("gt");
    expect(QuantitySchema.parse({ value: 50000, unit: "人", comparator: "gt" })).toEqual({
      value: 50000,
      unit: "人",
      comparator: "gt",
    });
    expect(QuantitySchema.parse({ value: 9, unit: "个" })).toEqual({
      value: 9,
      unit: "个",
      comparator: "eq",
    });
  });

  it("refuses non-finite values, empty units, unknown comparators and unknown keys", () => {
    expect(QuantitySchema.safeParse({ value: Number.NaN }).success).toBe(false);
    expect(QuantitySchema.safeParse({ value: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(QuantitySchema.safeParse({ value: "5万" }).success).toBe(false);
    expect(QuantitySchema.safeParse({ value: 1, unit: "" }).success).toBe(false);
    expect(QuantitySchema.safeParse({ value: 1, comparator: "about" }).success).toBe(false);
    expect(QuantitySchema.safeParse({ value: 1, units: "人" }).success).toBe(false);
  });

  it("refuses an explicit undefined unit rather than reading it as absent", () => {
    expect(QuantitySchema.safeParse({ value: 1, unit: undefined }).success).toBe(false);
  });

  it("returns a frozen copy", () => {
    const input = { value: 3 };
    const output = QuantitySchema.parse(input);
    expect(output).not.toBe(input);
    expect(Object.isFrozen(output)).toBe(true);
  });

  it("titles every field in Chinese", () => {
    expect(QuantitySchema.meta()?.title).toBe("数量");
    const shape = QuantitySchema.unwrap().shape;
    expect(Object.values(shape).map((field) => field.meta()?.title)).toEqual([
      "数值",
      "单位",
      "限定词",
    ]);
  });
});
