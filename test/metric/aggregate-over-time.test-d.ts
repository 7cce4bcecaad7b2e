import { describe, expectTypeOf, it } from "vitest";
import { aggregateOverTime } from "../../src/metric/aggregate-over-time";
import type {
  RollupEntry,
  RollupRatio,
  RollupSum,
  TemporalEntryOf,
  TemporalFailure,
} from "../../src/metric/types";

describe("aggregateOverTime types", () => {
  it("chooses the entry shape from the aggregation and the temporal rule", () => {
    expectTypeOf<TemporalEntryOf<"sum", "sum">>().toEqualTypeOf<RollupSum>();
    expectTypeOf<TemporalEntryOf<"sum", "last">>().toEqualTypeOf<RollupSum>();
    expectTypeOf<TemporalEntryOf<"ratio", "sum">>().toEqualTypeOf<RollupRatio>();
    expectTypeOf<TemporalEntryOf<"ratio", "last">>().toEqualTypeOf<RollupEntry>();
    expectTypeOf<TemporalEntryOf<"ratio", undefined>>().toEqualTypeOf<RollupEntry>();
  });

  it("narrows on ok to the entry or the failure with its missing parts", () => {
    const indicator = {
      id: "r",
      name: { "zh-CN": "参与率" },
      kind: "ratio",
      aggregation: "ratio",
      temporal: "sum",
    } as const;
    const result = aggregateOverTime([], indicator, { period: "2023" });
    if (result.ok) {
      expectTypeOf(result.value).toEqualTypeOf<RollupRatio>();
    } else {
      expectTypeOf(result).toEqualTypeOf<TemporalFailure>();
      expectTypeOf(result.missing).toEqualTypeOf<readonly string[] | undefined>();
    }
  });
});
