import { describe, expectTypeOf, it } from "vitest";
import type {
  Comparator,
  comparatorValues,
  Quantity,
  QuantityBounds,
} from "../../src/quantity/types";

describe("quantity types", () => {
  it("accepts only the seven comparators", () => {
    expectTypeOf<Comparator>().toEqualTypeOf<
      "eq" | "approx" | "nearly" | "gt" | "gte" | "lt" | "lte"
    >();
    // @ts-expect-error "about" is not a comparator; approx is
    const bad: Comparator = "about";
    void bad;
  });

  it("is read-only", () => {
    const q = { value: 1, comparator: "eq" } as Quantity;
    // @ts-expect-error quantities are immutable
    q.value = 2;
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
