import { describe, expectTypeOf, it } from "vitest";
import type { Failure } from "../../src/core/result";
import type {
  MetricFailureReason,
  MetricResult,
  MetricSuccess,
  RollupEntry,
} from "../../src/metric/types";

describe("metric types", () => {
  it("narrows a MetricResult on ok", () => {
    const result = {} as MetricResult;
    if (result.ok) {
      expectTypeOf(result).toEqualTypeOf<MetricSuccess>();
      expectTypeOf(result.lower).toEqualTypeOf<number | undefined>();
    } else {
      expectTypeOf(result).toEqualTypeOf<Failure<MetricFailureReason>>();
      // @ts-expect-error a failure has no value to read
      void result.value;
    }
  });

  it("keeps roll-up entries read-only", () => {
    const entry = {} as RollupEntry;
    // @ts-expect-error entries are immutable
    entry.value = 1;
  });
});
