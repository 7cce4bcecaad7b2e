import { describe, expect, it } from "vitest";
import { boundsOf } from "../../src/quantity/bounds-of";

describe("boundsOf", () => {
  it("reads bounds as the doc example shows", () => {
    expect(boundsOf({ value: 50000, unit: "人", comparator: "gt" })).toEqual({
      lower: { value: 50000, inclusive: false },
    });
    expect(boundsOf({ value: 100, comparator: "eq" })).toEqual({
      lower: { value: 100, inclusive: true },
      upper: { value: 100, inclusive: true },
    });
    expect(boundsOf({ value: 30, upper: 40, unit: "人", comparator: "range" })).toEqual({
      lower: { value: 30, inclusive: true },
      upper: { value: 40, inclusive: true },
    });
  });

  it("follows the 民法典 reading of 以上/以下 (inclusive) and 不足/近 (exclusive)", () => {
    expect(boundsOf({ value: 100, comparator: "gte" })).toEqual({
      lower: { value: 100, inclusive: true },
    });
    expect(boundsOf({ value: 100, comparator: "lte" })).toEqual({
      upper: { value: 100, inclusive: true },
    });
    expect(boundsOf({ value: 100, comparator: "lt" })).toEqual({
      upper: { value: 100, inclusive: false },
    });
    expect(boundsOf({ value: 4000, comparator: "nearly" })).toEqual({
      upper: { value: 4000, inclusive: false },
    });
  });

  it("gives an estimate no bounds", () => {
    expect(boundsOf({ value: 12000, unit: "人", comparator: "approx" })).toEqual({});
  });
});

describe("boundsOf a range", () => {
  it("includes both ends", () => {
    expect(boundsOf({ value: 30, upper: 40, unit: "人", comparator: "range" })).toEqual({
      lower: { value: 30, inclusive: true },
      upper: { value: 40, inclusive: true },
    });
  });
});
