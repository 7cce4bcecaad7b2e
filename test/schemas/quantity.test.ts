import { describe, expect, it } from "vitest";
import {
  ComparatorSchema,
  QuantitySchema,
  ReportedQuantitySchema,
} from "../../src/schemas/quantity";

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
    expect(QuantitySchema.parse({ value: 30, upper: 40, unit: "人", comparator: "range" })).toEqual(
      { value: 30, upper: 40, unit: "人", comparator: "range" },
    );
    expect(QuantitySchema.safeParse({ value: 40, upper: 30, comparator: "range" }).success).toBe(
      false,
    );
  });

  it("requires upper exactly for a range, above the value, and a positive precision", () => {
    const issueOf = (input: unknown) => {
      const result = QuantitySchema.safeParse(input);
      return result.success
        ? undefined
        : { path: result.error.issues[0]?.path, params: result.error.issues[0] };
    };
    expect(issueOf({ value: 30, comparator: "range" })).toMatchObject({
      path: ["upper"],
      params: { params: { reason: "range_without_upper" } },
    });
    expect(issueOf({ value: 30, upper: 40, comparator: "gt" })).toMatchObject({
      path: ["upper"],
      params: { params: { reason: "upper_without_range" } },
    });
    expect(issueOf({ value: 30, upper: 30, comparator: "range" })).toMatchObject({
      path: ["upper"],
      params: { params: { reason: "upper_not_above_value" } },
    });
    expect(issueOf({ value: 30, upper: 40 })).toMatchObject({ path: ["upper"] });
    expect(
      issueOf({ value: 1, upper: Number.POSITIVE_INFINITY, comparator: "range" }),
    ).toBeDefined();
    for (const precision of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, "1"]) {
      expect(issueOf({ value: 1, precision })).toMatchObject({ path: ["precision"] });
    }
    expect(QuantitySchema.parse({ value: 2e10, unit: "元", precision: 1e8 })).toEqual({
      value: 2e10,
      unit: "元",
      comparator: "eq",
      precision: 1e8,
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
      "上限",
      "单位",
      "限定词",
      "精度",
    ]);
  });
});

describe("ReportedQuantitySchema", () => {
  it("parses reported figures as the doc example shows", () => {
    expect(
      ReportedQuantitySchema.parse({ value: 110, unit: "个", quote: "石榴红赛罕驿站110个" }),
    ).toEqual({ value: 110, unit: "个", comparator: "eq", quote: "石榴红赛罕驿站110个" });
    expect(ReportedQuantitySchema.parse({ value: 4000, unit: "人", comparator: "nearly" })).toEqual(
      {
        value: 4000,
        unit: "人",
        comparator: "nearly",
      },
    );
    expect(ReportedQuantitySchema.safeParse({ value: 9, unit: "个", quote: "" }).success).toBe(
      false,
    );
  });

  it("keeps the range rules of a bare figure and bounds the quote", () => {
    const issue = (input: unknown) => ReportedQuantitySchema.safeParse(input).error?.issues[0];
    expect(issue({ value: 30, comparator: "range", quote: "三四十人" })).toMatchObject({
      path: ["upper"],
      params: { reason: "range_without_upper" },
    });
    expect(issue({ value: 1, quote: "字".repeat(2001) })?.path).toEqual(["quote"]);
    expect(issue({ value: 1, quote: "字".repeat(2000) })).toBeUndefined();
    expect(issue({ value: 1, source: "x" })?.code).toBe("unrecognized_keys");
  });

  it("leaves a bare figure without a quote", () => {
    expect(QuantitySchema.safeParse({ value: 1, quote: "1个" }).success).toBe(false);
  });
});
