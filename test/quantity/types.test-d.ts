import { describe, expectTypeOf, it } from "vitest";
import type {
  Comparator,
  comparatorValues,
  Quantity,
  QuantityBounds,
} from "../../src/quantity/types";

describe("quantity types", () => {
  it("accepts only the eight comparators", () => {
    expectTypeOf<Comparator>().toEqualTypeOf<
      "eq" | "approx" | "nearly" | "gt" | "gte" | "lt" | "lte" | "range"
    >();
    // @ts-expect-error "about" is not a comparator; approx is
    const bad: Comparator = "about";
    void bad;
  });

  it("is read-only", () => {
    const q = { value: 1, comparator: "eq" } as Quantity;
    // @ts-expect-error quantities are immutable
    q.value = 2;
    // @ts-expect-error the upper end of a range is immutable too
    q.upper = 3;
    // @ts-expect-error so is the written precision
    q.precision = 1;
    expectTypeOf<Quantity["upper"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Quantity["precision"]>().toEqualTypeOf<number | undefined>();
    const bounds = {} as QuantityBounds;
    expectTypeOf(bounds.lower).toEqualTypeOf<
      { readonly value: number; readonly inclusive: boolean } | undefined
    >();
  });
});

describe("comparatorValues", () => {
  it("lists every Comparator and nothing else", () => {
    expectTypeOf<(typeof comparatorValues)[number]>().toEqualTypeOf<Comparator>();
  });
});
