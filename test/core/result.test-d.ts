import { describe, expectTypeOf, it } from "vitest";
import type { Failure, Result, Success } from "../../src/core/result";

describe("Result", () => {
  it("narrows on ok", () => {
    const result = {} as Result<number, "zero_denominator">;
    if (result.ok) {
      expectTypeOf(result).toEqualTypeOf<Success<number>>();
      expectTypeOf(result.value).toEqualTypeOf<number>();
    } else {
      expectTypeOf(result).toEqualTypeOf<Failure<"zero_denominator">>();
      expectTypeOf(result.reason).toEqualTypeOf<"zero_denominator">();
      // @ts-expect-error a failure has no value to read
      void result.value;
    }
  });

  it("is read-only", () => {
    const result = { ok: true, value: 1 } as Success<number>;
    // @ts-expect-error results are immutable
    result.value = 2;
  });
});
